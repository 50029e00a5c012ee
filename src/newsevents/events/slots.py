"""Argument slots of a frame: targets by dependency or preposition, places, clause
subjects, and actor tests used when pairing sources with targets."""
from __future__ import annotations

from collections import Counter
from types import MappingProxyType
from typing import Mapping, Sequence

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver, is_passive, patient_of, subject_of
from newsevents.events.codes import COMPATRIOT_CODES, HOME_CODES, PURPOSE_OF_PROTEST
from newsevents.events.frames import FrameMatcher
from newsevents.events.patterns import Lexicon
from newsevents.events.syntax import is_armed_doer, is_infinitive_comp, situation_clause
from newsevents.model import STATE_FORCE_ROLES
from newsevents.nlp.lexicon import ANSWERED_PREPS, AROUND_PREPS, PLACE_PREPS


def target_slots(head: Token, obj: Token | None, specs: Sequence[str],
                 res: ArgumentResolver) -> list[Actor]:
    """Actors of the first target slot (in pattern order) that yields any."""
    passive = is_passive(head)
    holders: list[Token] | None = None
    for spec in specs:
        toks: list[Token] = []
        if spec == "dobj":
            toks = [c for c in head.children if c.dep_ == "dobj"]
            if passive and not toks:
                toks = [p for p in [patient_of(head)] if p is not None]
            if not toks:
                # "attacked and occupied X": conjoined verbs share the object (not "refused
                # to deploy troops and urged its citizens to ...")
                toks = [g for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        for g in c.children if g.dep_ == "dobj"][:1]
                if toks and any(is_infinitive_comp(c) for c in head.children):
                    toks = []
            if not toks:
                # "denounced as a crime Serbia's crackdown": a long object shifted past the
                # verb's "as" phrase is parsed as that phrase's apposition
                toks = [a for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj"
                        for a in g.children if a.dep_ == "appos"][:1]
            if not toks and head.pos_ == "VERB":
                # "allowed Russia to open ...": the parser makes the controlled object
                # the subject of the infinitive
                toks = [g for c in head.children if c.dep_ in ("ccomp", "xcomp")
                        and is_infinitive_comp(c) for g in c.children
                        if g.dep_ == "nsubj" and head.i < g.i < c.i][:1]
        elif spec == "dative":
            toks = [c for c in head.children if c.dep_ == "dative"]
            toks += [g for c in toks if c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]
        elif spec == "toll":
            # "..., killing three soldiers", "..., leaving two people injured" (also hung on
            # the last noun of the clause: "exploded near the area leaving two injured")
            toks = [g for c in head.subtree if c.tag_ == "VBG" and c.i > head.i
                    and c.dep_ in ("advcl", "conj", "acl") and c.lemma_.lower() in res.lex["toll_verbs"]
                    and _within_clause(c, head) for g in c.children if g.dep_ == "dobj"]
        elif spec == "owner":
            actors = owner_of(head, obj, res)
            if actors:
                return actors
            continue
        else:
            if holders is None:
                holders = _prep_holders(head, obj, res.lex)
            toks = [g for h in holders for c in h.children
                    if c.lower_ == spec and c.dep_ in ("prep", "dative") for g in prep_objects(c)]
        actors = [a for t in toks for a in res.resolve_all(partner_of(t, res.lex, t.dep_ == "pobj")) if a.code]
        if actors and spec in PLACE_PREPS:
            # "a curfew in Algiers": a seat of government after a place preposition is
            # the place (the country), not the government it stands for elsewhere
            actors = [a._replace(code=a.code[:3]) if is_seat(res, a) else a for a in actors]
        if actors:
            if spec in ("between", "among"):
                actors = [a._replace(token=-2, mention=a.token) for a in actors]  # -2 marks a "between" party
            return actors
    return []



def _within_clause(tok: Token, verb: Token) -> bool:
    """True when ``tok``'s heads reach ``verb`` through nouns and prepositions only."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


def partner_of(tok: Token, lex: Lexicon, phrase: bool = True) -> Token:
    """``tok``, or for a relation noun the object of its with/between phrase, and for a
    conflict noun in a prepositional slot (``phrase``: "for a war against X"; not an object:
    "urging attacks on X" asks someone else to attack) that of its against/on phrase."""
    lemma = tok.lemma_.lower()
    preps = (("with", "between") if lemma in lex["ties"]
             else ("against", "on") if lemma in lex["war"] and phrase else ())
    if preps:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return tok


def _prep_holders(head: Token, obj: Token | None, lex: Lexicon) -> list[Token]:
    """The words whose prepositional phrases a frame's target slots read: the head, its
    object, the object's conjuncts ("launched artillery, mortar and rocket fire against X")
    and a measured noun's phrase ("suspended part of its aid program for Malawi")."""
    if obj is None:
        return [head]
    holders = [head, obj]
    conj = obj
    for _ in range(3):
        conj = next((c for c in conj.children if c.dep_ == "conj"), None)
        if conj is None:
            break
        holders.append(conj)
    if obj.lemma_.lower() in lex["containers"]:
        holders += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"][:1]
    return holders


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; for one the parser left empty, the subject of a clause
    right after it ("granted asylum to | five officers holed up in ...": officers is the
    subject of "holed")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if objs:
        return objs
    return [g for c in prep.head.children if c.dep_ in ("advcl", "ccomp", "conj", "relcl")
            and c.i > prep.i for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass") and g.left_edge.i == prep.i + 1]


#: modifiers of a speech-act noun that name its issuer (not "a peace plan", "a fresh offer")
OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def owner_of(head: Token, obj: Token | None, res: ArgumentResolver) -> list[Actor]:
    """Who issued the object noun of a frame (or, without one, a speech-act noun after one of
    the head's prepositions: "agreed to US mediation"): its possessor ("rejected North Korea's
    demand"), else a coded nationality or name modifier ("an Indian proposal", "a U.N.
    appeal"); a request, offer or plan stands for the side that made it."""
    nouns = [obj] if obj is not None else [
        g for c in head.children if c.dep_ == "prep"
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in res.lex["speech_acts"]]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "poss":
                found = [a for a in res.resolve_all(c) if a.code]
                if found:
                    return found
        for c in noun.children:
            if c.dep_ in OWNER_DEPS[1:]:
                a = res.index.coded_in(c.subtree)
                if a is not None:
                    return [a]
    return []




def recipient_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The coded recipient of an act no frame codes ("offered to hand over to Britain two
    suspects", "threatened to cut off electricity to X"): its indirect object or to-phrase,
    not the destination of a verb of motion ("agreed to go to Paris")."""
    if verb.lemma_.lower() in res.lex["motion"]:
        return []
    return target_slots(verb, None, ("dative", "to"), res)




def beneficiary_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """Whom an aid act is for, named by its purpose clause ("willing to send material to
    help defend Saudi Arabia" -> SAU): the object of help/defend/protect ..., also through
    a second infinitive ("to help defend X")."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in res.lex["benefit"] \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        for v in (c, *(g for g in c.children if g.dep_ == "xcomp"
                       and g.lemma_.lower() in res.lex["benefit"])):
            found = target_slots(v, None, ("dobj",), res)
            if found:
                return found
    return []




def territory_target(tokens: Sequence[Token], preps: Sequence[str], res: ArgumentResolver,
                     own: set[str], answered: bool = False) -> list[Actor]:
    """The country where a territorial act (a deployment, withdrawal, evacuation, easing of
    emergency rule) takes place, from a phrase with one of ``preps`` (in that order) on one of
    ``tokens`` or on the object moved ("the withdrawal of forces from Panama"); a country in
    ``own`` is left out, as are organisations. With ``answered``, also the place of the event
    the act answers ("expressed sorrow for the shootings in X")."""
    holders = list(tokens)
    # "sent personnel to Bosnia to investigate": a purpose clause happens where its act went
    holders += [t.head for t in tokens if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    holders += [c for t in tokens for c in t.children if c.dep_ == "dobj"][:1]
    holders += [g for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    if answered:
        holders += [g for t in holders for c in t.children
                    if c.dep_ == "prep" and c.lower_ in ANSWERED_PREPS
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    places = res.doc._.places or ()
    for prep in preps:
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != prep:
                    continue
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    # a place phrase names the place itself ("in Florida"), not what it
                    # belongs to ("throughout its first year")
                    a = res.index.actor_at(g.i) if answered else res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        if a.code[:3] not in own:
                            return [a._replace(code=a.code[:3])]
                        continue
                    for pl in places:
                        if pl.get("country") and pl["start"] <= g.idx < pl["end"] \
                                and pl["country"] not in own:
                            return [Actor(pl["country"], pl.get("text") or g.text, g.i)]
    return []

# -- nouns --------------------------------------------------------------------------


#: nouns of a stance phrase naming what a protest is against ("in protest against X",
#: "in defiance of X") -> the prepositions after them that name it
STANCE_NOUNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "protest": ("against", "of", "at", "over"), "defiance": ("of",),
    "opposition": ("to",), "response": ("to",)})


def stance_targets(head: Token, res: ArgumentResolver) -> list[Actor]:
    """Whom a protest is against, named by an in-phrase of stance ("staged a hunger strike in
    protest against violations by security forces", "blocked streets in defiance of the
    authorities"): the doer or owner of that phrase's object."""
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "staged a strike in protest"
    for c in (c for h in holders for c in h.children):
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for noun in c.children:
            preps = STANCE_NOUNS.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
            if not preps:
                continue
            found = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                     for g in p.children if g.dep_ == "pobj"
                     for a in res.resolve_all(g) if a.code]
            if found:
                return found
    return []


def purpose_targets(frames: FrameMatcher, head: Token, res: ArgumentResolver) -> list[Actor]:
    """Targets of a protest's purpose ("marched to demand the resignation of X" -> X, "in
    protest against X" -> X): CAMEO codes the protest against the one it makes demands of
    or criticises."""
    found = stance_targets(head, res)
    if found:
        return found
    for c in head.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for pat, obj in frames.verb_matches(c):
                if pat.code[:2] in PURPOSE_OF_PROTEST or pat.code[:2] == "14":
                    found = target_slots(c, obj, pat.targets, res)
                    if found:
                        return found
    return []


def _country_of_prep(verb: Token, res: ArgumentResolver, preps: tuple[str, ...]) -> list[Actor]:
    """The country (first three letters of a state code) of the first resolvable object of
    a ``preps`` phrase on ``verb``; IGOs, NGOs and transnational groups have none."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    a = res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        return [a._replace(code=a.code[:3])]
    return []


def place_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at phrase on ``verb`` ("rioted at a jail in Dili" -> TLS)."""
    return _country_of_prep(verb, res, ("in", "at", "across", "throughout"))


def country_where(tok: Token, res: ArgumentResolver) -> list[Actor]:
    """The country an event at ``tok`` happens in: its own place phrase ("protested in Lima"),
    else the first place named in its sentence, else the country most of the article's
    places are in. The actor has no mention of its own (token -1)."""
    found = foreign_place(tok, res)
    if found:
        return [Actor(found[0].code[:3], "", -1)]
    places = [p for p in tok.doc._.places or () if p.get("country") and p.get("kind") != "demonym"]
    sent = tok.sent
    here = next((p["country"] for p in places if sent.start_char <= p["start"] < sent.end_char), None)
    if here is None and places:
        counts = Counter(p["country"] for p in places)
        top, n = counts.most_common(1)[0]
        here = top if n * 2 >= sum(counts.values()) else None
    return [Actor(here, "", -1)] if here else []


def origin_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of a from-phrase on ``verb`` ("rockets were fired from Lebanon" -> LBN)."""
    return _country_of_prep(verb, res, ("from",))


def foreign_place(tok: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at place phrase on ``tok`` (or the "of" name of a territory
    noun: "took the city of Mosul"), also for places no actor dictionary knows (regions,
    cities) through ``doc._.places``."""
    found = place_of(tok, res)
    if found:
        return found
    places = tok.doc._.places or ()
    preps = AROUND_PREPS | ({"of"} if tok.lemma_.lower() in res.lex["place_nouns"] else frozenset())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for pl in places:
                    if pl.get("country") and pl["start"] <= g.idx < pl["end"]:
                        return [Actor(pl["country"], pl.get("text") or g.text, g.i)]
    return []


def clause_subject(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The coded subject (or passive agent) of a clause."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [a for a in res.resolve_all(subj) if a.code] if subj is not None else []


def controlled_object(verb: Token, comp: Token, res: ArgumentResolver) -> list[Actor]:
    """The coded object of an object-control use ("wants Iran to ..."), if any."""
    args = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
    args += [c for c in comp.children if c.dep_ == "nsubj" and c.i > verb.i]
    return [a for c in args for a in res.resolve_all(c) if a.code]



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


def prepositional(res: ArgumentResolver, a: Actor) -> bool:
    """True when the mention of ``a`` is the object of a preposition ("from the town")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    if m is None or m.get("tok_end") is None:
        return False
    start, end = m.get("tok_start", a.token), m["tok_end"]
    return any(t.dep_ == "pobj" and not (start <= t.head.i < end) for t in res.doc[start:end])


def is_seat(res: ArgumentResolver, a: Actor) -> bool:
    """True for a capital or seat of government mention ("Algiers", "the Kremlin")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    return (m is not None and m.get("kind") == "metonym" and bool(a.code)
            and len(a.code) > 3 and a.code[:3].isalpha())


def uncoded_armed(tok: Token | None, lex: Lexicon) -> list[Actor]:
    """``tok`` as an actor with no code when it names armed people ("government forces",
    "gunmen"): an attacker or accused party that the actor dictionaries do not know."""
    return [Actor(None, tok.text, tok.i)] if tok is not None and is_armed_doer(tok, lex) else []


def warns_of_situation(verb: Token, res: ArgumentResolver) -> bool:
    """True when ``verb`` ("warn") only reports a state of affairs ("warning that famine was
    spreading"), not what the warner will do ("warned that it is ready to strike")."""
    comp = situation_clause(verb)
    if comp is None:
        # "warned that inflation would rise": a clause about no actor is about a situation
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        subj = subject_of(comp) if comp is not None else None
        return subj is not None and subj.pos_ == "NOUN" and not res.resolve_all(subj)
    own = {a.code[:3] for a in res.resolve_all(subject_of(verb)) if a.code}
    about = {a.code[:3] for a in res.resolve_all(subject_of(comp)) if a.code}
    return not own & about



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
    return last.tag_ in ("NNS", "NNPS") and last.ent_type_ != "GPE" or last.lower_ == "people"


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
