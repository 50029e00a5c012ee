"""Target slots of a frame: targets by dependency or preposition (objects, datives, tolls,
owners, prepositional phrases), recipients, beneficiaries, the targets of a protest's stance
or purpose, and the coded subjects and controlled objects of clauses. Where an act happens is
:mod:`newsevents.events.locations`; tests of what kind of actor a side is,
:mod:`newsevents.events.predicates`."""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Sequence

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.clauses import is_passive, patient_of
from newsevents.events.codes import HOSTILE_PURPOSES, PURPOSE_OF_PROTEST, VERBAL_CONFLICT
from newsevents.events.frames import FrameMatcher
from newsevents.events.patterns import Lexicon
from newsevents.events.predicates import is_seat
from newsevents.events.syntax import is_infinitive_comp
from newsevents.nlp.lexicon import CLAUSE_POS, NOMINAL_SUBJECT_DEPS, PLACE_PREPS, RELATIVE


def target_slots(head: Token, obj: Token | None, specs: Sequence[str],
                 res: ArgumentResolver) -> list[Actor]:
    """Actors of the first target slot (in pattern order) that yields any."""
    passive = is_passive(head)
    holders: list[Token] | None = None
    for spec in specs:
        toks: list[Token] = []
        if spec == "dobj":
            toks = _objects(head, passive)
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
        elif spec == "with" and any(t.lower_ == "against" and t.dep_ == "prep" for t in head.subtree):
            continue  # "fought with US forces in the fight against Isis": allies, not the enemy
        else:
            if holders is None:
                holders = _prep_holders(head, obj, res.lex)
            toks = [g for h in holders for c in h.children
                    if c.lower_ == spec and c.dep_ in ("prep", "dative") for g in prep_objects(c)]
            if not toks and spec == "against":  # "protested outside the stadium against X"
                toks = [g for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                        for a in p.children if a.dep_ == "prep" and a.lower_ == spec for g in prep_objects(a)]
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


def _objects(head: Token, passive: bool) -> list[Token]:
    """The direct objects of ``head``: its own, a passive's patient, a conjoined verb's
    shared object, an object shifted past an "as" phrase, or a controlled object the parser
    made the subject of an infinitive."""
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
    return toks


def _within_clause(tok: Token, verb: Token) -> bool:
    """True when ``tok``'s heads reach ``verb`` through nouns and prepositions only."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in CLAUSE_POS or node.head.i == node.i:
            return False
        node = node.head
    return True


def partner_of(tok: Token, lex: Lexicon, phrase: bool = True) -> Token:
    """``tok``, or: for a relative pronoun its antecedent; for a noun with a by-phrase its
    doer; for a relation noun the object of its with/between phrase; for a conflict noun in a
    prepositional slot (``phrase``: "for a war against X"; not an object: "urging attacks on
    X" asks someone else to attack) that of its against/on phrase."""
    if tok.lower_ in RELATIVE:
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if rel is not None:
            return rel.head  # "Iran, with which Russia has partnered": Iran
    if tok.pos_ == "NOUN":
        by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"), None)
        if by is not None:
            return by  # "welcomed the mission by the OPCW", "condemned the move by Iran"
    lemma = tok.lemma_.lower()
    if lemma in lex["war"] and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        # "respond to the attacks on Russian airfields": the one answered is the attacker
        return next((g for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                     for g in ([c] if c.dep_ == "poss" else c.children) if g.dep_ in ("poss", "pobj")), tok)
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
            if g.dep_ in NOMINAL_SUBJECT_DEPS and g.left_edge.i == prep.i + 1]


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


def hostile_purpose_targets(frames: FrameMatcher, head: Token, res: ArgumentResolver) -> list[Actor]:
    """The side a fight is fought against, named in its purpose ("fought alongside the SDF to
    oust Isis from Raqqa" -> Isis)."""
    for c in head.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if c.lemma_.lower() in res.lex["hostile_aims"]:
                found = target_slots(c, None, ("dobj",), res)
                if found:
                    return found
            for pat, obj in frames.verb_matches(c):
                if pat.code[:2] in HOSTILE_PURPOSES:
                    found = target_slots(c, obj, pat.targets, res)
                    if found:
                        return found
    return []


def addressee_of_conjunct(frames: FrameMatcher, verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The one a verbal act is aimed at, from the act it is coordinated with ("accused the US
    of bad faith and delivered an ultimatum" -> the US)."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return []
    head = verb.head
    for pat, obj in frames.verb_matches(head):
        if pat.code[:2] in VERBAL_CONFLICT:
            return target_slots(head, obj, pat.targets, res)
    return []


def clause_subject(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The coded subject (or passive agent) of a clause."""
    subj = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    return [a for a in res.resolve_all(subj) if a.code] if subj is not None else []


def controlled_object(verb: Token, comp: Token, res: ArgumentResolver) -> list[Actor]:
    """The coded object of an object-control use ("wants Iran to ..."), if any."""
    args = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
    args += [c for c in comp.children if c.dep_ == "nsubj" and c.i > verb.i]
    return [a for c in args for a in res.resolve_all(c) if a.code]
