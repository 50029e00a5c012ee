"""Stretch a reported content to the rest of its sentence.

PolNeAR contents run from the complement to the end of the sentence: ``said she hopes to
win, but she knows that ...``, ``wants to triple X, grow Y and create Z``, ``vowed not to
repeat that mistake and established a policy ...``. The parse often hangs the later
conjuncts on the cue, so the complement's subtree stops early. A content that starts after
its cue therefore runs on to the end of the sentence, but never into another report's cue
and its subject (``..., adding that ...``, ``... and Y said ...``).
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

_END_PUNCT = frozenset(".!?;:—–-\"“”'‘’(),")
#: dependents of a cue that are the writer's framing, not the report
_FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "aux", "auxpass", "neg"})


def _clause_start(tok: Token) -> int:
    """The first token of another report: its cue, or its subject when that comes first."""
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod", "cc"):
            lo = min(lo, c.left_edge.i)
    return lo


def to_sentence_end(doc: Doc, span: Span, cue: Token, cues: Collection[int]) -> Span:
    """``span`` (a content after ``cue``) run on to its sentence end, stopping before the
    next reporting cue of ``cues`` (token indices) and before closing punctuation."""
    if span.start <= cue.i:
        return span
    hi = span.end
    end = doc[hi - 1].sent.end
    stop = end
    for i in cues:
        if hi <= i < end and i != cue.i:
            stop = min(stop, _clause_start(doc[i]))
    while stop > hi and (doc[stop - 1].is_space or doc[stop - 1].text in _END_PUNCT
                         or doc[stop - 1].lower_ in ("and", "but", "or")):
        stop -= 1
    return doc[span.start:stop] if stop > hi else span


#: right dependents of a cue that frame the report (``said in a June report``, ``told me``)
_FRAMING_DEPS = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "agent", "punct",
                           "nsubj", "nsubjpass", "aux", "neg", "tmod"})


def past_medial_cue(doc: Doc, span: Span, cue: Token, cues: Collection[int]) -> Span:
    """``The middle fifth paid 8.9 percent, the agency said in a report, and those ...``:
    a content before a sentence-medial cue runs on over the cue when the sentence goes on
    with a clause of its own (not over another report's cue)."""
    if span.end > cue.i:
        return span
    sent_end = cue.sent.end
    j = cue.i + 1
    for c in cue.rights:
        if c.dep_ in _FRAMING_DEPS and c.i == j or (c.dep_ in _FRAMING_DEPS and c.left_edge.i <= j):
            j = max(j, c.right_edge.i + 1)
    while j < sent_end and (doc[j].is_punct or doc[j].is_space):
        j += 1
    stop = sent_end
    for i in cues:
        if j <= i < sent_end and i != cue.i:
            stop = min(stop, _clause_start(doc[i]))
    rest = doc[j:stop]
    if sum(t.is_alpha for t in rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return span
    while stop > j and (doc[stop - 1].is_space or doc[stop - 1].text in _END_PUNCT
                        or doc[stop - 1].lower_ in ("and", "but", "or")):
        stop -= 1
    return doc[span.start:stop] if stop > span.end else span
