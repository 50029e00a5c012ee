"""``NAME: words`` attributions: transcripts (``PENCE: Well, ...``) and headlines
(``Pence: Flowers won't be at debate``); quotations a clause introduces with a colon
(``The union sent a message: "..."``).

A line that opens with a short capitalised name and a colon attributes the rest of the
line to that name. Section labels (``The Latest:``, ``UPDATE:``) and times (``4:30 p.m.``)
are not names. A transcript quoted paragraph by paragraph (each paragraph reopens the
quote: ``"WALLACE: ...`` / ``"PENCE: ...``) is one turn per speaker, not one quotation.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple, Sequence

from spacy.tokens import Doc, Token

from newsevents.quotes.cues import in_fragments
from newsevents.quotes.phrase import covering_mention
from newsevents.quotes.spans import QuoteSpan
from newsevents.quotes.vocabulary import WORDS_NOUNS

_NAME = r"[A-Z][\w.’'-]*(?:[ \u00a0](?:[A-Z][\w.’'-]*|of|de|van|von|al-\w+)){0,4}"
_LINE_RE = re.compile(rf"^[ \t\u00a0]*[\"“]?({_NAME}):[ \t\u00a0]+(?=\S)", re.MULTILINE)
_LEAD_RE = re.compile(rf"({_NAME}):[ \t\u00a0]+(?=\S)")
#: labels that end with a colon but name nobody
_LABELS = frozenset({
    "the latest", "update", "updated", "breaking", "breaking news", "note", "editor's note",
    "editor’s note", "watch", "related", "read more", "photos", "photo", "video", "opinion",
    "analysis", "exclusive", "live", "q", "a", "warning", "correction", "source", "sources",
    "credit", "caption", "see also", "more", "listen", "subscribe", "advertisement", "by",
    "contact", "email", "follow", "transcript", "summary", "context", "background", "why",
    "what", "how", "when", "where", "who", "here", "today", "now", "plus", "also", "and",
    "but", "so", "yes", "no", "ps", "p.s", "n.b", "nb", "fact", "verdict", "bottom line",
})
_MAX_LINE = 1500


class ColonAttribution(NamedTuple):
    """Speaker name span and the attributed words (char offsets)."""

    name_start: int
    name_end: int
    start: int
    end: int


def _is_name(name: str) -> bool:
    low = name.lower().rstrip(".")
    return low not in _LABELS and not low.split(" ", 1)[0] in ("the", "a", "an")


def colon_lines(text: str) -> list[ColonAttribution]:
    """Every ``NAME: words`` line not inside quotation marks (the line is the content)."""
    out: list[ColonAttribution] = []
    for m in _LINE_RE.finditer(text):
        if not _is_name(m.group(1)) or text[m.start():m.start(1)].strip():
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        end = len(text[:line_end].rstrip(" \t\u00a0\"”"))
        if m.end() < end and end - m.end() <= _MAX_LINE:
            out.append(ColonAttribution(m.start(1), m.end(1), m.end(), end))
    return out


def leading_name(text: str, start: int, end: int) -> ColonAttribution | None:
    """``NAME:`` opening the quotation [start, end) (a quoted transcript turn)."""
    m = _LEAD_RE.match(text, start, end)
    if m is None or not _is_name(m.group(1)):
        return None
    return ColonAttribution(m.start(1), m.end(1), m.end(), end)


def split_turns(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """``spans`` with each quotation that runs over paragraphs cut before every fragment
    that opens with ``NAME:`` (a new speaker's turn in a quoted transcript)."""
    out: list[QuoteSpan] = []
    for q in spans:
        if len(q.fragments) < 2:
            out.append(q)
            continue
        group: list[tuple[int, int]] = []
        for frag in q.fragments:
            if group and leading_name(text, frag[0], frag[1]) is not None:
                out.append(QuoteSpan(group[0][0], group[-1][1], group))
                group = []
            group.append(frag)
        out.append(QuoteSpan(group[0][0], group[-1][1], group))
    return out


def named_speaker(text: str, turn: ColonAttribution,
                  mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The speaker record of a ``NAME:`` attribution."""
    m = covering_mention(mentions, turn.name_start, turn.name_end)
    return {"start": turn.name_start, "end": turn.name_end,
            "text": text[turn.name_start:turn.name_end],
            "code": m.get("code") if m else None, "name": m.get("name") if m else None}


def _words_holder(tok: Token) -> Token | None:
    """Whose words a noun for words is (``this statement by Trump``, ``Ruiz's remark``); a
    possessive pronoun (``I had to change my answer``) leaves it to the clause's subject."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in WORDS_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN")]
            if objs:
                return objs[0]
    return None


def introducer(doc: Doc, text: str, start: int,
               quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The subject (or passive agent) of the clause that introduces the quotation at
    ``start`` with a colon (``The sign carried one line: "..."``, ``The problem is shown
    by this finding: "..."``); in a verbless headline (``A lesson from Ana Ruiz: '...'``)
    the noun before the colon."""
    j = start - 1
    while j >= 0 and (text[j] in " \t\n\u00a0" or text[j] in "\"“„«'‘"):
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    span = doc.char_span(j, j + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return None
    colon = span[0]
    # climb from the word before the colon, never past it (the parse may hang the colon
    # on a verb of the quotation)
    tok = doc[colon.i - 1]
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else None
    for _ in range(8):
        holder = _words_holder(tok)
        if holder is not None:
            return holder  # "how the site rated this statement by Trump:": Trump's words
        if tok.pos_ in ("VERB", "AUX"):
            for c in tok.children:
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.pos_ in ("NOUN", "PROPN", "PRON") and not in_fragments(c.idx, quoted)]
            if subj:
                return subj[0] if subj[0].lower_ not in ("it", "there", "this", "that") else None
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "ROOT"):
            noun = tok
        if tok.head.i == tok.i or tok.head.i > colon.i or "\n" in text[tok.head.idx:colon.idx]:
            break
        tok = tok.head
    # a headline with no verb ('A lesson from Ana Ruiz: "..."'): the noun it opens with
    return noun if noun is not None and noun.sent.start == colon.sent.start and noun.dep_ in ("nsubj", "ROOT") else None
