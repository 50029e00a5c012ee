"""Reports whose cue is not a reporting verb with a complement clause.

* nominal cues with a clausal complement: ``his claim that the vote was rigged``,
  ``the plan to cut taxes``, ``warnings that ...``; the content is the clause;
* a cue noun as the subject of ``be``: ``Her argument was that ...``; the content is
  the clause after ``be``;
* raising and passive report verbs: ``Melania seems to have vanished``, ``the veto is
  expected to come Friday``; the content is the whole clause, subject and cue included;
* ``it is clear that ...``, ``it was reported that ...``: the ``that`` clause.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: nouns that name something said, written, believed or intended
CUE_NOUNS: frozenset[str] = frozenset({
    "statement", "claim", "report", "argument", "view", "announcement", "warning", "belief",
    "assertion", "suggestion", "allegation", "accusation", "promise", "pledge", "threat",
    "fear", "hope", "insistence", "notion", "charge", "message", "comment", "remark",
    "testimony", "finding", "conclusion", "assessment", "prediction", "estimate",
    "acknowledgment", "acknowledgement", "admission", "denial", "demand", "proposal", "plan",
    "vow", "decision", "contention", "assurance", "concern", "worry", "suspicion", "idea",
    "sense", "impression", "opinion", "position", "complaint", "criticism",
    "confirmation", "indication", "signal", "recommendation", "request", "call", "push",
    "commitment", "intention", "determination", "desire", "willingness",
    "refusal", "rumor", "rumour", "theory", "speculation", "expectation", "assumption",
    "explanation", "reminder", "insinuation", "implication", "doubt",
})
#: verbs that raise the subject of the report they mark (``X seems to ...``)
RAISING_LEMMAS: frozenset[str] = frozenset({"seem", "appear"})
#: verbs whose passive raises the subject of the report (``X is expected to ...``)
PASSIVE_LEMMAS: frozenset[str] = frozenset({
    "expect", "say", "report", "believe", "think", "rumor", "rumour", "know", "consider",
    "project", "estimate", "predict", "suppose", "allege", "reckon", "understand", "feared",
    "fear", "forecast", "anticipate", "claim", "see", "view", "deem", "presume",
})
#: adjectives of ``it is ADJ that ...``
STANCE_ADJS: frozenset[str] = frozenset({
    "clear", "obvious", "evident", "likely", "unlikely", "possible", "impossible", "true",
    "apparent", "certain", "uncertain", "unclear", "doubtful", "plain", "undeniable",
    "inevitable", "probable", "improbable", "important", "crucial", "essential", "vital",
    "necessary", "wrong", "right", "ironic", "telling", "notable", "remarkable",
    "surprising", "striking",
})
_EDGE = frozenset(",.;:!?—–-\"“”'‘’()")


def _trim(doc: Doc, lo: int, hi: int) -> Span | None:
    while lo < hi and (doc[lo].is_space or doc[lo].text in _EDGE):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in _EDGE):
        hi -= 1
    return doc[lo:hi] if hi - lo >= 2 else None


def _clause_child(tok: Token) -> Token | None:
    """A finite ``that`` clause or a ``to`` infinitive hanging on ``tok``."""
    for c in tok.children:
        if c.i < tok.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.dep_ in ("acl", "ccomp", "advcl", "relcl"):
            marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "aux")}
            rel = any(g.dep_ in ("nsubj", "dobj", "nsubjpass") and g.lower_ in ("which", "who")
                      for g in c.children)
            if rel:
                continue
            if "that" in marks or "to" in marks or c.dep_ == "ccomp":
                return c
    return None


def nominal(tok: Token) -> Span | None:
    """``the claim that X`` / ``plans to cut taxes``: the clause after the cue noun."""
    if tok.lemma_.lower() not in CUE_NOUNS:
        return None
    clause = _clause_child(tok)
    if clause is not None:
        return _trim(tok.doc, clause.left_edge.i, clause.right_edge.i + 1)
    # "Her argument was that ...": the cue noun is the subject of "be"
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_ == "be":
        for c in head.children:
            if c.i > head.i and c.dep_ in ("ccomp", "attr", "acomp") and c.pos_ in ("VERB", "AUX"):
                return _trim(tok.doc, c.left_edge.i, c.right_edge.i + 1)
    return None


def raised(tok: Token) -> Span | None:
    """``X seems to ...``, ``X is expected to ...``: the subject through the complement."""
    lemma = tok.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not (lemma in RAISING_LEMMAS or (passive and lemma in PASSIVE_LEMMAS)):
        return None
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    comp = [c for c in tok.children if c.i > tok.i and (
        c.dep_ == "xcomp" or (lemma in RAISING_LEMMAS and c.dep_ in ("oprd", "acomp")))]
    if not subj or not comp or subj[0].lower_ in ("it", "there", "this", "that", "which", "who"):
        return None
    return _trim(tok.doc, subj[0].left_edge.i, comp[0].right_edge.i + 1)


def impersonal(tok: Token) -> Span | None:
    """``it is clear that ...``, ``it was reported that ...``: the ``that`` clause."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    ok = (lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in STANCE_ADJS for c in tok.children))
    ok = ok or (lemma in PASSIVE_LEMMAS and any(c.dep_ == "auxpass" for c in tok.children))
    ok = ok or lemma in RAISING_LEMMAS
    if not ok:
        return None
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i:
            return _trim(tok.doc, c.left_edge.i, c.right_edge.i + 1)
    for c in tok.children:  # "it is clear that" with the clause on the adjective
        if c.dep_ == "acomp":
            for g in c.children:
                if g.dep_ == "ccomp" and g.i > c.i:
                    return _trim(tok.doc, g.left_edge.i, g.right_edge.i + 1)
    return None
