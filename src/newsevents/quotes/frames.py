"""Reports whose cue is not a reporting verb with a complement clause.

* nominal cues with a clausal complement: ``his claim that the vote was rigged``,
  ``the plan to cut taxes``, ``warnings that ...``; the content is the clause;
* nouns of talk or stance with a topic (``his criticism of the deal``, ``X raised
  questions about Y``, ``X is an opponent of Y``) when someone holds them: the object of
  the preposition;
* a cue noun as the subject of ``be``: ``Her argument was that ...``; the content is
  the clause after ``be``;
* raising and passive report verbs: ``Melania seems to have vanished``, ``the veto is
  expected to come Friday``; the content is the whole clause, subject and cue included;
* ``it is clear that ...``, ``it was reported that ...``: the ``that`` clause (not an
  open question: ``it is unclear whether``, ``it is not clear what``);
* a verb of talking about a topic with its preposition (``spoke of X``, ``pointed to X``,
  ``warned against X``, ``commented on X``): the object of the preposition, when the verb
  has a subject that can speak or is a participle that takes its head's subject
  (``said Ellis, referring to X``);
* an adjective of belief or feeling after ``be`` (``X is confident that ...``, ``X was
  worried about Y``): the clause or the object of the preposition.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from newsevents.nlp.lexicon import (
    ABOUT_PREPS,
    CONCESSIVE_MARKS,
    COORDINATORS,
    REASON_MARKS,
    TIME_MARKS,
    TOWARD_PREPS,
)
from newsevents.quotes.speaker import noun_holder
from newsevents.quotes.vocabulary import (
    CUE_NOUNS,
    OF_TOPIC_NOUNS,
    PASSIVE_LEMMAS,
    RAISING_LEMMAS,
    STANCE_ADJS,
    STANCE_HOLDER_ADJS,
    TOPIC_NOUNS,
)

_TOPIC_NOUN_PREPS = ABOUT_PREPS | TOWARD_PREPS | frozenset({"of", "against", "for", "regarding"})
#: verbs and the prepositions that take what their subject talked about
TOPIC_PREPS: Mapping[str, frozenset[str]] = MappingProxyType({
    **{v: frozenset({"about", "of", "on"}) for v in (
        "speak", "talk", "write", "testify", "joke", "complain", "boast", "brag", "comment",
        "remark", "reflect", "muse", "speculate", "tweet", "post", "rave", "gush", "rant",
        "lecture", "reminisce", "elaborate", "expound", "harp", "dwell", "opine", "weigh",
        "report", "inquire", "ask", "brief", "remind", "caution", "warn")},
    **{v: frozenset({"to"}) for v in ("refer", "point", "allude", "respond")},
    **{v: frozenset({"against", "about", "of"}) for v in ("warn", "caution", "rail", "argue")},
    **{v: frozenset({"at"}) for v in ("lash", "jab", "swipe", "scoff", "balk", "bristle")},
    # taking a side
    **{v: frozenset({"for", "against"}) for v in (
        "vote", "campaign", "lobby", "fight", "advocate", "plead", "rally", "agitate")},
    **{v: frozenset({"with", "on"}) for v in ("agree", "disagree", "side")},
})
#: words that open a clause that frames a cue rather than being reported by it
_FRAMING_OPENERS = (TIME_MARKS - {"until"} | REASON_MARKS | CONCESSIVE_MARKS | COORDINATORS - {"or"} | {"if"}
                    | frozenset({"in", "at", "on", "during", "asked", "speaking", "then", "later", "earlier"}))
_HOLDER_PREPS = ABOUT_PREPS | frozenset({"of", "that", "with"})
#: subjects that cannot be the one who speaks of something
_MUTE = frozenset({"it", "this", "that", "there", "what"})
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
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "it is not clear whether ...": nobody holds it
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


def _speaker_ok(tok: Token) -> bool:
    """True when ``tok`` has a subject that can speak, or is a participle (``..., referring
    to X``) or a coordinated verb that takes its head's subject."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj:
        return subj[0].pos_ in ("PROPN", "PRON", "NOUN") and subj[0].lower_ not in _MUTE
    return tok.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl") and tok.tag_ in ("VBG", "VBD", "VBZ", "VB")


def topic(tok: Token) -> Span | None:
    """``spoke of X``, ``pointed to X``, ``warned against X``: the object of the
    preposition that names what the subject talked about."""
    preps = TOPIC_PREPS.get(tok.lemma_.lower())
    if preps is None or not _speaker_ok(tok):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return _trim(tok.doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
    return None


def stance_adjective(tok: Token) -> Span | None:
    """``X is confident that ...``, ``X was worried about Y``: the clause or the object of
    the preposition after an adjective of belief or feeling whose ``be`` has a subject that
    can hold a view."""
    if tok.lemma_.lower() not in STANCE_HOLDER_ADJS or tok.dep_ != "acomp":
        return None
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].pos_ not in ("PROPN", "PRON", "NOUN") or subj[0].lower_ in _MUTE:
        return None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return _trim(tok.doc, c.left_edge.i, c.right_edge.i + 1)
        if c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return _trim(tok.doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
    return None


def fronted(tok: Token) -> Span | None:
    """``People like Scott, he said.``: a cue that ends its sentence, with its subject
    right after a comma, reports the words before that comma (at least three words, not
    a framing clause such as ``When asked, he said``)."""
    doc = tok.doc
    sent = tok.sent
    if any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1:sent.end]):
        return None
    subj = [c for c in tok.lefts if c.dep_ == "nsubj"]
    if not subj:
        return None
    lo = subj[-1].left_edge.i
    if lo <= sent.start or doc[lo - 1].text != ",":
        return None
    words = [t for t in doc[sent.start:lo - 1] if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[0].lower_ in _FRAMING_OPENERS:
        return None
    return _trim(doc, sent.start, lo - 1)


def topic_noun(tok: Token) -> Span | None:
    """``his criticism of the deal``, ``X raised questions about Y``, ``X is a critic of Y``:
    the object of the preposition after a noun of talk or stance that someone holds."""
    if tok.lemma_.lower() not in TOPIC_NOUNS:
        return None
    if noun_holder(tok) is None and not any(  # "the criticism of Lauer": a named topic
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _TOPIC_NOUN_PREPS and c.i > tok.i:
            if c.lower_ == "of" and tok.lemma_.lower() not in OF_TOPIC_NOUNS:
                continue
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return _trim(tok.doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
    return None
