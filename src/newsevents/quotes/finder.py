"""spaCy component: direct quotations and their speakers (``doc._.quotes``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.quotes.colon import ColonAttribution, colon_lines, leading_name
from newsevents.quotes.indirect import Reported, find_indirect
from newsevents.quotes.spans import QuoteSpan, find_quote_spans
from newsevents.quotes.speaker import SPEECH_LEMMAS, attribute, covering_mention, speaker_for_cue

_MARKS_RE = re.compile(r"''|[\"“”„«»]")
#: a quotation may follow these words and still be a whole utterance
_LEFT_WORDS = frozenset({"that", "whether", "if", "because"})
_LEFT_PUNCT = frozenset(".!?,:;—–-([…―")
_RIGHT_PUNCT = frozenset(".,;:!?)—–…")
#: a whole quoted clause may be followed by a coordinated or subordinate clause
_RIGHT_WORDS = frozenset({"and", "but", "or", "while", "as", "before", "after", "because",
                          "when", "since", "although", "though"})
#: verbs whose "as"/object quotation is a characterisation ("described X as 'Y'")
#: the longest stretch between two quotations over which a speaker carries on
_CARRY_CHARS = 120
#: alphanumeric characters of the writer's own words a mixed report opens with
_MIXED_LEAD = 8
#: ``said that "..."``: the complementiser before a quotation belongs to the content
_THAT_RE = re.compile(r"(?<![\w'’])that,?[ \t\u00a0]*$")
#: characters trimmed off the end of a report cut before a quotation
_TRIM_CHARS = frozenset(",.;:—–-\"“”„«»'‘’(")
#: alphanumeric characters of the writer's words a report cut before a quotation keeps
_OWN_LEAD = 25
_CHARACTERISE = frozenset({"describe", "characterize", "characterise", "call", "label", "dub",
                           "brand", "term", "deem", "hail", "denounce", "condemn", "praise"})


def _prev_char(text: str, i: int) -> str:
    """The nearest non-space character before ``i`` ("\n" at a paragraph start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return text[j] if j >= 0 else "\n"


def is_embedded(doc: Doc, q: QuoteSpan, tok_starts: list[int], prev_kept_end: int) -> bool:
    """True for a quoted fragment inside the writer's own clause (scare quotes, partial
    quotes: ``voting fraud is "a big problem"``); characterisations and whole quoted
    utterances (``said that "..."``, ``"...," he said``) are not embedded."""
    text = doc.text
    size = 2 if text[q.start - 2:q.start] == "''" else 1
    mark = q.start - size
    before = _prev_char(text, mark)
    left_ok = before == "\n" or before in _LEFT_PUNCT or before in "\"“”„«»"
    characterisation = False
    if not left_ok:
        i = bisect_right(tok_starts, mark - 1) - 1
        while i >= 0 and (doc[i].is_space or doc[i].is_quote):
            i -= 1
        if i >= 0:
            prev = doc[i]
            low = prev.lower_
            if low in _LEFT_WORDS or (prev.pos_ == "VERB" and prev.lemma_.lower() in SPEECH_LEMMAS):
                left_ok = True
            elif low in ("as", "it", "them", "him", "her", "this") or prev.pos_ in ("NOUN", "PROPN"):
                characterisation = any(t.lemma_.lower() in _CHARACTERISE for t in prev.sent
                                       if t.i < i)
            elif low in ("and", "or") and 0 <= mark - prev_kept_end <= 12:
                characterisation = True
    if characterisation:
        return False
    if not left_ok:
        return True
    inner = text[q.fragments[-1][0]:q.end].rstrip()
    if inner[-1:] in _RIGHT_PUNCT:
        return False
    after = text[q.end + size:q.end + 40].lstrip(" \t\u00a0")
    if after[:1] in _RIGHT_PUNCT or after[:1] in ("\n", ""):
        return False
    return after.split(" ", 1)[0] not in _RIGHT_WORDS


class QuoteFinder:
    """Finds direct quotations (straight or curly marks) and attributes each to a speaker.

    Needs a parsed doc (sentences, dependencies); ``doc._.actor_mentions`` (may be None)
    gives speaker codes and resolves pronouns. Quoted fragments inside the writer's own
    clause (scare quotes, partial quotes) are skipped unless they are characterisations;
    ``skip_embedded=False`` keeps them.
    """

    def __init__(self, nlp: Language | None = None, skip_embedded: bool = True,
                 indirect: bool = True) -> None:
        self.nlp = nlp
        self.skip_embedded = skip_embedded
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The quote records of ``doc``."""
        direct = self.find_direct(doc)
        if not self.indirect or not doc.has_annotation("DEP"):
            return direct
        return merge_reported(doc, direct, doc._.actor_mentions or [])

    def find_direct(self, doc: Doc) -> list[dict[str, Any]]:
        """The direct quotations of ``doc`` (kind "direct")."""
        text = doc.text
        spans = find_quote_spans(text)
        if not spans:
            return []
        mentions = doc._.actor_mentions or []
        parsed = doc.has_annotation("DEP")
        marks = [m.start() for m in _MARKS_RE.finditer(text)] if parsed else []
        out: list[dict[str, Any]] = []
        tok_starts = [t.idx for t in doc] if parsed else []
        kept_end = -100
        for q in spans:
            if parsed and self.skip_embedded and is_embedded(doc, q, tok_starts, kept_end):
                continue
            kept_end = q.end + 1
            turn = leading_name(text, q.start, q.fragments[0][1])
            if turn is None:
                _take_that(text, q)
            if turn is not None:
                q.fragments[0] = (turn.start, q.fragments[0][1])
                q.start = turn.start
                speaker, cue = named_speaker(text, turn, mentions), ":"
            elif parsed:
                speaker, cue = attribute(doc, q.start, q.end, q.fragments, marks, mentions)
            else:
                speaker, cue = None, None
            out.append({"start": q.start, "end": q.end, "text": q.text(text), "kind": "direct",
                        "speaker": speaker, "cue": cue})
        _carry_speakers(text, out)
        return out


def _take_that(text: str, q: QuoteSpan) -> None:
    """``said that "the talks failed"``: the content starts at ``that`` (PolNeAR keeps the
    complementiser, as for indirect speech); ``text`` stays the quoted words."""
    mark = q.start - (2 if text[q.start - 2:q.start] == "''" else 1)
    m = _THAT_RE.search(text, max(0, mark - 12), mark)
    if m is not None:
        q.start = m.start()


def _carry_speakers(text: str, quotes: list[dict[str, Any]]) -> None:
    """A quotation with no cue of its own that follows an attributed one within a short
    stretch (``"A," he said. "B."``, a further quoted paragraph) continues its speaker."""
    for prev, q in zip(quotes, quotes[1:]):
        if q["speaker"] is None and q["cue"] is None and prev["speaker"] is not None:
            gap = text[prev["end"]:q["start"]]
            if len(gap) <= _CARRY_CHARS and gap.count("\n\n") <= 1:
                q["speaker"] = dict(prev["speaker"])


def named_speaker(text: str, turn: ColonAttribution,
                  mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The speaker record of a ``NAME:`` attribution."""
    m = covering_mention(mentions, turn.name_start, turn.name_end)
    return {"start": turn.name_start, "end": turn.name_end,
            "text": text[turn.name_start:turn.name_end],
            "code": m.get("code") if m else None, "name": m.get("name") if m else None}


def _alnum(text: str, start: int, end: int) -> int:
    return sum(ch.isalnum() for ch in text[start:end])


def _inside(spans: list[tuple[int, int]], at: int, own: tuple[int, int] | None = None) -> bool:
    return any(s <= at < e for s, e in spans if (s, e) != own)


def _is_mixed(text: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """True when the report ``span`` opens with the writer's words and holds a quotation
    (``he said the answers are "not meeting the demand"``): one mixed content."""
    s, e = span
    inner = [(qs, qe) for qs, qe in quoted if s < qs and qe <= e + 2]
    if not inner or _alnum(text, s, inner[0][0]) < _MIXED_LEAD:
        return False
    # a whole quoted clause ("emphasized that “...”", 'said: "..."') is a report of its own
    if text.startswith("that", inner[0][0]):  # a direct quote that took its "that"
        return False
    lead = text[s:inner[0][0]].rstrip(" \"“„«'").rstrip()
    return not (lead.endswith((":", ",")) or lead.lower().endswith(" that"))


def _content_parts(rep: Reported) -> list[tuple[int, int]]:
    """The content of ``rep`` without a medial cue and its subject (``The museum, Mr.
    Obama said, would ...``), where the speaker may be found."""
    cue = rep.cue
    if not rep.start <= cue.idx < rep.end:
        return [(rep.start, rep.end)]
    lo = min([c.left_edge.idx for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")] + [cue.idx])
    return [(rep.start, lo), (cue.idx + len(cue.text), rep.end)]


def _before_quotation(text: str, rep: Reported,
                      covered: list[tuple[int, int]]) -> Reported | None:
    """A report that runs on into a later quotation (``She said fathers would not be
    eligible, and when pressed, replied: "..."``) keeps the writer's words before it;
    None when those are too few (the report repeats the quotation)."""
    later = [s for s, e in covered if rep.start < s < rep.end]
    if not later or any(s <= rep.start < e for s, e in covered):
        return None
    end = min(later)
    while end > rep.start and (text[end - 1].isspace() or text[end - 1] in _TRIM_CHARS):
        end -= 1
    if _alnum(text, rep.start, end) < _OWN_LEAD:
        return None
    return Reported(rep.start, end, rep.cue, rep.kind)


def merge_reported(doc: Doc, direct: list[dict[str, Any]],
                   mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct quotations plus the indirect reports and characterisations no direct quotation
    already covers, in document order.

    A characterisation (``described the meeting as "frank"``) and a mixed report (``said
    he was "not worried"``) replace the direct quotations they contain; a report whose cue lies inside another report's content or inside a
    quotation is part of that content and is dropped.
    """
    text = doc.text
    reps = {(r.start, r.end): r for r in find_indirect(doc)}
    quoted = [(q["start"], q["end"]) for q in direct]
    chars = [k for k, r in reps.items()
             if not _inside(quoted, r.cue.idx)
             and (r.kind == "characterisation" or _is_mixed(text, k, quoted))]
    direct = [q for q in direct
              if not any(s <= q["start"] and q["end"] <= e + 1 for s, e in chars)]
    covered = [(q["start"], q["end"]) for q in direct]
    out = list(direct)
    lines = [c for c in colon_lines(text)
             if not any(s < c.end and c.start < e for s, e in covered)]
    for c in lines:
        out.append({"start": c.start, "end": c.end, "text": text[c.start:c.end],
                    "kind": "indirect", "speaker": named_speaker(text, c, mentions), "cue": ":"})
    covered += [(c.start, c.end) for c in lines]
    outer = covered + [k for k in reps if k not in chars]
    for key, rep in reps.items():
        if key not in chars and _inside(outer, rep.cue.idx, key):
            continue
        size = _alnum(text, rep.start, rep.end) or 1
        inside = sum(_alnum(text, max(s, rep.start), min(e, rep.end))
                     for s, e in covered if s < rep.end and rep.start < e)
        if inside:
            cut = _before_quotation(text, rep, covered)
            if cut is None and inside / size >= 0.4:
                continue
            rep = cut or rep
        speaker, cue = speaker_for_cue(rep.cue, _content_parts(rep), mentions)
        out.append({"start": rep.start, "end": rep.end, "text": text[rep.start:rep.end],
                    "kind": rep.kind, "speaker": speaker, "cue": cue})
    out.sort(key=lambda q: q["start"])
    return out
