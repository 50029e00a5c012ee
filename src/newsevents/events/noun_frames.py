"""An event noun read with its frame, in named steps: how it is reported, its sides, its
embedded act, and whether it names an event at all.

An event noun names an event when a light verb carries it ("held talks", "launched an
attack"), when the report says it happened ("clashes broke out", "fire was reported"), or
when it names both sides ("China's assistance to Pakistan"). :func:`read_noun_frame` runs
the steps in order; a step returns False when the noun codes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.assembly import pair_events
from newsevents.events.clauses import agent_of, is_passive, subject_of
from newsevents.events.codes import VIOLENT_ROOTS, domestic_preps, embed_code, territorial_preps
from newsevents.events.frames import FrameMatcher
from newsevents.events.locations import country_where
from newsevents.events.modality import Modality, modality_of, noun_negated, noun_prospective
from newsevents.events.patterns import Pattern
from newsevents.events.predicates import home_protest
from newsevents.events.slots import clause_subject, purpose_targets, target_slots
from newsevents.events.syntax import (
    HITTING_OCCURRENCE,
    adjunct_clause,
    is_demand_clause,
    occurrence_verb,
    participation_verb,
)
from newsevents.events.targets import civilian_place, implicit_targets
from newsevents.events.violence import is_armed
from newsevents.nlp.lexicon import CLAUSE_POS, GRIEVANCE_PREPS, PATIENT_DEPS


@dataclass
class NounReading:
    """One event noun read with its frame, as the steps fill it in."""

    noun: Token
    pat: Pattern
    res: ArgumentResolver
    frames: FrameMatcher
    light_verbs: frozenset[str]
    consumed: set[int]
    head: Token | None = None  # the verb that carries or reports the noun
    light: bool = False  # carried by a light verb ("held talks")
    occurs: bool = False  # reported as happening ("clashes broke out")
    joint: bool = False  # several subjects of the clause the noun is the purpose of
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    code: str = ""
    rule: str = ""
    trigger: list[Token] = field(default_factory=list)


def _grievance(noun: Token, frames: FrameMatcher, res: ArgumentResolver) -> bool:
    """True for an event noun that a protest is against, over or after ("protested against
    the killings", "a rally over the arrests", "blocked streets to express their anger
    following the killing of a trader")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in GRIEVANCE_PREPS:
        return False
    holder = prep.head
    for _ in range(3):
        if holder.pos_ != "VERB":
            break
        found = frames.match_verb(holder)
        if found is not None and found[0].code[:2] == "14":
            return True
        if holder.dep_ not in ("xcomp", "advcl", "conj") or holder.head.i == holder.i:
            return False
        holder = holder.head  # "blocked streets to express their anger following ..."
    if holder.pos_ == "VERB":
        return False
    lemma = holder.lemma_.lower()
    return holder.pos_ == "NOUN" and (lemma in res.lex["gatherings"] or lemma in res.lex["protest_forms"])


def carrier(r: NounReading) -> bool:
    """The verb that carries the noun (a light verb, "took part in") or reports it happening."""
    noun, res = r.noun, r.res
    if noun.dep_ == "dobj" and r.frames.verb_lemma(noun.head) in res.lex["condemnation"]:
        return False  # "condemning Israeli aggression": the condemnation is the act reported
    if _grievance(noun, r.frames, res):
        return False  # "a rally against the killings of nationals": the protest is the act reported
    head, carried = noun.head, noun
    if (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in res.lex["durations"]):
        carried = head.head  # "launched ten days of war games": the games are launched
        head = carried.head
    r.light = (carried.dep_ in PATIENT_DEPS and head.pos_ == "VERB"
               and r.frames.verb_lemma(head) in r.light_verbs)
    if not r.light:
        party = participation_verb(carried)  # "took part in the killing"
        if party is not None:
            head, r.light = party, True
    occurring = None if r.light else occurrence_verb(carried, r.frames.verb_lemma, res.lex)
    r.occurs = occurring is not None
    r.head = occurring if r.occurs else head
    return True


def noun_sources(r: NounReading) -> bool:
    """Who acts: a possessor or coded modifier ("Israel's strikes"), a by/from phrase, the
    light verb's subject, the subject of the clause the noun is the purpose or adjunct of."""
    noun, pat, res, head = r.noun, r.pat, r.res, r.head
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        (r.targets if pat.poss == "target" else r.sources).extend(res.resolve_all(poss))
    if not r.sources:
        r.sources = [a for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                     for a in [res.index.coded_in(c.subtree)] if a is not None][:1]
    if not r.sources:
        # "the withdrawal from Syria": "from" is the place of a territorial act, not its doer
        doers = ("by",) if "from" in territorial_preps(pat.code) else ("by", "from")
        by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in doers
              for g in c.children if g.dep_ == "pobj"]
        by += [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if by:  # "an attack by X", "shells fired by X"
            r.sources = res.resolve_all(by[0])
    if not r.sources and r.light:
        r.sources = res.resolve_all(agent_of(head) if is_passive(head) else subject_of(head))
    if not r.sources and not r.light and pat.code[:2] == "04":
        clause = adjunct_clause(noun, frozenset({"for"}))
        if clause is not None:  # "negotiators return to Geneva for talks"
            r.sources = res.resolve_all(subject_of(clause))
            r.joint = sum(1 for a in r.sources if a.code) >= 2
    if not r.sources and not r.light and pat.code[:2] in VIOLENT_ROOTS:
        clause = adjunct_clause(noun)
        if clause is not None:  # "took the town after days of fighting with rebels"
            r.sources = res.resolve_all(subject_of(clause))
    if pat.code == "143" and any(is_armed(a) for a in r.sources):
        # "the strikes had been carried out by the Syrian air force": force, not a walkout
        r.pat = replace(pat, code="190", rule=f"{pat.rule}>armed")
    return True


def noun_targets(r: NounReading) -> bool:
    """Whom the event is aimed at: the noun's own slots, then the carrying verb's, then a
    protest's purpose; the people of a protest's place as its source."""
    noun, pat, res, head = r.noun, r.pat, r.res, r.head
    r.targets = r.targets or target_slots(noun, None, pat.targets, res)
    if not r.targets and r.light:
        r.targets = target_slots(head, None, [t for t in pat.targets if t != "dobj"], res)
    if not r.targets and r.occurs and r.frames.verb_lemma(head) in HITTING_OCCURRENCE:
        r.targets = target_slots(head, None, ["dobj"], res)
        if not r.targets and pat.code[:2] in VIOLENT_ROOTS:
            r.targets = civilian_place(head, None, res)  # "shells struck a clinic": its people
    if not r.targets and r.occurs:
        r.targets = target_slots(head, None, [t for t in pat.targets if t != "dobj"], res)
    if not r.targets and pat.code[:2] == "14":  # "began a hunger strike to demand ..."
        r.targets = purpose_targets(r.frames, head if r.light else noun, res)
    if not any(a.code for a in r.sources) and pat.code[:2] == "14" and (r.light or r.occurs):
        # "a protest was held in Kisumu": its people are of the place
        r.sources = country_where(head, res) or country_where(noun, res) or r.sources
    if not r.targets and pat.code[:2] == "14" and (r.light or r.occurs):
        r.targets = home_protest(head, noun, r.sources, res)
    return True


def noun_embedding(r: NounReading) -> bool:
    """The act an intent, demand or threat noun embeds ("its demand that the US match ...")."""
    noun, pat, res = r.noun, r.pat, r.res
    r.code, r.rule, r.trigger = pat.code, pat.rule, [noun]
    if pat.embed is None:
        return True
    asks = pat.embed in ("demand", "appeal")
    emb = r.frames.embedded(noun, r.consumed, clause=asks)
    if emb is None:
        cl = next((c for c in noun.children if is_demand_clause(c)), None) if asks else None
        if cl is None:
            return False
        r.consumed.add(cl.i)  # "its demand that the US match ...": an uncoded demand
        r.targets = r.targets or clause_subject(cl, res)
        return True
    etok, epat, eobj = emb
    r.code = embed_code(pat.embed, pat.code, epat.code)
    r.rule = f"{pat.rule}>{epat.rule}"
    r.trigger.append(etok)
    if is_demand_clause(etok):
        r.targets = clause_subject(etok, res) or r.targets
    r.targets = target_slots(etok, eobj, epat.targets, res) or r.targets if not (
        is_demand_clause(etok) and r.targets) else r.targets
    return True


def names_an_event(r: NounReading) -> bool:
    """A territorial act's place as its target; a bare event noun names an event only with
    both sides ("China's assistance to Pakistan"), a carried or reported one always."""
    if not r.targets and (territorial_preps(r.code) or domestic_preps(r.code)):
        # "announced the withdrawal of troops from X", "an inquiry into the riots in X"
        r.targets = implicit_targets(r.code, r.noun, r.sources, r.res)
    if r.light:
        r.trigger.insert(0, r.head)
        return True
    if r.occurs:
        r.trigger.append(r.head)
        return True
    return (any(a.code for a in r.sources) and any(a.code for a in r.targets)
            or sum(t.token == -2 for t in r.targets) >= 2 or r.joint)


#: the steps of reading an event noun, in order
STEPS: tuple[Callable[[NounReading], bool], ...] = (
    carrier, noun_sources, noun_targets, noun_embedding, names_an_event)


def read_noun_frame(noun: Token, pat: Pattern, res: ArgumentResolver, frames: FrameMatcher,
                    light_verbs: frozenset[str], consumed: set[int]) -> list[dict]:
    """Events of the event noun ``noun`` read with frame ``pat``."""
    r = NounReading(noun, pat, res, frames, light_verbs, consumed)
    if not all(step(r) for step in STEPS):
        return []
    clause = noun
    while clause.pos_ not in CLAUSE_POS and clause.head.i != clause.i:
        clause = clause.head
    mod = modality_of(clause) if clause.pos_ in CLAUSE_POS else Modality("asserted")
    if not r.light and not r.occurs and mod.value not in ("reported", "hypothetical"):
        mod = Modality("asserted")
    if noun_negated(noun):
        mod = Modality("negated")
    elif noun_prospective(noun):
        mod = Modality("future", announced=False)
    return pair_events(r.sources, r.targets, r.code, pat, r.rule, noun, r.trigger, mod, res)
