"""Cues of a quotation: the speech verb that introduces it.

The cue is looked for outside the quoted words, in the sentence(s) the quotation touches
(one that leads into the quotation first, then one that governs the quoted words, then the
nearest), then in the sentence just before (``He said:`` / a cue-less quote paragraph) or
just after; a cue in the quotation's own paragraph beats one across a paragraph break.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from spacy.tokens import Doc, Token

from newsevents.quotes.vocabulary import SPEECH_LEMMAS

#: phrasal verbs of saying (``pointed out``, ``went on``, ``fired back``, ``chimed in``)
PHRASAL_CUES: frozenset[tuple[str, str]] = frozenset({
    ("point", "out"), ("go", "on"), ("fire", "back"), ("shoot", "back"), ("hit", "back"),
    ("chime", "in"), ("weigh", "in"), ("sum", "up"), ("spell", "out"), ("lash", "out"),
    ("speak", "out"), ("cry", "out"), ("call", "out"), ("pipe", "up"), ("add", "on"),
})
#: the most characters between a quotation's end and a cue whose name is looked for there
ADJACENT_CHARS = 80


def in_fragments(i: int, frags: Sequence[tuple[int, int]]) -> bool:
    """True when the character offset ``i`` lies in one of the spans ``frags``."""
    return any(s <= i < e for s, e in frags)


def is_cue(tok: Token) -> bool:
    """A speech verb, ``according to``, ``put it`` (``as the paper put it, "..."``) or a
    phrasal verb of saying (``pointed out``)."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return True
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_LEMMAS:
        return True
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES for c in tok.children)


def find_cue(doc: Doc, start: int, end: int, frags: Sequence[tuple[int, int]],
             quote_marks: Sequence[int], text: str | None = None) -> Token | None:
    """The speech-verb token nearest to the quotation [start, end) outside its fragments
    (``text`` is ``doc.text``, which spaCy rebuilds on every access)."""
    text = doc.text if text is None else text
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    s_tok, e_tok = first[0].sent.start, first[-1].sent.end
    inside = [t for t in first if not (t.is_punct or t.is_space)][:1]
    best: tuple[tuple[bool, bool, bool, int], Token] | None = None
    gap = (frags[0][1], frags[-1][0]) if len(frags) > 1 else (-1, -1)
    for tok in doc[s_tok:e_tok]:
        if in_fragments(tok.idx, frags) or not is_cue(tok):
            continue
        if gap[0] <= tok.idx < gap[1]:  # '"A," X said, "B."': the cue in between
            return tok
        # a cue that governs the quoted words beats a nearer one that does not, and one
        # that introduces them ('footage of X saying last week, "..."') beats both
        governs = bool(inside) and tok.is_ancestor(inside[0])
        lo, hi = (tok.idx, start) if tok.idx < start else (end, tok.idx)
        # a cue across a paragraph break (a parse run over it) comes last
        key = ("\n" in text[lo:hi], not _leads_into(text, tok, start), not governs, hi - lo)
        if best is None or key < best[0]:
            best = (key, tok)
    if best is not None and not best[0][0]:
        return best[1]
    # adjacent sentences, when they hold no quotation of their own; one in the
    # quotation's own paragraph first ('"A," X said to Y.\n\n"B?" Z said.'), then a cue of
    # the quotation's sentences across a paragraph break, then the rest
    near = [_adjacent_cue(doc, text, i, after, start, end, quote_marks)
            for i, after in ((s_tok - 1, False), (e_tok, True))]
    found = [c for c in near if c is not None]
    same = [c for c in found if "\n" not in text[min(c.idx, start):max(c.idx, end)]]
    if same:
        return same[0]
    if best is not None:
        return best[1]
    return found[0] if found else None


def _leads_into(text: str, cue: Token, start: int) -> bool:
    """True when ``cue`` comes shortly before the quotation at ``start`` and the words
    between, with no verb among them, end with a comma or colon (``saying during the
    debate, "..."``)."""
    if cue.idx >= start:
        return False
    gap = text[cue.idx + len(cue.text):start].rstrip(" \"“„«'‘\u00a0")
    if not 0 <= len(gap) <= ADJACENT_CHARS or (gap and gap[-1] not in ",:") or "\n" in gap:
        return False
    doc = cue.doc
    j = cue.i + 1
    while j < len(doc) and doc[j].idx < start:
        if doc[j].pos_ in ("VERB", "AUX"):
            return False
        j += 1
    return True


def _adjacent_cue(doc: Doc, text: str, i: int, after: bool, start: int, end: int,
                  quote_marks: Sequence[int]) -> Token | None:
    """The cue of the sentence holding token ``i`` (just before or ``after`` the quotation
    [start, end)), looked for only between the quotation and another one there."""
    if not 0 <= i < len(doc):
        return None
    sent = doc[i].sent
    lo = bisect_left(quote_marks, sent.start_char)
    hi = bisect_right(quote_marks, sent.end_char - 1)
    # the quotation's own marks are not foreign (a two-apostrophe mark opens at start - 2)
    foreign = [quote_marks[k] for k in range(lo, hi) if not start - 2 <= quote_marks[k] <= end]
    # only the stretch between the quotation and another one ('"A?" she said, as X
    # went on about "B"'): a cue beyond that belongs to the other quotation
    lim = (min(foreign, default=sent.end_char) if after
           else max(foreign, default=sent.start_char - 1))
    cands = [t for t in sent if is_cue(t) and (t.idx < lim if after else t.idx > lim)
             and not (after and foreign and _introduces(text, t, lim))]
    if not cands:
        return None
    return cands[0] if after else cands[-1]


def _introduces(text: str, cue: Token, mark: int) -> bool:
    """True when only punctuation lies between ``cue`` and the quotation mark at ``mark``
    (``To which she said, "..."``): the cue introduces that quotation."""
    gap = text[cue.idx + len(cue.text):mark]
    return not any(ch.isalnum() for ch in gap)


def speech_verb_in(doc: Doc, start: int, end: int) -> bool:
    """True when a speech verb lies in the characters [start, end)."""
    span = doc.char_span(max(0, start), end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS for t in span)
