"""Actor predicates used when pairing sources with targets: whether a side is a state, a
seat of government, a people named by nationality, a prepositional mention or armed people
no dictionary knows; the home side of coercion and protest at home (``compatriots``,
``home_protest``); and whether a warning is about a situation rather than a threat."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.clauses import is_passive, subject_of
from newsevents.events.codes import COMPATRIOT_CODES, HOME_CODES
from newsevents.events.locations import foreign_place
from newsevents.events.modality import noun_negated
from newsevents.events.patterns import Lexicon
from newsevents.events.syntax import is_armed_doer, situation_clause
from newsevents.model import STATE_FORCE_ROLES
from newsevents.nlp.lexicon import CLAUSE_POS, PATIENT_DEPS, PLURAL_TAGS

#: roles of the state and its organs
STATE_ROLES = STATE_FORCE_ROLES | {"GOV", "JUD"}


#: codes whose bare numeral object counts people ("arresting 12")
ARREST_CODES = ("173", "175")


def is_state(res: ArgumentResolver, a: Actor) -> bool:
    """True for a state actor: a state role ("Israeli troops" ISRMIL) or a country named
    as such ("Israel", "Moscow"), not a people or group described by a nationality word."""
    if not a.code or not a.code[:3].isalpha() or a.code.startswith(("IGO", "NGO", "IMG")):
        return False
    if a.code[3:6] in STATE_ROLES:
        return True
    if len(a.code) > 3:
        return False
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    end = m.get("tok_end") if m is not None else None
    return end is not None and res.doc[end - 1].pos_ == "PROPN"


def is_seat(res: ArgumentResolver, a: Actor) -> bool:
    """True for a capital or seat of government mention ("Algiers", "the Kremlin")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    return (m is not None and m.get("kind") == "metonym" and bool(a.code)
            and len(a.code) > 3 and a.code[:3].isalpha())


def is_people(res: ArgumentResolver, a: Actor) -> bool:
    """True for people named by a nationality ("Croatian extremists", "Kenyans", code XXX):
    a group of the country's people, not the country, its capital or its government."""
    if not a.code or len(a.code) != 3 or not a.code.isalpha():
        return False
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    end = m.get("tok_end") if m is not None else None
    if end is None or m.get("kind") == "metonym":
        return False
    last = res.doc[end - 1]
    return last.tag_ in PLURAL_TAGS and last.ent_type_ != "GPE" or last.lower_ == "people"


def prepositional(res: ArgumentResolver, a: Actor) -> bool:
    """True when the mention of ``a`` is the object of a preposition ("from the town")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    if m is None or m.get("tok_end") is None:
        return False
    start, end = m.get("tok_start", a.token), m["tok_end"]
    return any(t.dep_ == "pobj" and not (start <= t.head.i < end) for t in res.doc[start:end])


def uncoded_armed(tok: Token | None, lex: Lexicon) -> list[Actor]:
    """``tok`` as an actor with no code when it names armed people ("government forces",
    "gunmen"): an attacker or accused party that the actor dictionaries do not know."""
    return [Actor(None, tok.text, tok.i)] if tok is not None and is_armed_doer(tok, lex) else []


def warns_of_situation(verb: Token, res: ArgumentResolver) -> bool:
    """True when ``verb`` ("warn") only reports a state of affairs ("warning that famine was
    spreading"), not what the warner will do ("warned that it is ready to strike")."""
    against = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "of")
               for g in c.children if g.dep_ == "pobj"]
    addressed = any(res.resolve_all(c) for c in verb.children if c.dep_ == "dobj")
    if against and not addressed and not any(res.resolve_all(g) for g in against):
        return True  # "warned against proposed changes", "warned of a catastrophe": advice, no threat
    comp = situation_clause(verb)
    if comp is None:
        # "warned that inflation would rise": a clause about no actor is about a situation
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in CLAUSE_POS), None)
        subj = subject_of(comp) if comp is not None else None
        if subj is not None and subj.lower_ in ("it", "there") and comp.lemma_.lower() == "be":
            return True  # "warned that it would have been safer to ...", "that there was no time"
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in res.lex["consequences"]:
            return False  # not "that sanctions would follow"
        lemma = subj.lemma_.lower()  # "that the Iraq war could be illegal": a thing, whoever's
        return lemma in res.lex["war"] or lemma in res.lex["abstractions"] or not res.resolve_all(subj)
    own = {a.code[:3] for a in res.resolve_all(subject_of(verb)) if a.code}
    about = {a.code[:3] for a in res.resolve_all(subject_of(comp)) if a.code}
    return not own & about


def compatriots(head: Token, obj: Token | None, code: str, sources: Sequence[Actor],
                res: ArgumentResolver) -> list[Actor]:
    """The state's own country as the target of its coercion at home, when nobody coded is
    named: a ban on protest, curfew or emergency rule (``HOME_CODES``), or an arrest, ban or
    crackdown on uncoded people (``COMPATRIOT_CODES``: "police arrested dozens of
    protesters"); not where a place of another country is named. The actor's token is -3 (the
    state's own people), so that it pairs with a source of the same country."""
    states = [s for s in sources if s.code and s.code[:3].isalpha() and s.code[3:6] in STATE_ROLES]
    if not states or len({s.code[:3] for s in states}) != 1:
        return []
    home = states[0].code[:3]
    people = obj if obj is not None else next(
        (c for c in head.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and is_passive(head))), None)
    if people is not None and not (_is_people_noun(people, res.lex) or code.startswith(ARREST_CODES)
                                   and (people.pos_ == "NUM" or people.lemma_.lower() in res.lex["counts"])):
        people = None  # "arrested 12" are people; "hacked the other six" are not
    if code not in HOME_CODES and not (people is not None and code.startswith(COMPATRIOT_CODES)):
        return []
    for tok in (head, *([people] if people is not None else [])):
        place = foreign_place(tok, res)
        if place and place[0].code and place[0].code[:3] != home:
            return []
    return [Actor(home, people.text if people is not None else "", -3)]


def _is_people_noun(tok: Token, lex: Lexicon) -> bool:
    """True for an uncoded noun of people or of a protest, or a count of them ("dozens of
    students"); a bare number is not (see ``compatriots``: "hacked the other six")."""
    lemma = tok.lemma_.lower()
    if lemma in lex["people"] or tok.lower_ in lex["people"] or lemma in lex["gatherings"]:
        return True
    if tok.pos_ == "NUM" or lemma in lex["counts"] or tok.lower_ in lex["counts"]:
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return bool(of) and _is_people_noun(of[0], lex)
    return False


def home_protest(verb: Token, obj: Token | None, sources: Sequence[Actor],
                 res: ArgumentResolver) -> list[Actor]:
    """The protesters' own country as the target of a protest held at home with nobody named
    ("Young Algerians blocked roads in Algiers", "students throughout Indonesia staged
    demonstrations"): the country of the protest's place, when a source is of that country.
    A protest abroad keeps no target (it is often at an embassy, or about a third country)."""
    if obj is not None and obj.lemma_.lower() in res.lex["mourning"]:
        return []  # a vigil or funeral mourns; it is not aimed at the authorities
    for tok in (verb, *([obj] if obj is not None else [])):
        place = foreign_place(tok, res)
        if place and place[0].code:
            home = place[0].code[:3]
            if any(s.code and s.code[:3] == home for s in sources):
                return [Actor(home, place[0].text, -3)]
            return []
    # no place named: people protest at home ("French rail workers went on strike")
    countries = {s.code[:3] for s in sources if s.code and s.code[:3].isalpha()
                 and not s.code.startswith(("IGO", "NGO", "IMG", "MNC"))}
    return [Actor(countries.pop(), "", -3)] if len(countries) == 1 else []


def other_sense(verb: Token, code: str, res: ArgumentResolver) -> bool:
    """True when the verb is used in a sense its code does not mean: "demonstrating Russia's
    clout" shows, it does not protest; "the midfielder was dismissed" is sent off, not a
    rejection of anyone."""
    lemma = verb.lemma_.lower()
    if code[:2] == "14" and lemma == "demonstrate":
        return any(c.dep_ == "dobj" for c in verb.children)
    if verb.lower_ == "staged" and code[:2] in ("18", "19", "20"):
        # "had evidence that the attack was staged (with the help of ...)": made up, by the claim
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return patient is not None and noun_negated(patient)
    if code[:4] == "1712":  # "destroyed their chemical stocks", "destroying evidence": not another's property
        return any(c.dep_ == "dobj" and c.lemma_.lower() in res.lex["records"] for c in verb.children)
    if code[:2] == "12" and lemma == "dismiss":
        patient = next((c for c in verb.children if c.dep_ in PATIENT_DEPS), None)
        return patient is not None and (patient.lemma_.lower() in res.lex["people"]
                                        or patient.ent_type_ == "PERSON" or patient.pos_ == "PRON")
    return False

