"""Targets no slot names, and harm that is no one's act: shared by the verb and noun readers."""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.clauses import subject_of
from newsevents.events.codes import VIOLENT_ROOTS, domestic_preps, territorial_preps
from newsevents.events.frames import FrameMatcher
from newsevents.events.locations import country_where, territory_target
from newsevents.events.slots import beneficiary_of, target_slots
from newsevents.model import UNKNOWN_COUNTRY
from newsevents.nlp.lexicon import PATIENT_DEPS, PRONOUN_GENDER

#: fires that kill as blazes do ("a tent fire killed two children"; not "artillery fire")
BLAZES = frozenset({"fire", "blaze", "inferno"})


def implicit_targets(act: str, tok: Token, sources: list[Actor], res: ArgumentResolver) -> list[Actor]:
    """A target no slot names: whom an aid act is for ("sent arms to help defend X"), the
    country a territorial act is aimed at ("withdrawal of forces from Panama", "deploy
    peacekeepers in Iraq"; see ``codes.TERRITORIAL``), or the place of an act a state also
    does at home ("curfew in Kano", "sorrow for the floods in X"; ``codes.DOMESTIC_PLACE``)."""
    found = beneficiary_of(tok, res) if act[:2] == "07" else []
    preps = territorial_preps(act)
    if not found and preps:
        found = territory_target([tok], preps, res, {s.code[:3] for s in sources if s.code})
    preps = domestic_preps(act)
    if not found and preps and any(s.code for s in sources):
        # at home too ("declared a state of emergency in Florida"), and where the event it
        # answers happened ("sorrow for the shootings in X"); only for a coded source, never
        # the source itself
        found = territory_target([tok], preps, res, {s.code for s in sources if s.code}, answered=True)
    return found


def claimed_targets(frames: FrameMatcher, obj: Token, res: ArgumentResolver) -> list[Actor]:
    """The target of the attack a responsibility is claimed for ("claimed responsibility for
    the bombing of X", "... for an attack at a market in X"): its target slot, else the first
    country named in its phrase."""
    for c in obj.children:
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for noun in c.children:
            npat = frames.match_noun(noun) if noun.dep_ == "pobj" else None
            if npat is None or npat.code[:2] not in VIOLENT_ROOTS:
                continue
            found = target_slots(noun, None, npat.targets, res)
            return found or [a for a in (res.index.actor_at(t.i) for t in noun.subtree if t.i > noun.i)
                             if a is not None and a.code and a.code[:3].isalpha()
                             and not a.code.startswith(("IGO", "NGO", "IMG"))][:1]
    return []


def civilian_place(verb: Token, obj: Token | None, res: ArgumentResolver) -> list[Actor]:
    """The civilians of a place where people live, work or pray that an attack hit ("attacked
    a village", "shelled a market", "stormed a school"), of the country where it lies."""
    places = [obj] if obj is not None else [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    places += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for g in c.children if g.dep_ == "pobj"]
    hit = next((p for p in places if p.lemma_.lower() in res.lex["civilian_places"]), None)
    if hit is None:
        return []
    where = country_where(hit, res) or country_where(verb, res)
    country = where[0].code if where else UNKNOWN_COUNTRY
    return [Actor(country + "CVL", hit.text, -1)]


def unnamed_person(verb: Token, obj: Token | None, res: ArgumentResolver) -> list[Actor]:
    """A person hurt by an act of force whom no side claims ("security forces shot him", "shot
    Ahmed Ali dead", "a man was beaten"): a civilian of the country where it happened."""
    if verb.lemma_.lower() not in res.lex["bodily_force"]:
        return []  # "hit by reports of poor sales", "targeted because he funded ...": figures of speech
    objs = [obj] if obj is not None else [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    hit = next((o for o in objs if o.lower_ in PRONOUN_GENDER or o.ent_type_ == "PERSON"
                or o.pos_ == "NOUN" and o.lemma_.lower() in res.lex["people"]), None)
    if hit is None:
        return []
    known = res.resolve(hit)  # "shot him": whom the pronoun stands for, if a side
    if known is not None and known.code:
        return []
    where = country_where(hit, res) or country_where(verb, res)
    country = where[0].code if where else UNKNOWN_COUNTRY
    return [Actor(country + "CVL", hit.text, -1)]


def by_mishap(verb: Token, res: ArgumentResolver) -> bool:
    """True when an accident, disaster, illness or blaze did the harm: the subject or the
    object of an in/by phrase on the verb is one ("killed in a road accident", "a storm hit
    the coast", "a tent fire killed two children"), or the subject is a vehicle or a structure
    ("a bus plunged into a ravine, killing 27"), unless a side owns it ("Israeli aircraft")."""
    mishaps = res.lex["mishaps"]
    subj = subject_of(verb)
    found = None if subj is None else res.index.actor_at(subj.i)
    owned = found is not None and found.code is not None
    if subj is not None and (subj.lemma_.lower() in mishaps
                             or subj.lemma_.lower() in res.lex["mishap_things"] and not owned
                             or subj.lemma_.lower() in BLAZES and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in res.lex["weapons"] for c in subj.children)):
        return True
    return any(g.lemma_.lower() in mishaps for c in verb.children
               if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj")
