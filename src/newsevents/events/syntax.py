"""Shapes of the parse that event frames depend on: complements, clauses, measure nouns."""
from __future__ import annotations

from typing import Any, Sequence

from spacy.tokens import Token

from newsevents.events.arguments import is_passive

#: object nouns that only measure or carry their "of" complement ("tons of aid",
#: "the return of inspectors"): frames match the complement's lemma
CONTAINER_NOUNS = frozenset({
    "ton", "tonne", "dollar", "euro", "million", "billion", "kg", "kilogram", "pound", "shipment",
    "consignment", "batch", "package", "amount", "lot", "load", "cargo", "planeload",
    "truckload", "worth", "number", "quantity", "return", "deployment", "entry", "dispatch",
    "delivery", "supply", "round", "barrage", "volley", "hail", "series", "wave", "part",
    "portion", "half", "rest", "bulk", "hundred", "thousand", "dozen", "score"})
#: durations a light verb's event noun may be measured in ("launched ten days of war games")
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "round", "series", "wave"})
#: prepositions that attach a violent event noun to the clause whose subject fought it
#: ("took the town after days of fighting with rebels")
ADJUNCT_PREPS = frozenset({"after", "during", "in", "following"})

FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "unit", "battalion", "brigade",
                         "contingent", "warship", "marine", "paratrooper", "peacekeeper"})
PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "blue"})


#: heads of phrases naming armed doers that may have no actor code ("government forces",
#: "gunmen", "rebels"): a speaker who reports their attack accuses them (target "---")
ARMED_NOUNS = FORCE_NOUNS | frozenset({
    "rebel", "militant", "insurgent", "gunman", "fighter", "militia", "militiaman", "guerrilla",
    "jihadist", "extremist", "separatist", "attacker", "assailant", "terrorist", "police",
    "policeman", "jet", "warplane", "gunship", "militiamen", "gunmen"})


def is_armed_doer(tok: Token | None) -> bool:
    """True when ``tok`` heads a phrase naming armed people or craft ("government forces",
    "unidentified gunmen", "rebels"), not a pronoun or a person's name."""
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ARMED_NOUNS


def force_noun(subj: Token | None) -> str | None:
    """"peacekeeping" or "forces" when ``subj`` is a military unit ("the first deployment of
    NATO peacekeeping troops", "Bangladeshi soldiers"); else None."""
    if subj is None:
        return None
    node = subj
    if node.lemma_.lower() in CONTAINER_NOUNS:
        node = next((g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), node)
    lemma = node.lemma_.lower()
    if lemma not in FORCE_NOUNS:
        return None
    if lemma in PEACEKEEPING or any(c.lemma_.lower() in PEACEKEEPING for c in node.children
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
            and prev.head.head.i == verb.i and prev.pos_ in ("NOUN", "PROPN"))


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


#: heads of noun phrases that name protesting crowds ("Ukrainian protesters", "a mob")
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "marcher"})


#: words of weapons use: protesters who fire or bomb are fighting, not rioting
WEAPON_WORDS = frozenset({"fire", "shoot", "shell", "bomb", "rocket", "missile", "mortar",
                          "grenade", "gun", "rifle", "artillery", "drone", "explosive"})


def is_crowd(tok: Token | None) -> bool:
    """True when ``tok`` heads a phrase naming protesters or rioters."""
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    return lemma in CROWD_NOUNS or tok.lower_.rstrip("s") in CROWD_NOUNS


def is_riot(verb: Token, actor: Token | None) -> bool:
    """True when a crowd of protesters does ``verb`` without weapons ("protesters stormed
    the embassy"; not "protesters fired rockets")."""
    return is_crowd(actor) and verb.lemma_.lower() not in WEAPON_WORDS and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WEAPON_WORDS for c in verb.children)


SUBJUNCTIVE_AUX = frozenset({"be", "should"})


def is_demand_clause(tok: Token) -> bool:
    """A clause complement in the subjunctive ("demanded that Iran *free* them", "that
    control *be* taken away", "that they *should* leave"): what is asked, not what happened."""
    if tok.dep_ not in ("ccomp", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if auxes:
        return any(a.lower_ in SUBJUNCTIVE_AUX and a.tag_ in ("VB", "VBP", "MD") for a in auxes)
    return tok.tag_ in ("VB", "VBP")


#: verbs whose infinitive the parser may attach as a purpose clause ("have sworn to fight")
COMMISSIVE = frozenset({"swear", "vow", "pledge", "promise", "threaten", "agree", "refuse",
                        "decline", "undertake", "resolve", "commit", "pressure", "pressurize",
                        "pressurise", "press", "urge", "force", "order", "encourage"})


def is_infinitive_comp(tok: Token) -> bool:
    """An xcomp, or a clause complement with infinitival "to"."""
    if tok.dep_ == "xcomp":
        return True
    dep = tok.dep_
    if dep == "advcl" and tok.head.lemma_.lower() not in COMMISSIVE:
        return False
    return (dep in ("ccomp", "acl", "relcl", "advcl") and tok.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children))


def frame_pobjs(verb: Token, pat: Any) -> list[Token]:
    """The objects of ``verb``'s prepositions that satisfy a frame's ``prep``/``pobj``."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (pat.prep or ())
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in pat.pobj]


def has_mod(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words
               for c in tok.children)


#: entity types of a time phrase: "on Monday" is no frame preposition ("called on X")
TIME_ENTS = frozenset({"DATE", "TIME"})


def prep_match(preps: Sequence[Token], prep: frozenset[str], pobj: frozenset[str] | None) -> bool:
    """Whether one of ``preps`` is a frame preposition (with the required object, if any);
    a preposition of a date or time ("called up reservists on Monday") is not."""
    for c in preps:
        if c.lower_ in prep and not any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS
                                        for g in c.children):
            if pobj is None:
                return True
            if any(g.dep_ == "pobj" and g.lemma_.lower() in pobj for g in c.children):
                return True
    return False


#: auxiliaries of a clause about what will or may happen ("warned that it would respond")
FUTURE_AUX = frozenset({"will", "would", "shall", "could", "might", "may", "'ll", "'d", "wo"})


def situation_clause(verb: Token) -> Token | None:
    """The "that" clause of ``verb`` when it states how things are rather than what will
    happen ("warning that famine was spreading"; not "warned that it would respond")."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return None
    # "warned the two were under scrutiny and it would act": a conjoined clause may say it
    clauses = [comp] + [c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if any(a.dep_ in ("aux", "auxpass") and a.lower_ in FUTURE_AUX
           for cl in clauses for a in cl.children):
        return None
    return comp

