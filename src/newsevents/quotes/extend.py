"""Stretch a reported content to the rest of its sentence.

PolNeAR contents run from the complement to the end of the sentence: ``said she hopes to
win, but she knows that ...``, ``wants to triple X, grow Y and create Z``, ``vowed not to
repeat that mistake and established a policy ...``. The parse often hangs the later
conjuncts on the cue, so the complement's subtree stops early. A content that starts after
its cue therefore runs on to the end of the sentence, but never into another report's cue
and its subject (``..., adding that ...``, ``... and Y said ...``), never into a second
predicate of the speaker (``said he would act and warned against ...``: a finite verb
coordinated with the cue, or hung by the parse on a non-finite verb of the content) or a
participle cue (``..., citing Y``), and never over the cue's own agent (``called X a
fraud by Y``). A cue noun inside the content (``cited remarks Trump made``) is part of it.
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from newsevents.nlp.lexicon import AUX_DEPS, DOER_DEPS

_END_PUNCT = frozenset(".!?;:—–-\"“”'‘’(),")
#: dependents of a cue that are the writer's framing, not the report
_FRAME_DEPS = DOER_DEPS | AUX_DEPS


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
    for c in cue.children:  # the speaker is never content: "called X a fraud by Y"
        if c.dep_ == "agent" and hi <= c.i < stop:
            stop = c.left_edge.i
    for i in cues:
        # a cue noun is part of the content (``cited remarks Trump made about X``)
        if hi <= i < end and i != cue.i and doc[i].pos_ != "NOUN":
            stop = min(stop, _clause_start(doc[i]))
    while stop > hi and (doc[stop - 1].is_space or doc[stop - 1].text in _END_PUNCT
                         or doc[stop - 1].lower_ in ("and", "but", "or")):
        stop -= 1
    return doc[span.start:stop] if stop > hi else span


#: finite verb tags (not VBP, which the tagger confuses with the base form)
_FINITE = frozenset({"VBD", "VBZ"})
#: verb tags of a content's non-finite verbs (``would order``, ``to cut``, ``cutting``)
_NONFINITE = frozenset({"VB", "VBG"})


def _second_predicate(tok: Token, cue: Token, cues: Collection[int]) -> bool:
    """True for a verb that ends the report: the speaker's next act coordinated with the
    cue (``has promoted X and downplayed Y``) or finite under a non-finite head of the
    content (``said he would order X and warned Y``: the parse hangs the second predicate
    on the reported verb); a reporting participle after a comma (``said X, citing Y``);
    another speaker's report (``X said ... and Democrats accused Y``: a conjunct among
    ``cues`` with a name for subject)."""
    if (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i in cues and tok.i > 0
            and tok.doc[tok.i - 1].text == ","):
        return True  # "said trade has grown, citing the new port": the speaker cites
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subj:
        # "Republicans said X and Democrats accused Y": another speaker's report (a pronoun
        # subject goes on with the report: "says she hopes X, but she knows that Y")
        return (tok.i in cues and subj[0].pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "mark" for c in tok.children))  # "... and that Y"
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    if tok.head.i == cue.i:
        return tok.tag_ in _FINITE or (own_aux and tok.tag_ == "VBN")
    return tok.tag_ in _FINITE and tok.head.tag_ in _NONFINITE and tok.head.i > cue.i


def before_second_predicate(doc: Doc, span: Span, cue: Token, cues: Collection[int]) -> Span:
    """``span`` (a content after ``cue``) cut before a second predicate of the speaker."""
    if span.start <= cue.i:
        return span
    for tok in span:
        if _second_predicate(tok, cue, cues):
            stop = min(tok.left_edge.i, tok.i)
            while stop > span.start and (doc[stop - 1].is_space or doc[stop - 1].text in _END_PUNCT
                                         or doc[stop - 1].lower_ in ("and", "but", "or", "also",
                                                                     "then", "later")):
                stop -= 1
            return doc[span.start:stop] if stop - span.start >= 2 else span
    return span


#: right dependents of a cue that frame the report (``said in a June report``, ``told me``)
_FRAMING_DEPS = DOER_DEPS | AUX_DEPS - {"auxpass"} | frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "punct",
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
