"""Shapes of the parse that event frames depend on: complements, clauses, measure nouns."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from spacy.tokens import Token

from newsevents.events.clauses import headline_verb, is_passive
from newsevents.events.patterns import PLACE_WORD, Lexicon
from newsevents.nlp.lexicon import (
    ADJUNCT_PREPS,
    AUX_DEPS,
    CLAUSE_POS,
    COLLECTIVE_ENTS,
    COMMISSIVE_VERBS,
    NAMED_THING_LABELS,
    NOMINAL_POS,
    NOMINAL_SUBJECT_DEPS,
    PATIENT_DEPS,
    PLURAL_TAGS,
    PROSPECTIVE_AUX,
    SUBJUNCTIVE_AUX,
    TIME_ENTS,
)


def is_armed_doer(tok: Token | None, lex: Lexicon) -> bool:
    """True when ``tok`` heads a phrase naming armed people or craft ("government forces",
    "unidentified gunmen", "rebels"; "members of the 4th Brigade"), not a pronoun or a
    person's name."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in lex["armed"]:
        return True
    unit = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                 for g in c.children if g.dep_ == "pobj"), None)
    return unit is not None and unit.pos_ in NOMINAL_POS and unit.lower_.rstrip("s") in lex["armed"]


def force_noun(subj: Token | None, lex: Lexicon) -> str | None:
    """"peacekeeping" or "forces" when ``subj`` is a military unit ("the first deployment of
    NATO peacekeeping troops", "Bangladeshi soldiers"); else None."""
    if subj is None:
        return None
    node = subj
    if node.lemma_.lower() in lex["containers"]:
        node = next((g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), node)
    lemma = node.lemma_.lower()
    if lemma not in lex["troops"] and lemma not in lex["peacekeeper"]:
        return None
    if lemma in lex["peacekeeper"] or any(c.lemma_.lower() in lex["peacekeeper"] for c in node.children
                                     if c.dep_ in ("compound", "amod", "nmod")):
        return "peacekeeping"
    return "forces"


def adjunct_clause(noun: Token, preps: frozenset[str] = ADJUNCT_PREPS) -> Token | None:
    """The active verb a noun is attached to by an after/during/in phrase ("captured the
    town after five days of fighting"), through one measure noun; else None."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "days of fighting"
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or is_passive(verb):
        return None
    return verb


def misparsed_gerund(gerund: Token, verb: Token) -> bool:
    """True for an -ing word the parser made a clause although it ends the noun phrase of an
    in/by phrase on ``verb`` ("wounded in Turkish tank | shelling"): it has no subject or
    object of its own and directly follows that phrase's object."""
    if gerund.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in gerund.children):
        return False
    prev = gerund.doc[gerund.i - 1]
    return (prev.dep_ == "pobj" and prev.head.lower_ in ("in", "by")
            and prev.head.head.i == verb.i and prev.pos_ in NOMINAL_POS)


#: objects that make "take" a statement of participation ("took part in"): the in-phrase's
#: event is the subject's ("played a role in" only says it contributed, and is left alone)
PARTICIPATION_OBJECTS = frozenset({"part"})


def is_participation(verb: Token, obj: Token | None) -> bool:
    """True for "took part": no act of its own."""
    return (obj is not None and obj.lemma_.lower() in PARTICIPATION_OBJECTS
            and verb.lemma_.lower() == "take"
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))


def participation_verb(noun: Token) -> Token | None:
    """The verb that makes its subject a party to ``noun`` ("took part in the killing",
    "participated in the talks"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() in PARTICIPATION_OBJECTS:
        verb = verb.head  # "in" attached to "part"
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() == "participate":
        return verb
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb if is_participation(verb, obj) else None


def is_attempt(verb: Token) -> bool:
    """True for the infinitive of "try"/"attempt" ("attempted to assassinate")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("try", "attempt")






def is_demand_clause(tok: Token) -> bool:
    """A clause complement in the subjunctive ("demanded that Iran *free* them", "that
    control *be* taken away", "that they *should* leave"): what is asked, not what happened."""
    if tok.dep_ not in ("ccomp", "acl") or tok.pos_ not in CLAUSE_POS:
        return False
    auxes = [c for c in tok.children if c.dep_ in AUX_DEPS]
    if any(a.lower_ == "to" for a in auxes):
        return False
    if not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in tok.children):
        return False
    if auxes:
        return any(a.lower_ in SUBJUNCTIVE_AUX and a.tag_ in ("VB", "VBP", "MD") for a in auxes)
    return tok.tag_ in ("VB", "VBP")




def is_infinitive_comp(tok: Token) -> bool:
    """An xcomp, or a clause complement with infinitival "to"."""
    if tok.dep_ == "xcomp":
        return True
    dep = tok.dep_
    if dep == "advcl" and tok.head.lemma_.lower() not in COMMISSIVE_VERBS:
        return False
    return (dep in ("ccomp", "acl", "relcl", "advcl") and tok.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children))


#: words whose to-infinitive says what they are for ("used to kill", "trained to attack")
PURPOSE_HOLDERS = frozenset({"use", "design", "train", "build", "buy", "send", "deploy", "develop", "raise", "recruit",
                             "weapon", "tool", "plan", "plot", "capability"})
#: verbs by which an event is witnessed or recorded: their object (or passive subject)
#: happened ("heavy artillery fire was reported", "monitors observed 25 explosions")
WITNESS_VERBS = frozenset({"report", "hear", "observe", "record", "register", "document", "see", "witness"})
#: verbs whose purpose clause is how the act was done ("used artillery to bombard the town")
USE_VERBS = frozenset({"use", "employ", "deploy"})
#: verbs of occurrence that are only that with a particle or object ("broke out", "took place")
OCCURRENCE_PARTS = {"break": ("prt", "out"), "take": ("dobj", "place")}
#: occurrence verbs whose object is who or what the event hit ("a blast rocked the market")
HITTING_OCCURRENCE = frozenset({"rock", "hit", "strike", "target", "kill", "injure", "wound", "claim", "leave"})


def occurrence_verb(noun: Token, lemma_of: Callable[[Token], str], lex: Lexicon) -> Token | None:
    """The verb that reports ``noun`` happening ("clashes broke out", "a protest took place",
    "an explosion rocked the market"; in notes, "a clash ensued between ..." with the noun as
    the sentence's root), else None."""
    if noun.dep_ in PATIENT_DEPS and noun.head.lemma_.lower() in WITNESS_VERBS:
        return noun.head  # "monitors observed 25 explosions", "artillery fire was reported"
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "ROOT":
        verb = next((c for c in noun.children if c.dep_ == "acl" and headline_verb(c)), None)
    else:
        return None
    if verb is None or verb.pos_ != "VERB" or lemma_of(verb) not in lex["occurrence"]:
        return None
    part = OCCURRENCE_PARTS.get(lemma_of(verb))
    if part is not None and not any(c.dep_ == part[0] and c.lemma_.lower() == part[1] for c in verb.children):
        return None
    return verb


#: entity labels of names a verb form can belong to ("the Free Syrian Army", "Stop the War")
NAME_ENTS = COLLECTIVE_ENTS | NAMED_THING_LABELS | {"FAC", "PERSON", "LAW"}


def in_name(tok: Token) -> bool:
    """True for a capitalised word inside a name ("the *Free* Syrian Army"), not a verb; at
    the start of a sentence only where the name goes on ("*Free* Syrian Army fighters ..."),
    outside a recognised name only after "the"."""
    if not tok.text[:1].isupper():
        return False
    if tok.ent_type_ not in NAME_ENTS:
        # "the forces known as the *Free* [Syrian] Army": a capital after "the" opens a name
        return not tok.is_sent_start and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    return not tok.is_sent_start or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")


def people_like(tok: Token, lex: Lexicon) -> bool:
    """True when ``tok`` could name people: a plural or a number ("hundreds"), a people,
    collective or body noun ("the government"), a name; not a thing ("a toppled trailer")."""
    lemma = tok.lemma_.lower()
    return (tok.tag_ in PLURAL_TAGS or tok.pos_ in ("NUM", "PROPN", "PRON")
            or lemma in lex["people"] or lemma in lex["collectives"] or lemma in lex["counts"]
            or lemma in lex["bodies"] or tok.ent_type_ in ("ORG", "NORP", "PERSON"))


#: what a source asks not to be when it speaks anonymously ("asked not to be named")
ANONYMITY_VERBS = frozenset({"name", "identify", "quote"})


def anonymity_request(verb: Token) -> bool:
    """True for "asked not to be named" / "requested not to be identified": a reporting
    formula, not a request between actors."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS
               and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def figurative_force(verb: Token, obj: Token | None, lex: Lexicon) -> bool:
    """True when a verb of force has an abstraction for its object or instrument ("kill off
    speculation", "attacked the plan", "bombarded with requests")."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and verb.lemma_.lower() == "kill":
        return True
    objects = [obj] if obj is not None else [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    objects += [c for c in verb.children if c.dep_ == "nsubj"]  # "the squeeze targets Iran's allies"
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for g in c.children if g.dep_ == "pobj"]  # "a campaign against polio"
    if obj is not None:
        objects += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                    for g in c.children if g.dep_ == "pobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in lex["weapons"]
                and g.lemma_.lower() not in lex["explosives"]]
    # through an amount or a volley: "bombarded the minister with a barrage of requests"
    objects += [g for o in objects if o.lemma_.lower() in lex["containers"] for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in lex["abstractions"] for o in objects)


#: what a politician is attacked in words for doing ("attacked Brown for failing to ...");
#: "attacked for demonstrating", "assaulted for alerting the police" are blows
FAULTS = frozenset({"fail", "say", "suggest", "claim", "refuse", "ignore", "neglect", "describe",
                    "handle", "mishandle", "propose", "backtrack", "mislead"})


def verbal_reason(verb: Token, lex: Lexicon) -> bool:
    """True when a verb of force gives its reason as a fault in office ("attacked Brown for
    failing to mention ...", "slammed the minister over her handling of the crisis"): words."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "over"):
            continue
        for g in prep.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in FAULTS or g.dep_ == "pobj" and (
                    g.lemma_.lower() in lex["abstractions"] or g.lemma_.lower() in ("handling", "failure", "role")):
                return True
    return False


def thing_as_doer(verb: Token, lex: Lexicon) -> bool:
    """True when an abstraction is the subject of a verb of force ("the open door approach is
    hitting low-wage workers", "the squeeze targets Iran's allies"): no one is hit, not even in words."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex["abstractions"] for c in verb.children)


def idiomatic_force(verb: Token, obj: Token | None, lex: Lexicon) -> bool:
    """True when a verb of force reaches a level or makes a gesture ("shares hit record
    highs", "struck a balance", "hit his growth target"): no side is hit, not even in words."""
    obj = obj if obj is not None else next((c for c in verb.children if c.dep_ in ("dobj", "advmod", "npadvmod")
                                            and c.lemma_.lower() in lex["reached"] or c.dep_ == "dobj"), None)
    if obj is None:
        return False  # ("it is hitting home": "home" is an adverb here)
    lemma = obj.lemma_.lower()
    return lemma in lex["reached"] or lemma in lex["measures"] and any(
        c.dep_ == "compound" and c.lemma_.lower() in lex["abstractions"] for c in obj.children)


def purpose_of_another(verb: Token) -> bool:
    """True for a to-infinitive that says what something else is for ("weapons used to kill
    people", "drones designed to attack"), not an act that happened; "forces used artillery
    to bombard the area" reports the bombardment."""
    holder = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or holder.lemma_.lower() not in PURPOSE_HOLDERS \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    if holder.pos_ == "NOUN":
        return True
    if holder.pos_ != "VERB":
        return False
    # a participle describing a thing ("weapons used to ..."), a passive with no doer, or an
    # act for a later purpose ("bought the rifles to kill"); using a weapon to do it reports it
    return (holder.dep_ == "acl" or is_passive(holder) and not any(c.dep_ == "agent" for c in holder.children)
            or holder.lemma_.lower() not in USE_VERBS)


def purpose_clauses(verb: Token) -> list[Token]:
    """Clauses that say why ``verb`` was done: a to-infinitive ("gathered to demand") or a
    participle ("gathered outside the ministry demanding ..."), also under one conjunct."""
    out = []
    for c in verb.children:
        if c.pos_ != "VERB" or c.dep_ not in ("advcl", "xcomp", "acl", "ccomp", "conj"):
            continue
        if c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out.append(c)
    return out


def frame_pobjs(verb: Token, pat: Any) -> list[Token]:
    """The objects of the prepositions of ``verb`` (or of its object: "took control *of*
    X") that satisfy a frame's ``prep``/``pobj``."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in (pat.prep or ())
            for g in c.children if g.dep_ == "pobj"
            and (g.lemma_.lower() in pat.pobj or PLACE_WORD in pat.pobj and names_place(g))]


def has_mod(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words
               for c in tok.children)




def names_place(tok: Token) -> bool:
    """True when ``tok`` lies in a place name the place stage found ("seized *Mosul*")."""
    return place_at(tok) is not None


def place_at(tok: Token) -> dict | None:
    """The place name the place stage found that ``tok`` lies in, if any."""
    start = tok.idx
    return next((p for p in tok.doc._.places or () if p["start"] <= start < p["end"]), None)


def prep_match(preps: Sequence[Token], prep: frozenset[str], pobj: frozenset[str] | None) -> bool:
    """Whether one of ``preps`` is a frame preposition (with the required object, if any);
    a preposition of a date or time ("called up reservists on Monday") is not."""
    for c in preps:
        if c.lower_ in prep and not any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS
                                        for g in c.children):
            if pobj is None:
                return True
            if any(g.dep_ == "pobj" and (g.lemma_.lower() in pobj or PLACE_WORD in pobj and names_place(g))
                   for g in c.children):
                return True
    return False




def situation_clause(verb: Token) -> Token | None:
    """The "that" clause of ``verb`` when it states how things are rather than what will
    happen ("warning that famine was spreading"; not "warned that it would respond")."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in CLAUSE_POS), None)
    if comp is None:
        return None
    # "warned the two were under scrutiny and it would act": a conjoined clause may say it
    clauses = [comp] + [c for c in comp.children if c.dep_ == "conj" and c.pos_ in CLAUSE_POS]
    if any(a.dep_ in AUX_DEPS and a.lower_ in PROSPECTIVE_AUX
           for cl in clauses for a in cl.children):
        return None
    return comp

