"""Argument slots of a frame: targets by dependency or preposition, places, clause
subjects, and actor tests used when pairing sources with targets."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver, is_passive, subject_of
from newsevents.events.codes import PURPOSE_OF_PROTEST
from newsevents.events.frames import FrameMatcher
from newsevents.events.syntax import CONTAINER_NOUNS, is_armed_doer, is_infinitive_comp, situation_clause

#: prepositions of a place phrase looked up in ``doc._.places``
AROUND_PREPS = frozenset({"in", "at", "across", "throughout", "near"})
#: nouns whose "of" phrase names the place itself ("the town of Kobani")
TERRITORY_NOUNS = frozenset({"city", "town", "village", "province", "region", "district",
                             "island", "port", "capital", "state", "county"})
#: target prepositions that name a place
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across",
                         "throughout"})


def target_slots(head: Token, obj: Token | None, specs: Sequence[str],
                 res: ArgumentResolver) -> list[Actor]:
    """Actors of the first target slot (in pattern order) that yields any."""
    passive = is_passive(head)
    for spec in specs:
        toks: list[Token] = []
        if spec == "dobj":
            toks = [c for c in head.children
                    if c.dep_ == "dobj" or (passive and c.dep_ == "nsubjpass")]
            if not toks:  # "attacked and occupied X": conjoined verbs share the object
                toks = [g for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        for g in c.children if g.dep_ == "dobj"][:1]
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
        else:
            holders = [head] if obj is None else [head, obj]
            if obj is not None and obj.lemma_.lower() in CONTAINER_NOUNS:
                # "suspended part of its aid program for Malawi": the measured noun's phrase
                holders += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"][:1]
            toks = [g for h in holders for c in h.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == spec
                    for g in c.children if g.dep_ == "pobj"]
        actors = [a for t in toks for a in res.resolve_all(t) if a.code]
        if actors and spec in PLACE_PREPS:
            # "a curfew in Algiers": a seat of government after a place preposition is
            # the place (the country), not the government it stands for elsewhere
            actors = [a._replace(code=a.code[:3]) if is_seat(res, a) else a for a in actors]
        if actors:
            if spec == "between":
                actors = [a._replace(token=-2) for a in actors]  # -2 marks a "between" party
            return actors
    return []

# -- nouns --------------------------------------------------------------------------


def purpose_targets(frames: FrameMatcher, head: Token, res: ArgumentResolver) -> list[Actor]:
    """Targets of a protest's purpose ("marched to demand the resignation of X" -> X):
    CAMEO codes the protest against the one it makes demands of or criticises."""
    for c in head.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for pat, obj in frames.verb_matches(c):
                if pat.code[:2] in PURPOSE_OF_PROTEST or pat.code[:2] == "14":
                    found = target_slots(c, obj, pat.targets, res)
                    if found:
                        return found
    return []


def place_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at phrase on ``verb`` ("rioted at a jail in Dili" -> TLS)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "across", "throughout"):
            for g in c.children:
                if g.dep_ == "pobj":
                    a = res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        return [a._replace(code=a.code[:3])]
    return []


def origin_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of a from-phrase on ``verb`` ("rockets were fired from Lebanon" -> LBN)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for g in c.children:
                if g.dep_ == "pobj":
                    a = res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        return [a._replace(code=a.code[:3])]
    return []


def foreign_place(tok: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at place phrase on ``tok`` (or the "of" name of a territory
    noun: "took the city of Mosul"), also for places no actor dictionary knows (regions,
    cities) through ``doc._.places``."""
    found = place_of(tok, res)
    if found:
        return found
    places = tok.doc._.places or ()
    preps = AROUND_PREPS | ({"of"} if tok.lemma_.lower() in TERRITORY_NOUNS else frozenset())
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



STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


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


def uncoded_armed(tok: Token | None) -> list[Actor]:
    """``tok`` as an actor with no code when it names armed people ("government forces",
    "gunmen"): an attacker or accused party that the actor dictionaries do not know."""
    return [Actor(None, tok.text, tok.i)] if tok is not None and is_armed_doer(tok) else []


def warns_of_situation(verb: Token, res: ArgumentResolver) -> bool:
    """True when ``verb`` ("warn") only reports a state of affairs ("warning that famine was
    spreading"), not what the warner will do ("warned that it is ready to strike")."""
    comp = situation_clause(verb)
    if comp is None:
        return False
    own = {a.code[:3] for a in res.resolve_all(subject_of(verb)) if a.code}
    about = {a.code[:3] for a in res.resolve_all(subject_of(comp)) if a.code}
    return not own & about

