"""A verb read with one frame, in named steps: targets, embedding, violence, sources, refinements.

:func:`read_verb_frame` runs :data:`STEPS` in order over a :class:`VerbReading`. Each step
fills in or corrects the reading and returns :data:`GO` to go on, :data:`DROP` when the verb
codes nothing ("killed in a road accident"), or :data:`MISSING` when the frame needs a target
the sentence does not give (the next frame of the verb is tried then).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.assembly import pair_events
from newsevents.events.clauses import agent_of, is_passive, subject_of
from newsevents.events.codes import ATTEMPTED, SAID_ROOTS, UNREALISED_ROOTS, VERBAL_CONFLICT, VIOLENT_ROOTS, embed_code
from newsevents.events.frames import FrameMatcher
from newsevents.events.locations import country_where, origin_of
from newsevents.events.modality import Modality, governs_condition, is_stated_refusal, modality_of
from newsevents.events.patterns import PLACE_WORD, Pattern
from newsevents.events.predicates import (
    compatriots,
    home_protest,
    is_state,
    uncoded_armed,
    warns_of_situation,
)
from newsevents.events.slots import (
    addressee_of_conjunct,
    clause_subject,
    controlled_object,
    hostile_purpose_targets,
    purpose_targets,
    recipient_of,
    target_slots,
)
from newsevents.events.syntax import (
    adjunct_clause,
    figurative_force,
    force_noun,
    frame_pobjs,
    idiomatic_force,
    is_armed_doer,
    is_attempt,
    is_demand_clause,
    is_infinitive_comp,
    people_like,
    place_at,
    purpose_of_another,
    thing_as_doer,
    verbal_reason,
)
from newsevents.events.targets import (
    by_mishap,
    civilian_place,
    claimed_targets,
    implicit_targets,
    unnamed_person,
)
from newsevents.events.violence import burns_while_protesting, is_armed, role_of
from newsevents.nlp.lexicon import AUX_DEPS, CLAUSE_POS, NOMINAL_SUBJECT_DEPS

#: what a step tells the reader: go on, the verb codes nothing, or the frame's target is missing
GO, DROP, MISSING = "go", "drop", "missing"
#: roots of acts only actors do: a thing as their subject is another sense of the verb
THING_FREE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                              "12", "13", "16", "17"})
#: adverbs of harm no one intended ("accidentally stepped on a landmine")
ACCIDENTAL = frozenset({"accidentally", "inadvertently", "unintentionally", "mistakenly"})


@dataclass
class VerbReading:
    """One verb read with one frame, as the steps fill it in."""

    verb: Token
    pat: Pattern
    obj: Token | None
    res: ArgumentResolver
    frames: FrameMatcher
    consumed: set[int]
    code: str = ""
    rule: str = ""
    trigger: list[Token] = field(default_factory=list)
    act: str = ""  # the act itself (the embedded one, if coded)
    act_tok: Token | None = None
    targets: list[Actor] = field(default_factory=list)
    sources: list[Actor] = field(default_factory=list)
    embedded: bool = False
    pending: bool = False  # the frame needs a target that only paired sources can stand for
    harm: bool = False
    inst: tuple[Token, Pattern] | None = None  # the violent noun that says how harm was done
    by: Actor | None = None  # the side that noun names


def frame_targets(r: VerbReading) -> str:
    """The frame's target slots, also on the object of its own preposition ("advised
    against travel to X"); event nouns after an unrealised act are what is asked for."""
    named = [r.obj] if r.obj is not None and PLACE_WORD in (r.pat.obj or ()) else []
    if PLACE_WORD in (r.pat.pobj or ()):
        named += frame_pobjs(r.verb, r.pat)
    place = next((p for p in map(place_at, named) if p is not None), None)
    if place is not None and place.get("country"):  # "seized Mosul", "took control of Kabul": its country
        r.targets = [Actor(place["country"], place.get("text", ""), -1)]
        return GO
    r.targets = target_slots(r.verb, r.obj, r.pat.targets, r.res)
    if not r.targets and r.pat.pobj is not None:
        for g in frame_pobjs(r.verb, r.pat):
            r.targets = target_slots(g, None, r.pat.targets, r.res)
            if r.targets:
                break
    if r.pat.pobj is not None and r.code[:2] in UNREALISED_ROOTS:
        for g in frame_pobjs(r.verb, r.pat):
            # "called for talks with X", "threatened X with sanctions": the event noun is
            # what is asked for or threatened, not an event; its partner is the target
            # ("insisted on its demands that ..." is the same act: the noun codes it)
            npat = r.frames.match_noun(g)
            if npat is not None and npat.code[:2] == r.code[:2]:
                continue
            r.consumed.add(g.i)
            if npat is not None and not r.targets:
                r.targets = target_slots(g, None, npat.targets, r.res)
    return GO


def embedding(r: VerbReading) -> str:
    """The act an embedding word governs ("agreed to build ties", "demanded that Iran free
    them"), which gives the code; or the uncoded act's target."""
    verb, pat, obj, res = r.verb, r.pat, r.obj, r.res
    if pat.complement is not None:  # the complement is part of the frame
        comp = next(c for c in verb.children if is_infinitive_comp(c))
        r.consumed.add(comp.i)
        r.trigger.append(comp)
        return GO
    if pat.embed is None and not (obj is not None and r.code[:2] in ("02", "10")
                                  and obj.lemma_.lower() in r.frames.demanders):
        return GO
    # "reiterated its demand that Israel ease ...": the object noun holds the clause
    holder = verb if pat.embed is not None else obj
    asks = pat.embed in ("demand", "appeal") or holder is obj
    if holder is obj and not any(is_demand_clause(c) or is_infinitive_comp(c) for c in obj.children) \
            and any(is_demand_clause(c) for c in verb.children) \
            and not any(is_infinitive_comp(c) for c in verb.children):
        holder = verb  # "renewed its demand today that X ...": the parser hung it here
    if pat.embed == "demand" and holder is verb and _states_a_fact(verb):
        return DROP  # "insisted that the rebels had staged it": a claim, not a demand
    emb = r.frames.embedded(holder, r.consumed, clause=asks)
    if emb is None:
        _uncoded_embedded_target(r, holder, asks)
        return GO
    if emb[1].require_target and not target_slots(emb[0], emb[2], emb[1].targets, res):
        return GO  # "aiming to contribute to a just order": the act needs a target
    etok, epat, eobj = emb
    r.embedded = True
    r.act, r.act_tok = epat.code, etok
    mode = pat.embed or ("appeal" if r.code[:2] == "02" else "demand")
    controlled = controlled_object(verb, etok, res)
    if mode == "intent" and controlled:  # "wants Russia to attack": an appeal to Russia
        mode, r.targets = "appeal", controlled
    r.code = embed_code(mode, "020" if mode != (pat.embed or mode) else pat.code, epat.code)
    r.rule = f"{pat.rule}>{epat.rule}"
    r.trigger.append(etok)
    etargets = target_slots(etok, eobj, epat.targets, res)
    if mode in ("appeal", "demand"):
        if is_demand_clause(etok):  # the clause's subject is asked to act
            r.targets = r.targets or clause_subject(etok, res) or etargets
        r.targets = r.targets or etargets
    else:
        r.targets = etargets or r.targets
    return GO


def _states_a_fact(verb: Token) -> bool:
    """A that-clause of what was or what is, and nothing asked ("insisted that they had
    left", "insists their son is innocent"); not "insisted the Kurds are excluded"."""
    kids = list(verb.children)
    return not any(is_demand_clause(c) or is_infinitive_comp(c) for c in kids) and any(
        c.dep_ == "ccomp" and c.pos_ in CLAUSE_POS and _past_or_state(c)
        and any(g.dep_ in NOMINAL_SUBJECT_DEPS for g in c.children) for c in kids)


def _past_or_state(clause: Token) -> bool:
    """A clause in a past tense, or one that says what something is ("is innocent")."""
    auxes = [a.lower_ for a in clause.children if a.dep_ in AUX_DEPS]
    return (clause.tag_ == "VBD" or any(a in ("had", "has", "have", "was", "were", "did") for a in auxes)
            or clause.lemma_ == "be" and not auxes)


def _uncoded_embedded_target(r: VerbReading, holder: Token, asks: bool) -> None:
    """The target of an embedded act no frame codes."""
    verb, res = r.verb, r.res
    if asks:
        # "demanded that the US match its support": an uncoded demand, made of the clause's subject
        cl = next((c for c in holder.children if is_demand_clause(c)), None)
        if cl is not None:
            r.consumed.add(cl.i)
            r.targets = r.targets or clause_subject(cl, res)
    comp = next((c for c in verb.children if is_infinitive_comp(c)), None)
    if comp is None or r.targets:
        return
    if r.pat.embed == "refuse":  # "refused to give Poland permission": its object is refused
        r.targets = target_slots(comp, None, ("dative", "dobj"), res)
    elif r.pat.embed in ("intent", "threat"):
        # "offered to hand over to Britain two suspects", "threatened to cut off electricity to X"
        r.targets = recipient_of(comp, res)


def fallback_targets(r: VerbReading) -> str:
    """Targets named elsewhere: a protest's purpose, a claimed attack's target, an uncoded
    armed group accused; whether a frame that needs a target can go on without one."""
    verb, res = r.verb, r.res
    if r.pat.embed == "threat" and not r.embedded and r.pat.code == "130":
        # "warning that famine was spreading", "warned Blair that the war could be illegal": a
        # warning about a state of affairs is no threat unless its clause is about the warner
        # ("warned that it is ready to strike") or a consequence ("that sanctions would follow")
        if warns_of_situation(verb, res):
            return DROP
    if r.code[:2] == "01":  # "told reporters": the press is the audience, not a target
        r.targets = [t for t in r.targets if role_of(t.code) != "MED"]
    if not r.targets and r.code[:2] == "14":
        r.targets = purpose_targets(r.frames, verb, res)
    if not r.targets and r.code[:2] == "19":
        r.targets = hostile_purpose_targets(r.frames, verb, res)
    if not r.targets and r.code[:2] in VERBAL_CONFLICT:
        r.targets = addressee_of_conjunct(r.frames, verb, res)
    if not r.targets and r.code == "015" and r.obj is not None:
        r.targets = claimed_targets(r.frames, r.obj, res)
    if not r.targets and r.code[:2] == "11" and not r.embedded:
        # "accused rebels of violating the truce": an armed group with no code is accused
        # all the same (target "---", as a reported attack by it is)
        r.targets = uncoded_armed(r.obj if r.obj is not None else next(
            (c for c in verb.children if c.dep_ == "dobj"), None), res.lex)
    # an intent word with a coded act stands without a target when it is an adjective
    # ("prepared to impose martial law") or its subject is several actors, who pair up
    # ("Brazil and the US seek to deepen ties")
    r.pending = r.pat.require_target and not r.targets and not (
        r.embedded and r.pat.embed == "intent" and verb.pos_ == "ADJ")
    if r.pending and not (r.embedded and r.pat.embed == "intent"):
        return MISSING
    return GO


def violence(r: VerbReading) -> str:
    """What harm words mean: no event for accidents and figures of speech, the weapon that
    did the harm ("killed in an air strike by X"), the toll of an act already coded."""
    verb, res = r.verb, r.res
    violent = r.code[:2] in VIOLENT_ROOTS
    r.harm = violent and r.frames.verb_lemma(verb) in res.lex["harm"]
    if violent and (by_mishap(verb, res) or any(c.dep_ == "advmod" and c.lower_ in ACCIDENTAL
                                                 for c in verb.children)):
        return DROP  # "killed in a road accident", "a storm hit the coast": no one's act
    obj = r.obj if r.obj is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if r.code[:3] == "084" and obj is not None and obj.lemma_.lower() in res.lex["publications"]:
        return DROP  # "released figures", "freed up the budget": publishing, not freeing anyone
    if violent and r.frames.verb_lemma(verb) == "fire" and obj is not None \
            and obj.lemma_.lower() in res.lex["people"] | {"worker", "employee", "staff", "coach", "manager"}:
        return DROP  # "would fire 300 workers": a dismissal

    if violent and (idiomatic_force(verb, r.obj, res.lex) or thing_as_doer(verb, res.lex)):
        return DROP  # "hit record highs", "struck a balance": an idiom
    if violent and (figurative_force(verb, r.obj, res.lex) or verbal_reason(verb, res.lex)):
        # "kill off speculation", "bombarded with requests": no weapon; attacking a plan is criticism
        if r.frames.verb_lemma(verb) not in res.lex["verbal_force"]:
            return DROP
        r.code, r.rule = "111", f"{r.rule}>verbal"
    if r.harm and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
            and any(p.code[:2] in VIOLENT_ROOTS for p, _ in r.frames.verb_matches(verb.head)):
        return DROP  # "shelled the town, killing 20": the toll of the act already coded
    if r.harm:
        _instrument(r)
    if is_attempt(verb) and r.code in ATTEMPTED:
        r.code, r.rule = ATTEMPTED[r.code], f"{r.rule}>attempt"
    return GO


def _instrument(r: VerbReading) -> None:
    """The violent noun of a harm verb gives the code and may name the side."""
    r.inst = r.frames.instrument(r.verb)
    if r.inst is None:
        return
    noun, npat = r.inst
    res = r.res
    r.consumed.add(noun.i)
    r.code, r.rule = npat.code, f"{r.rule}>{npat.rule}"
    r.trigger.append(noun)
    r.by = res.index.coded_in(c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod"))
    if r.by is None and noun.pos_ == "VERB":  # the split phrase names the side
        r.by = res.resolve(noun.doc[noun.i - 1])
    if r.by is None:  # "an air strike by government forces"
        r.by = next((a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj"
                     for a in [res.resolve(g)] if a is not None and a.code), None)


def sources(r: VerbReading) -> str:
    """Who acts: the subject or by-agent, the weapon's side, the people of a protest's place,
    the doer of an adjunct clause or the origin of fire, an uncoded armed doer."""
    verb, res = r.verb, r.res
    passive = is_passive(verb)
    doer = agent_of(verb) if passive else subject_of(verb)
    r.sources = res.resolve_all(doer)
    if r.inst is not None and r.by is not None and not any(a.code for a in r.sources):
        r.sources = [r.by]  # "killed in Israeli tank shelling": the shelling's side
    if not any(a.code for a in r.sources) and r.code[:2] in THING_FREE_ROOTS and doer is not None \
            and not people_like(doer, res.lex) and r.frames.match_noun(doer) is None and not passive:
        return DROP  # "the new software allowed farmers to ...", "rains forced the closure": no actor
    if not any(a.code for a in r.sources) and r.code[:2] == "14":
        # "thousands marched in Lima": protesters no dictionary knows are of the place; not
        # things ("a toppled trailer blocked the entrance")
        if doer is not None and not people_like(doer, res.lex) and r.frames.match_noun(doer) is None:
            return DROP
        r.sources = country_where(verb, res) or r.sources
    violent = r.code[:2] in VIOLENT_ROOTS
    if not r.sources and verb.dep_ in ("pobj", "pcomp") and violent:
        clause = adjunct_clause(verb)  # "took the town after days of fighting with X"
        if clause is not None:
            r.sources = res.resolve_all(subject_of(clause))
    if not any(a.code for a in r.sources) and passive and violent:
        r.sources = origin_of(verb, res) or r.sources  # "a rocket was fired at Lebanon from Syria"
    if r.pending and sum(1 for a in r.sources if a.code) < 2:
        return MISSING
    if not r.sources and passive and r.code[:2] in SAID_ROOTS:
        return DROP  # "we have been told", "it was announced": nobody known said it
    if not any(a.code for a in r.sources) and violent:
        # "killed in an air strike by government forces": an armed doer with no code is kept
        # (uncoded) so that a speaker reporting the attack accuses it
        if not is_armed_doer(doer, res.lex) and r.inst is not None:
            doer = next((g for c in r.inst[0].children if c.dep_ == "prep" and c.lower_ == "by"
                         for g in c.children if g.dep_ == "pobj"), None)
        r.sources = uncoded_armed(doer, res.lex) or r.sources
    return GO


def refinements(r: VerbReading) -> str:
    """Targets no slot names, reversed frames, and the CAMEO conventions that depend on who
    acted: troops that arrive deploy, killings by no state force, protests made in words."""
    verb, res = r.verb, r.res
    if not r.targets and not r.pat.reverse:
        r.targets = (implicit_targets(r.act, r.act_tok, r.sources, res)
                     or compatriots(r.act_tok, r.obj if r.act_tok is verb else None, r.act, r.sources, res))
    if not r.targets and r.code[:2] in VIOLENT_ROOTS:
        # "gunmen attacked a village": its people; "soldiers shot him": a private person
        r.targets = civilian_place(verb, r.obj, res) or (
            unnamed_person(verb, r.obj, res) if r.code[:3] not in ("191", "192") else [])  # not "invaded X"
    if r.pat.reverse:  # "received weapons from X": X is the source
        r.sources, r.targets = r.targets, r.sources
    if r.code == "042":
        unit = force_noun(subject_of(verb) if not is_passive(verb) else None, res.lex)
        if unit is not None:  # troops that arrive are deployed, not visiting
            r.code, r.rule = ("074" if unit == "peacekeeping" else "154"), f"{r.rule}>deploy"
    if r.harm and r.inst is None and r.code == "190" and r.sources \
            and not any(is_state(res, a) for a in r.sources) and not any(is_armed(t) for t in r.targets):
        # a killing by no state force and with no weapon named is unconventional violence
        r.code, r.rule = "180", f"{r.rule}>nonstate"
    if r.code == "141" and r.frames.verb_lemma(verb) == "protest":
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in CLAUSE_POS), None)
        if comp is not None:
            # "protested that the police had beaten them": a protest made in words is
            # criticism (111) of the one its clause is about, not a demonstration
            r.code, r.rule = "111", f"{r.rule}>verbal"
            r.targets = r.targets or clause_subject(comp, res)
    if r.code[:2] == "14" and r.code != "145" and not any(is_armed(a) for a in r.sources) \
            and burns_while_protesting(verb, res):
        r.code, r.rule = "145", f"{r.rule}>burning"  # "blocked roads with burning tyres"
    if not r.targets and r.code[:2] == "14":
        r.targets = home_protest(verb, r.obj, r.sources, res)
    return GO


#: the steps of reading a verb with a frame, in order
STEPS: tuple[Callable[[VerbReading], str], ...] = (
    frame_targets, embedding, fallback_targets, violence, sources, refinements)


def read_verb_frame(verb: Token, pat: Pattern, obj: Token | None, res: ArgumentResolver,
                    frames: FrameMatcher, consumed: set[int]) -> list[dict] | None:
    """Events of ``verb`` read with frame ``pat``; None when the frame's target is missing."""
    if obj is not None:
        consumed.add(obj.i)
    r = VerbReading(verb, pat, obj, res, frames, consumed, code=pat.code, rule=pat.rule,
                    trigger=[verb] if obj is None else [verb, obj], act=pat.code, act_tok=verb)
    for step in STEPS:
        outcome = step(r)
        if outcome == DROP:
            return []
        if outcome == MISSING:
            return None
    mod = modality_of(verb)
    if pat.negation == "required" and mod.value in ("negated", "future"):
        mod = Modality("asserted")
    if r.code[:2] in VIOLENT_ROOTS and mod.value in ("asserted", "reported") and purpose_of_another(verb):
        mod = Modality("hypothetical")  # "weapons used to kill people": what they are for
    return pair_events(r.sources, r.targets, r.code, pat, r.rule, verb, r.trigger, mod, res,
                       cond=governs_condition(verb), refusal=is_stated_refusal(verb))
