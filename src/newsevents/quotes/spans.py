"""Direct-quotation spans in raw text: straight and curly quotes, one pass, never raises.

``find_quote_spans(text)`` returns :class:`QuoteSpan` records whose ``start``/``end`` are
the quoted words without the quotation marks. Conventions handled:

* a quotation split by an attribution, ``"A," he said, "B."``, is one record with two
  fragments (as PolNeAR and most attribution corpora annotate it), also when the
  attribution ends a sentence (``"A," said X. "B."``) or hands over with a conjunction
  (``"A," he said, but "B."``);
* a question or exclamation followed in the same paragraph by a one-sentence attribution
  and a further quotation, ``"A?" X asked. "B."``, is one record too (the attribution
  sentence holds nothing else); a title in quotes after the attribution (``said on
  "Fox and Friends."``) is not a continuation: a continuation follows punctuation; a
  quotation right after that title is (``"A," X said on "Fox and Friends." "B."``);
* quoted words listed together, ``called them "losers," "pigs" and "sad"``, are one
  record (one content), one fragment each;
* a quotation running over several paragraphs (each paragraph reopens the quote, only the
  last one closes it) is one record with a fragment per paragraph;
* an unbalanced mark (a stray closer, an opener never closed) is skipped; an opening
  curly mark right after a word at a paragraph end closes (a typo: ``51 percent.“``);
* in the first line (the headline) single marks quote too: ``Senator: ‘We Will Not
  Back Down’``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

#: quotation marks that always open / always close; the straight mark is decided by context
_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
#: two apostrophes stand for a straight double quote in some wire and archive texts
_TWO_APOS = "''"
_MARK_RE = re.compile(r"''|[\"“”„«»]|\n")
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:;,")
_MAX_SPLIT_GAP = 260
#: a sentence end inside an attribution (not after an initial or a short title: "Mr.")
_SENT_END_RE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?][\s\u00a0]+\S")
_MAX_QUOTE_CHARS = 3000
_WORD_RE = re.compile(r"[a-z]+")
#: word forms of verbs that attribute a quotation (for a text-only test of an attribution)
_CUE_WORD_RE = re.compile(
    r"say|says|said|saying|adds?|added|adding|asks?|asked|asking|tells?|told|telling|"
    r"continu(?:e|es|ed|ing)|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?|"
    r"conclud(?:e|es|ed|ing)|not(?:e|es|ed|ing)|insist(?:s|ed|ing)?|explain(?:s|ed|ing)?|"
    r"wr(?:ote|ites?|iting)|s(?:ings?|ang|inging)|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|"
    r"declar(?:e|es|ed|ing)|warn(?:s|ed|ing)?|argu(?:e|es|ed|ing)")
#: a nickname: one to three capitalised words, and the names around its marks
_NICKNAME_RE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][a-z][\w.'’-]* (?:''|[\"“])$")
_NAME_AFTER_RE = re.compile(r"(?:''|[\"”]) [A-Z][a-z]")
#: an attribution that hands over to the rest of the quotation with a conjunction
_JOINED_RE = re.compile(r",\s*(?:but|and)$")
#: what lies between quoted words listed together (``"losers," "pigs" and "sad"``)
_LISTED_RE = re.compile(r",|,? ?(?:and|or)")
#: a single-quoted piece of a headline: opened after a space or colon, closed before
#: a space, punctuation or the line end (so ``Trump’s`` never closes it)
_TITLE_RE = re.compile(r"(?:^|(?<=[\s:(—–-]))[‘'](?![‘'])(\S(?:[^\n]*?\S)?)[’'](?=[\s.,;:!?)]|$)")


@dataclass
class QuoteSpan:
    """One quotation: overall start/end (chars, inside the marks) and its fragments."""

    start: int
    end: int
    fragments: list[tuple[int, int]] = field(default_factory=list)

    def text(self, doc_text: str) -> str:
        """The quoted words, fragments joined by one space."""
        return " ".join(doc_text[s:e] for s, e in self.fragments)


def _role(text: str, i: int, size: int = 1) -> str:
    """'open', 'close' or '' (undecidable) for the ``size``-char quotation mark at ``text[i]``."""
    ch = text[i]
    if ch in _OPENERS:
        # an opening mark used as a closer at a paragraph end (a typo: '51 percent.“')
        after = text[i + size:i + size + 1]
        if i > 0 and not text[i - 1].isspace() and ch == "“" and after in ("\n", ""):
            return "close"
        return "open"
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + size] if i + size < len(text) else "\n"
    if ch in _CLOSERS:
        # a closing mark used as an opener at a paragraph start (a common typo), also
        # before an ellipsis ('” … what I learned')
        return "open" if before == "\n" and after != "\n" else "close"
    if before in _BEFORE_OPEN and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    if not before.isspace():
        return "close"
    return ""


def _style(mark: str) -> str:
    """The family of a quotation mark: straight (``"``, ``''``), curly or angle."""
    if mark in ("\"", _TWO_APOS):
        return "straight"
    return "angle" if mark in "«»" else "curly"


def _raw_pieces(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, runs_on) pieces; ``runs_on`` marks a quote left open at a paragraph end
    whose next paragraph reopens it. A quotation opened inside an open one with marks of
    another style (``"... the question: “...?” Most said yes."``) is part of it when the
    outer one closes in the same paragraph; otherwise the inner ones stand alone."""
    pieces: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    style = ""
    inner_at: int | None = None
    inner: list[tuple[int, int, bool]] = []
    same_inner = False  # the open inner quotation has the outer one's marks
    for m in _MARK_RE.finditer(text):
        i = m.start()
        if m.group() == "\n":
            same_inner = False
            if open_at is not None and (inner or inner_at is not None):
                pieces.extend(inner)  # not nested after all: the outer one never closed
            elif open_at is not None:
                rest = text[i:].lstrip()
                if rest[:1] in _OPENERS or rest[:1] == _STRAIGHT or rest[:2] == _TWO_APOS:
                    end = len(text[:i].rstrip())
                    if end > open_at:
                        pieces.append((open_at, end, True))
            open_at, inner_at, inner = None, None, []
            continue
        size = len(m.group())
        role = _role(text, i, size)
        mark_style = _style(m.group())
        if open_at is not None and mark_style != style:
            if inner_at is None and role == "open":
                inner_at = i + size
                continue
            if inner_at is not None:
                if i > inner_at:
                    inner.append((inner_at, i, False))
                inner_at = None
                continue
        if not role and open_at is not None:
            role = "close"  # a mark between spaces ('the term 'outreach,' " he said')
        if (role == "open" and open_at is not None and inner_at is None
                and m.group() == "“" and style == "curly" and _nested_same(text, i + size)):
            inner_at, same_inner = i + size, True
            continue
        if role == "close" and same_inner:  # closes the nested one
            if inner_at is not None and i > inner_at:
                inner.append((inner_at, i, False))
            inner_at, same_inner = None, False
            continue
        if role == "open":
            open_at, style, inner_at, inner = i + size, mark_style, None, []
        elif role == "close" and open_at is not None:
            if i > open_at and i - open_at <= _MAX_QUOTE_CHARS:
                pieces.append((open_at, i, False))
            open_at, inner_at, inner = None, None, []
    return pieces


def _nested_same(text: str, at: int) -> bool:
    """True when a curly opening mark inside an open quotation, ending at ``at``, opens a
    quotation nested in it with the same marks (``“I'd rather live in what he calls “hell”
    than live here.”``): the rest of the paragraph holds two closing marks and no opener,
    the first right after a word."""
    stop = text.find("\n", at)
    rest = text[at:len(text) if stop < 0 else stop]
    marks = list(_MARK_RE.finditer(rest))
    return (len(marks) == 2 and all(m.group() == "”" for m in marks)
            and marks[0].start() > 0 and not rest[marks[0].start() - 1].isspace())


def _title_pieces(text: str) -> list[tuple[int, int, bool]]:
    """Single-quoted pieces of the first line: headlines quote with single marks
    (``Senator Says ‘We Will Not Back Down’``); an apostrophe never closes one."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    return [(m.start(1), m.end(1), False) for m in _TITLE_RE.finditer(text, 0, line_end)]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All direct quotations in ``text``, split and multi-paragraph ones merged."""
    out: list[QuoteSpan] = []
    prev_runs_on = False
    prev_end_mark = -1
    pieces = [p for p in _raw_pieces(text) if not _is_nickname(text, p[0], p[1])]
    titled = [p for p in _title_pieces(text) if not any(s < p[1] and p[0] < e for s, e, _ in pieces)]
    title_after: tuple[QuoteSpan, int] | None = None  # a span and its end before a title
    for start, end, runs_on in sorted(pieces + titled):
        if not text[start:end].strip():
            continue
        if out and (prev_runs_on or _is_split(text, out[-1], start, prev_end_mark)):
            q = out[-1]
            q.fragments.append((start, end))
            q.end = end
            title_after = None
        elif (title_after is not None and not text[prev_end_mark:start].strip("\"”“ \t")
              and _is_split(text, title_after[0], start, title_after[1])):
            # '"A," X said on Fox's "Fox and Friends." "B."': the title is part of the
            # attribution, and the quotation goes on after it
            out.pop()
            q = out[-1]
            q.fragments.append((start, end))
            q.end = end
            title_after = None
        else:
            title_after = (out[-1], prev_end_mark) if out and len(out[-1].fragments) == 1 else None
            out.append(QuoteSpan(start, end, [(start, end)]))
        prev_runs_on = runs_on
        prev_end_mark = end
    return out


def _is_nickname(text: str, start: int, end: int) -> bool:
    """True for a quoted nickname inside a name (``Marcia "Cia" Price``, ``Dwayne "The
    Rock" Johnson``): capitalised words between two capitalised names."""
    return (_NICKNAME_RE.fullmatch(text, start, end) is not None
            and _NAME_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            and _NAME_AFTER_RE.match(text, end) is not None)


def is_listed(between: str) -> bool:
    """True when ``between`` (stripped of quotation marks) joins quoted words listed
    together: a comma, ``and``, ``or``."""
    return bool(between) and _LISTED_RE.fullmatch(between) is not None


def _hands_over(body: str) -> bool:
    """True when an attribution ends with a second cue of its own that introduces the next
    quotation (``"A," Trump said, adding later, "B."``, ``X sang, before asking her,
    "B?"``): the next quotation is another report."""
    words = _WORD_RE.findall(body.lower())
    cues = [i for i, w in enumerate(words) if _CUE_WORD_RE.fullmatch(w)]
    return len(cues) >= 2 and cues[-1] >= len(words) - 3


def _is_split(text: str, prev: QuoteSpan, start: int, prev_end: int) -> bool:
    """True when the piece at ``start`` continues ``prev`` after a short attribution."""
    # a nested quotation may close with it: '"People say, 'it is over,'" X said. "B."'
    inner_tail = text[prev.fragments[-1][0]:prev_end].rstrip().rstrip("'‘’").rstrip()
    gap = text[prev_end:start].strip("\"“”„«»'")
    if "\n" in gap or not gap.strip() or len(gap) > _MAX_SPLIT_GAP:
        return False
    body = gap.strip().rstrip("\"”'’").rstrip()  # a title may end the attribution
    if not body:
        return False
    if _hands_over(body):
        return False
    if is_listed(body) and not inner_tail.endswith((".", "?", "!")):
        return True  # 'called them "losers" and "sad"': quoted words listed together
    if inner_tail.endswith(",") and _JOINED_RE.search(body):
        return True  # '"A," he said, but "B."': the quotation goes on after a conjunction
    if body[-1] not in ",.:;—–-":  # '... said on Fox's "Title."' is not a continuation
        return False
    if inner_tail.endswith(",") or body.startswith(","):
        return True
    # '"A?" X asked. "B."': one attribution sentence between question and continuation
    return (inner_tail.endswith(("?", "!")) and body.endswith(".")
            and _SENT_END_RE.search(body[:-1]) is None)
