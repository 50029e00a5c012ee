"""The clause grammar of event arguments: the subject of a verb (through coordination,
control and participles, and where the parser left it stranded), the agent of a passive
by-phrase, the patient of a passive, passives themselves and the main verbs of headlines and
news notes ("Two soldiers killed in an ambush"). Plain functions over the parse; which actor
a phrase names is :mod:`newsevents.events.arguments`' business."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events.quotation import across_quote
from newsevents.nlp.lexicon import (
    ALWAYS_TRANSITIVE,
    CLAUSE_POS,
    NOMINAL_POS,
    NOMINAL_SUBJECT_DEPS,
    OBJECT_CONTROL,
    OPENING_PREPS,
    STATEMENT_NOUNS,
    STATIVE_PARTICIPLES,
    SUBJECT_DEPS,
)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The grammatical subject of ``verb``, following conj and control (xcomp) chains."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            return c
    for c in verb.children:
        if _misread_name(c, verb):
            return c
    if verb.dep_ == "ROOT" and verb.pos_ == "VERB":
        return _stranded_subject(verb)
    if depth >= 4 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in CLAUSE_POS:
        return subject_of(across_quote(verb, head), depth + 1)
    if verb.dep_ in ("acomp", "amod") and verb.pos_ == "ADJ":  # "X is ready to ..."
        return subject_of(head, depth + 1) if head.pos_ in CLAUSE_POS else head
    if verb.tag_ in ("VBG", "VBN") and not any(a.dep_ == "aux" for a in verb.children):
        if verb.dep_ == "advcl" and head.pos_ in CLAUSE_POS:  # "..., killing one person"
            return subject_of(head, depth + 1)
        if verb.dep_ == "acl" and head.pos_ in NOMINAL_POS:  # "rebels fighting the army", headlines
            if head.lemma_.lower() in STATEMENT_NOUNS and head.head.pos_ in CLAUSE_POS:
                return subject_of(head.head, depth + 1)
            return head
    if verb.dep_ == "xcomp" or (verb.dep_ in ("ccomp", "advcl", "acl")
                               and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
        if head.pos_ == "NOUN":  # "his intention to respond": the possessor, else the clause subject
            for c in head.children:
                if c.dep_ == "poss":
                    return c
            if head.head.i != head.i and head.head.pos_ in CLAUSE_POS:
                return subject_of(head.head, depth + 1)
            return None
        if head.lemma_.lower() in OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ in ("dobj", "dative"):
                    return c
        return subject_of(head, depth + 1)
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The noun phrase right before a main verb the parser left without a subject, having
    hung it on an opening place phrase ("On 8 May, in Paletwa Town, Chin State, Myanmar
    military and AA clashed"): its head, or the first of its coordinated nouns."""
    k = verb.i - 1
    while k >= verb.sent.start and verb.doc[k].pos_ in ("ADV", "PART"):
        k -= 1
    if k < verb.sent.start or verb.doc[k].pos_ not in NOMINAL_POS or verb.doc[k].head.i > verb.i:
        return None
    tok = verb.doc[k]
    while tok.dep_ == "compound" and tok.head.i < verb.i:
        tok = tok.head
    # climb a coordination ("X and Y") but not the list of places it was hung on
    while tok.dep_ == "conj" and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children):
        tok = tok.head
    return tok


def _misread_name(c: Token, verb: Token) -> bool:
    """A first name the tagger took for a preposition heading the subject ("[Barack]/IN
    Obama and Nicolas Sarkozy met"): a capitalised non-preposition word before the verb
    whose object is a proper name."""
    return (c.dep_ == "prep" and c.i < verb.i and c.text[:1].isupper() and not c.is_stop
            and c.lower_ not in OPENING_PREPS
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i == c.i + 1 for g in c.children))


def agent_of(verb: Token) -> Token | None:
    """The object of a passive by-phrase ("was attacked by rebels" -> rebels), also one that
    coordinated passives share ("were abducted and shot by X": X did both)."""
    found = _own_agent(verb)
    if found is None and _passive_conjunct(verb):
        found = agent_of(verb.head)
    if found is None:
        found = next((a for c in verb.children if _passive_conjunct(c)
                      for a in [_own_agent(c)] if a is not None), None)
    return found


def _own_agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def patient_of(verb: Token) -> Token | None:
    """The passive subject of ``verb``, or of the passive it is coordinated with ("two
    civilians were shot and injured": civilians were injured)."""
    found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if found is None and _passive_conjunct(verb):
        return patient_of(verb.head)
    if found is None and _subjectless_passive(verb) and misparsed_relative(verb.head):
        return next(c for c in verb.head.children if c.dep_ == "nsubj")
    if found is None and _headline_passive(verb):
        if verb.dep_ == "advcl":
            return next((c for c in verb.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        return verb.head if verb.dep_ == "acl" else next(c for c in verb.children if c.dep_ == "nsubj")
    return found


def headline_verb(verb: Token) -> bool:
    """A participle the parser attached to a noun that is the root of its sentence, as news
    notes and headlines write the main verb ("Dozens of lecturers protested in X", "Two
    soldiers killed in an ambush")."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        head = head.head.head  # "a number of citizens protested", "dozens of X marched"
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT"
            and head.pos_ in NOMINAL_POS
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children))


def _headline_passive(verb: Token) -> bool:
    """A bare participle of a transitive act with its patient and no object: "Two soldiers
    killed in an ambush" (root with a subject), "22 refugees injured in riots" (participle
    on the root noun)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        # "Kidnapped in 2015, the boys spent years in the camp"; "Asked about the deal, the
        # minister said ...": a bare participle clause is passive whatever the verb
        return True
    if verb.lemma_.lower() not in ALWAYS_TRANSITIVE:
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return headline_verb(verb)


def background_participle(verb: Token) -> bool:
    """A bare participle clause with no doer, of a verb that is not an act of force ("Asked
    about the deal, ...", "Allowed to graduate in 1959, ...", "Interviewed by X in 2012"):
    it tells who the subject is, not what was done to whom; "Kidnapped in 2015, the boys ..."
    still reports the kidnapping."""
    return (_headline_passive(verb) and verb.dep_ == "advcl" and _own_agent(verb) is None
            and verb.lemma_.lower() not in ALWAYS_TRANSITIVE)


def describes_its_noun(verb: Token, has_actor: Callable[[int], bool]) -> bool:
    """A present participle that says what the people or group it follows stand for ("rebel
    forces opposing the regime", "groups backing the president"): a description, not a report."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and has_actor(verb.head.i)


def misparsed_relative(verb: Token) -> bool:
    """A reduced relative the parser read as the main verb: "the men *arrested* on Monday
    were released" (an act's participle with a subject, no object, and a passive clause
    with no subject of its own hung on it). It describes the subject; that clause is the act."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in ALWAYS_TRANSITIVE:
        return False
    kids = list(verb.children)
    return (any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in kids)
            and any(_subjectless_passive(c) for c in kids))


def _subjectless_passive(verb: Token) -> bool:
    """A passive clause the parser hung on a verb with no subject of its own."""
    return (verb.dep_ in ("conj", "advcl") and any(g.dep_ == "auxpass" for g in verb.children)
            and not any(g.dep_ in SUBJECT_DEPS for g in verb.children))


def _passive_conjunct(verb: Token) -> bool:
    """A participle coordinated with a passive verb, with no subject of its own ("were
    abducted and *shot*")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in CLAUSE_POS
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children))


def is_passive(verb: Token) -> bool:
    """True for a passive verb (has nsubjpass or auxpass), except a stative participle
    ("is opposed to") whose subject holds the stance."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return _passive_conjunct(verb) or _headline_passive(verb)
    if verb.lemma_.lower() in STATIVE_PARTICIPLES and not any(c.dep_ == "agent" for c in verb.children):
        return False
    # "IS militants attacked": a word misread as a passive auxiliary before an active past verb
    return not (verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)
                and not any(c.dep_ == "nsubjpass" for c in verb.children))
