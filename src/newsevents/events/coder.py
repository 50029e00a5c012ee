"""spaCy component: CAMEO/PLOVER events from verb and noun patterns over the parse.

The coder finds trigger tokens, reads each with its frames (``frames``), fills the frame's
argument slots (``arguments``, ``slots``), and hands sources, targets, code and modality to
``assembly``, which pairs them and applies the coding conventions.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.events.arguments import (
    Actor,
    ArgumentResolver,
    MentionIndex,
    agent_of,
    headline_verb,
    is_passive,
    subject_of,
)
from newsevents.events.assembly import drop_purposes, finish_events, pair_events
from newsevents.events.codes import (
    ATTEMPTED,
    SAID_ROOTS,
    UNREALISED_ROOTS,
    VIOLENT_ROOTS,
    domestic_preps,
    embed_code,
    territorial_preps,
)
from newsevents.events.frames import FrameMatcher
from newsevents.events.modality import Modality, governs_condition, is_stated_refusal, modality_of
from newsevents.events.ontology import CameoCode, load_ontology
from newsevents.events.patterns import Pattern, PatternSet, load_patterns
from newsevents.events.quotation import fenced
from newsevents.events.slots import (
    beneficiary_of,
    clause_subject,
    compatriots,
    controlled_object,
    country_where,
    home_protest,
    is_state,
    origin_of,
    purpose_targets,
    recipient_of,
    target_slots,
    territory_target,
    uncoded_armed,
    warns_of_situation,
)
from newsevents.events.syntax import (
    HITTING_OCCURRENCE,
    adjunct_clause,
    figurative_force,
    force_noun,
    frame_pobjs,
    in_name,
    is_armed_doer,
    is_attempt,
    is_demand_clause,
    is_infinitive_comp,
    occurrence_verb,
    participation_verb,
    people_like,
    purpose_of_another,
)

#: adjectives that govern an infinitive like an intent verb ("willing to send")
ADJ_POS = frozenset({"ADJ"})


class EventCoder:
    """Adds ``doc._.events``: one dict per coded event (see docs/design.md for the fields)."""

    def __init__(self, nlp: Language | None = None, patterns_files: Sequence[str | Path] = ()) -> None:
        self.ontology: Mapping[str, CameoCode] = load_ontology()
        self.initialize(patterns_files=patterns_files)

    # -- user data: read in initialize(), saved and restored with the pipeline -----------
    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   patterns_files: Sequence[str | Path] = ()) -> None:
        """Load the user's pattern files (``[initialize.components.newsevents_events]`` in a
        spaCy config) over the packaged ones; :meth:`to_disk` saves their text."""
        self.patterns: PatternSet = load_patterns(patterns_files)
        self.frames = FrameMatcher(self.patterns)
        self.user_patterns: tuple[tuple[str, str], ...] = tuple(
            (Path(f).name, Path(f).read_text(encoding="utf-8")) for f in patterns_files)

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Save the user's pattern files themselves (not their paths) in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        files = [f"{i:03d}_{name}" for i, (name, _) in enumerate(self.user_patterns)]
        for file, (_, text) in zip(files, self.user_patterns):
            (path / file).write_text(text, encoding="utf-8")
        srsly.write_json(path / "user_patterns.json", [[f, n] for f, (n, _) in zip(files, self.user_patterns)])

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> EventCoder:
        """Restore the user's pattern files saved by :meth:`to_disk` (a pipeline saved
        before they were saved keeps what its config loaded)."""
        path = Path(path)
        if not (path / "user_patterns.json").exists():
            return self
        saved = srsly.read_json(path / "user_patterns.json")
        self.initialize(patterns_files=[path / file for file, _ in saved])
        self.user_patterns = tuple((name, text) for (_, name), (_, text) in zip(saved, self.user_patterns))
        return self

    def __call__(self, doc: Doc) -> Doc:
        with fenced(doc):
            doc._.events = self._code(doc)
        return doc

    def _code(self, doc: Doc) -> list[dict[str, Any]]:
        """The events of ``doc`` (see :meth:`__call__`)."""
        mentions = doc._.actor_mentions or []
        index = MentionIndex(doc, mentions)
        res = ArgumentResolver(index, self.patterns.classes)
        verbs, nouns = self.patterns.verbs, self.patterns.nouns
        verb_toks: list[Token] = []
        noun_toks: list[Token] = []
        must_heads: list[Token] = []
        for tok in doc:
            pos = tok.pos_
            if pos == "VERB" and tok.dep_ != "amod" and not (
                    tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")
                    and not headline_verb(tok)):
                # a participle used as an adjective ("armed struggle", "the occupied West
                # Bank") or a reduced passive relative ("a Hamas member jailed last year",
                # "weapons seized last year") describes its noun; it does not report an act
                if self.frames.verb_lemma(tok) in verbs and not in_name(tok):
                    verb_toks.append(tok)
            elif pos in ADJ_POS and tok.dep_ in ("acomp", "amod"):
                if tok.lemma_.lower() in verbs:  # "ready to", "willing to"; not "armed"
                    verb_toks.append(tok)
            elif pos == "AUX" and tok.lower_ == "must" and tok.head.pos_ == "VERB":
                must_heads.append(tok.head)
            elif pos == "NOUN" or pos == "PROPN":
                if tok.lemma_.lower() in nouns:
                    noun_toks.append(tok)
        consumed: set[int] = set()
        raw: list[dict[str, Any]] = []
        for tok in verb_toks:
            if tok.i not in consumed and not self.frames.is_embedded(tok):
                raw.extend(self._verb_events(tok, res, consumed))
        for tok in noun_toks:
            if tok.i not in consumed:
                raw.extend(self._noun_events(tok, res, consumed))
        coded = {r["anchor"].i for r in raw}
        for tok in must_heads:  # "X said Y must <act>" where no frame coded the act
            if tok.i not in consumed and tok.i not in coded:
                raw.extend(self._obligation_events(tok, res))
        return finish_events(doc, drop_purposes(raw), self.ontology)

    # -- verbs --------------------------------------------------------------------------
    def _verb_events(self, verb: Token, res: ArgumentResolver, consumed: set[int]) -> list[dict]:
        """Events of the first matching frame that yields any (a frame needing a target
        that is not there gives way to the next one)."""
        for pat, obj in self.frames.verb_matches(verb):
            events = self._frame_events(verb, pat, obj, res, consumed)
            if events is not None:
                return events
        return []

    def _frame_events(self, verb: Token, pat: Pattern, obj: Token | None, res: ArgumentResolver,
                      consumed: set[int]) -> list[dict] | None:
        """Events of ``verb`` read with frame ``pat``; None when the frame's target is missing."""
        if obj is not None:
            consumed.add(obj.i)
        code, rule, trigger = pat.code, pat.rule, [verb]
        act, act_tok = pat.code, verb  # the act itself (the embedded one, if coded)
        if obj is not None:
            trigger.append(obj)
        targets = target_slots(verb, obj, pat.targets, res)
        if not targets and pat.pobj is not None:
            # "advised against travel to X", "called for sanctions against X": the target
            # hangs off the object of the frame's own preposition
            for g in frame_pobjs(verb, pat):
                targets = target_slots(g, None, pat.targets, res)
                if targets:
                    break
        if pat.pobj is not None and code[:2] in UNREALISED_ROOTS:
            for g in frame_pobjs(verb, pat):
                # "called for talks with X", "threatened X with sanctions": the event noun is
                # what is asked for or threatened, not an event; its partner is the target
                # ("insisted on its demands that ..." is the same act: the noun codes it)
                npat = self.frames.match_noun(g)
                if npat is not None and npat.code[:2] == code[:2]:
                    continue
                consumed.add(g.i)
                if npat is not None and not targets:
                    targets = target_slots(g, None, npat.targets, res)
        embedded = False
        if pat.complement is not None:  # the complement is part of the frame
            comp = next(c for c in verb.children if is_infinitive_comp(c))
            consumed.add(comp.i)
            trigger.append(comp)
        elif pat.embed is not None or (obj is not None and code[:2] in ("02", "10")
                                       and obj.lemma_.lower() in self.frames.demanders):
            # "reiterated its demand that Israel ease ...": the object noun holds the clause
            holder = verb if pat.embed is not None else obj
            asks = pat.embed in ("demand", "appeal") or holder is obj
            if holder is obj and not any(is_demand_clause(c) or is_infinitive_comp(c)
                                         for c in obj.children) \
                    and any(is_demand_clause(c) for c in verb.children) \
                    and not any(is_infinitive_comp(c) for c in verb.children):
                holder = verb  # "renewed its demand today that X ...": the parser hung it here
            emb = self.frames.embedded(holder, consumed, clause=asks)
            if emb is None and asks:
                # "demanded that the US match its support": an uncoded demand, made of the
                # clause's subject
                cl = next((c for c in holder.children if is_demand_clause(c)), None)
                if cl is not None:
                    consumed.add(cl.i)
                    targets = targets or clause_subject(cl, res)
            if emb is None and pat.embed == "refuse" and not targets:
                # "refused to give Poland permission": the uncoded act's object is refused
                comp = next((c for c in verb.children if is_infinitive_comp(c)), None)
                if comp is not None:
                    targets = target_slots(comp, None, ("dative", "dobj"), res)
            if emb is None and pat.embed in ("intent", "threat") and not targets:
                # "offered to hand over to Britain two suspects", "threatened to cut off
                # electricity to X": the uncoded act's recipient
                comp = next((c for c in verb.children if is_infinitive_comp(c)), None)
                if comp is not None:
                    targets = recipient_of(comp, res)
            if emb is not None and emb[1].require_target and not target_slots(
                    emb[0], emb[2], emb[1].targets, res):
                emb = None  # "aiming to contribute to a just order": the act needs a target
            if emb is not None:
                etok, epat, eobj = emb
                embedded = True
                act, act_tok = epat.code, etok
                mode = pat.embed or ("appeal" if code[:2] == "02" else "demand")
                controlled = controlled_object(verb, etok, res)
                if mode == "intent" and controlled:  # "wants Russia to attack": an appeal to Russia
                    mode, targets = "appeal", controlled
                code = embed_code(mode, "020" if mode != (pat.embed or mode) else pat.code, epat.code)
                rule = f"{pat.rule}>{epat.rule}"
                trigger.append(etok)
                etargets = target_slots(etok, eobj, epat.targets, res)
                if mode in ("appeal", "demand"):
                    if is_demand_clause(etok):  # the clause's subject is asked to act
                        targets = targets or clause_subject(etok, res) or etargets
                    targets = targets or etargets
                else:
                    targets = etargets or targets
        if pat.embed == "threat" and not embedded and not targets and pat.code == "130":
            # "warning that famine was spreading": a warning about a state of affairs is no
            # threat unless its clause is about the warner ("warned that it is ready to strike")
            if warns_of_situation(verb, res):
                return []
        if not targets and code[:2] == "14":
            targets = purpose_targets(self.frames, verb, res)
        if not targets and code == "015" and obj is not None:
            targets = self._claimed_targets(obj, res)
        if not targets and code[:2] == "11" and not embedded:
            # "accused rebels of violating the truce": an armed group with no code is accused
            # all the same (target "---", as a reported attack by it is)
            targets = uncoded_armed(obj if obj is not None else next(
                (c for c in verb.children if c.dep_ == "dobj"), None), res.lex)
        # an intent word with a coded act stands without a target when it is an adjective
        # ("prepared to impose martial law") or its subject is several actors, who pair up
        # ("Brazil and the US seek to deepen ties")
        pending = pat.require_target and not targets and not (
            embedded and pat.embed == "intent" and verb.pos_ == "ADJ")
        if pending and not (embedded and pat.embed == "intent"):
            return None
        harm = code[:2] in VIOLENT_ROOTS and self.frames.verb_lemma(verb) in self.patterns.classes["harm"]
        inst = by = None
        if code[:2] in VIOLENT_ROOTS and (_by_mishap(verb, res) or any(
                c.dep_ == "advmod" and c.lower_ in ACCIDENTAL for c in verb.children)):
            return []  # "killed in a road accident", "a storm hit the coast": no one's act
        if code[:2] in VIOLENT_ROOTS and figurative_force(verb, obj, res.lex):
            # "kill off speculation", "bombarded with requests": no weapon; attacking a plan
            # is criticising it
            if self.frames.verb_lemma(verb) not in res.lex["verbal_force"]:
                return []
            code, rule = "111", f"{rule}>verbal"
        if harm and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
                and any(p.code[:2] in VIOLENT_ROOTS for p, _ in self.frames.verb_matches(verb.head)):
            return []  # "shelled the town, killing 20": the toll of the act already coded
        if harm:
            inst = self.frames.instrument(verb)
            if inst is not None:
                noun, npat = inst
                consumed.add(noun.i)
                code, rule = npat.code, f"{rule}>{npat.rule}"
                trigger.append(noun)
                by = res.index.coded_in(c for c in noun.children
                                        if c.dep_ in ("poss", "compound", "amod", "nmod"))
                if by is None and noun.pos_ == "VERB":  # the split phrase names the side
                    by = res.resolve(noun.doc[noun.i - 1])
                if by is None:  # "an air strike by government forces"
                    by = next((a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"
                               for a in [res.resolve(g)] if a is not None and a.code), None)
        if is_attempt(verb) and code in ATTEMPTED:
            code, rule = ATTEMPTED[code], f"{rule}>attempt"
        if is_passive(verb):
            sources = res.resolve_all(agent_of(verb))
        else:
            sources = res.resolve_all(subject_of(verb))
        if inst is not None and by is not None and not any(a.code for a in sources):
            sources = [by]  # "killed in Israeli tank shelling": the shelling's side
        if not any(a.code for a in sources) and code[:2] == "14":
            # "thousands marched in Lima": protesters no dictionary knows are of the place;
            # not things ("a toppled trailer blocked the entrance")
            doer = agent_of(verb) if is_passive(verb) else subject_of(verb)
            if doer is not None and not people_like(doer, res.lex) and self.frames.match_noun(doer) is None:
                return []
            sources = country_where(verb, res) or sources
        if not sources and verb.dep_ in ("pobj", "pcomp") and code[:2] in VIOLENT_ROOTS:
            clause = adjunct_clause(verb)  # "took the town after days of fighting with X"
            if clause is not None:
                sources = res.resolve_all(subject_of(clause))
        if not any(a.code for a in sources) and is_passive(verb) and code[:2] in VIOLENT_ROOTS:
            # "a rocket was fired at Lebanon from Syria": fired by that side
            sources = origin_of(verb, res) or sources
        if pending and sum(1 for a in sources if a.code) < 2:
            return None
        if not sources and is_passive(verb) and code[:2] in SAID_ROOTS:
            return []  # "we have been told", "it was announced": nobody known said it
        if not any(a.code for a in sources) and code[:2] in VIOLENT_ROOTS:
            # "killed in an air strike by government forces": an armed doer with no code is
            # kept (uncoded) so that a speaker reporting the attack accuses it
            doer = agent_of(verb) if is_passive(verb) else subject_of(verb)
            if not is_armed_doer(doer, res.lex) and inst is not None:
                doer = next((g for c in inst[0].children if c.dep_ == "prep" and c.lower_ == "by"
                             for g in c.children if g.dep_ == "pobj"), None)
            sources = uncoded_armed(doer, res.lex) or sources
        if not targets and not pat.reverse:
            targets = (self._implicit_targets(act, act_tok, sources, res)
                       or compatriots(act_tok, obj if act_tok is verb else None, act, sources, res))
        if pat.reverse:  # "received weapons from X": X is the source
            sources, targets = targets, sources
        if code == "042":
            unit = force_noun(subject_of(verb) if not is_passive(verb) else None, res.lex)
            if unit is not None:  # troops that arrive are deployed, not visiting
                code, rule = ("074" if unit == "peacekeeping" else "154"), f"{rule}>deploy"
        if harm and inst is None and code == "190" and sources and not any(is_state(res, a) for a in sources):
            # a killing by no state force and with no weapon named is unconventional violence
            code, rule = "180", f"{rule}>nonstate"
        if code == "141" and self.frames.verb_lemma(verb) == "protest":
            comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if comp is not None:
                # "protested that the police had beaten them": a protest made in words is
                # criticism (111) of the one its clause is about, not a demonstration
                code, rule = "111", f"{rule}>verbal"
                targets = targets or clause_subject(comp, res)
        if not targets and code[:2] == "14":
            targets = home_protest(verb, obj, sources, res)
        mod = modality_of(verb)
        if pat.negation == "required" and mod.value in ("negated", "future"):
            mod = Modality("asserted")
        if code[:2] in VIOLENT_ROOTS and mod.value == "asserted" and purpose_of_another(verb):
            mod = Modality("hypothetical")  # "weapons used to kill people": what they are for
        return pair_events(sources, targets, code, pat, rule, verb, trigger, mod, res,
                           cond=governs_condition(verb), refusal=is_stated_refusal(verb))

    @staticmethod
    def _implicit_targets(act: str, tok: Token, sources: list[Actor],
                          res: ArgumentResolver) -> list[Actor]:
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
            # at home too ("declared a state of emergency in Florida"), and where the event
            # it answers happened ("sorrow for the shootings in X"); only for a coded source,
            # never the source itself
            found = territory_target([tok], preps, res, {s.code for s in sources if s.code},
                                     answered=True)
        return found

    def _claimed_targets(self, obj: Token, res: ArgumentResolver) -> list[Actor]:
        """The target of the attack a responsibility is claimed for ("claimed responsibility
        for the bombing of X", "... for an attack at a market in X"): its target slot, else
        the first country named in its phrase."""
        for c in obj.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for noun in c.children:
                npat = self.frames.match_noun(noun) if noun.dep_ == "pobj" else None
                if npat is None or npat.code[:2] not in VIOLENT_ROOTS:
                    continue
                found = target_slots(noun, None, npat.targets, res)
                return found or [a for a in (res.index.actor_at(t.i) for t in noun.subtree if t.i > noun.i)
                                 if a is not None and a.code and a.code[:3].isalpha()
                                 and not a.code.startswith(("IGO", "NGO", "IMG"))][:1]
        return []

    def _obligation_events(self, verb: Token, res: ArgumentResolver) -> list[dict]:
        """"X said that Y must <act>" for an uncoded act: a demand (100) by X on Y."""
        mod = modality_of(verb)
        if mod.value != "obligation" or mod.sayer is None:
            return []
        subj = res.resolve_all(subject_of(verb))
        if not subj:
            return []
        pat = Pattern(kind="verb", lemmas=frozenset({verb.lemma_.lower()}), code="100",
                      rule="verb:must", confidence=0.5)
        return pair_events(subj, [], "100", pat, "verb:must", verb, [verb], mod, res)

    def _noun_events(self, noun: Token, res: ArgumentResolver, consumed: set[int]) -> list[dict]:
        pat = self.frames.match_noun(noun)
        if pat is None:
            return []
        if noun.dep_ == "dobj" and self.frames.verb_lemma(noun.head) in res.lex["condemnation"]:
            return []  # "condemning Israeli aggression": the condemnation is the act reported
        head = noun.head
        carrier = noun
        if (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() in res.lex["durations"]):
            carrier = head.head  # "launched ten days of war games": the games are launched
            head = carrier.head
        light = (carrier.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"
                 and self.frames.verb_lemma(head) in self.patterns.light_verbs)
        if not light:
            party = participation_verb(carrier)  # "took part in the killing"
            if party is not None:
                head, light = party, True
        # "clashes broke out between X and Y", "an explosion rocked the market": the event is
        # reported as happening, whoever its sides are
        occurring = None if light else occurrence_verb(carrier, self.frames.verb_lemma, res.lex)
        occurs = occurring is not None
        if occurs:
            head = occurring
        sources: list[Actor] = []
        targets: list[Actor] = []
        joint = False  # several subjects of the clause the noun is the purpose of
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None:
            (targets if pat.poss == "target" else sources).extend(res.resolve_all(poss))
        if not sources:
            for c in noun.children:
                if c.dep_ in ("compound", "amod", "nmod"):
                    a = res.index.coded_in(c.subtree)
                    if a is not None:
                        sources.append(a)
                        break
        if not sources:
            doers = ("by",) if "from" in territorial_preps(pat.code) else ("by", "from")
            by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in doers
                  for g in c.children if g.dep_ == "pobj"]
            if by:
                sources = res.resolve_all(by[0])
        if not sources and light:
            sources = res.resolve_all(agent_of(head) if is_passive(head) else subject_of(head))
        if not sources and not light and pat.code[:2] == "04":
            clause = adjunct_clause(noun, frozenset({"for"}))
            if clause is not None:  # "negotiators return to Geneva for talks"
                sources = res.resolve_all(subject_of(clause))
                joint = sum(1 for a in sources if a.code) >= 2
        if not sources and not light and pat.code[:2] in VIOLENT_ROOTS:
            clause = adjunct_clause(noun)
            if clause is not None:  # "took the town after days of fighting with rebels"
                sources = res.resolve_all(subject_of(clause))
        targets = targets or target_slots(noun, None, pat.targets, res)
        if not targets and light:
            targets = target_slots(head, None, [t for t in pat.targets if t != "dobj"], res)
        if not targets and occurs:
            hits = ("dobj",) if self.frames.verb_lemma(head) in HITTING_OCCURRENCE else ()
            targets = target_slots(head, None, [*hits, *(t for t in pat.targets if t != "dobj")], res)
        if not targets and pat.code[:2] == "14":  # "began a hunger strike to demand ..."
            targets = purpose_targets(self.frames, head if light else noun, res)
        if not any(a.code for a in sources) and pat.code[:2] == "14" and (light or occurs):
            # "a protest was held in Kisumu": its people are of the place
            sources = country_where(head, res) or country_where(noun, res) or sources
        code, rule, trigger = pat.code, pat.rule, [noun]
        if pat.embed is not None:
            asks = pat.embed in ("demand", "appeal")
            emb = self.frames.embedded(noun, consumed, clause=asks)
            if emb is None:
                cl = next((c for c in noun.children if is_demand_clause(c)), None) if asks else None
                if cl is None:
                    return []
                consumed.add(cl.i)  # "its demand that the US match ...": an uncoded demand
                targets = targets or clause_subject(cl, res)
            else:
                etok, epat, eobj = emb
                code = embed_code(pat.embed, pat.code, epat.code)
                rule = f"{pat.rule}>{epat.rule}"
                trigger.append(etok)
                if is_demand_clause(etok):
                    targets = clause_subject(etok, res) or targets
                targets = target_slots(etok, eobj, epat.targets, res) or targets if not (
                    is_demand_clause(etok) and targets) else targets
        if not targets and (territorial_preps(code) or domestic_preps(code)):
            # "announced the withdrawal of troops from X", "an inquiry into the riots in X"
            targets = self._implicit_targets(code, noun, sources, res)
        if light or occurs:
            trigger.insert(0, head) if light else trigger.append(head)
        elif not (any(a.code for a in sources) and any(a.code for a in targets)
                  or sum(t.token == -2 for t in targets) >= 2 or joint):
            return []  # a bare event noun ("China's assistance") names an event only with both sides
        clause = noun
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        mod = modality_of(clause) if clause.pos_ in ("VERB", "AUX") else Modality("asserted")
        if not light and not occurs and mod.value not in ("reported", "hypothetical"):
            mod = Modality("asserted")
        return pair_events(sources, targets, code, pat, rule, noun, trigger, mod, res)


#: fires that kill as blazes do ("a tent fire killed two children"; not "artillery fire")
BLAZES = frozenset({"fire", "blaze", "inferno"})
#: adverbs of harm no one intended ("accidentally stepped on a landmine")
ACCIDENTAL = frozenset({"accidentally", "inadvertently", "unintentionally", "mistakenly"})


def _by_mishap(verb: Token, res: ArgumentResolver) -> bool:
    """True when an accident, disaster or illness did the harm: the subject or the object of
    an in/by phrase on the verb is one ("killed in a road accident", "a storm hit the coast")."""
    mishaps = res.lex["mishaps"]
    subj = subject_of(verb)
    if subj is not None and (subj.lemma_.lower() in mishaps or subj.lemma_.lower() in BLAZES and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in res.lex["weapons"] for c in subj.children)):
        return True
    return any(g.lemma_.lower() in mishaps for c in verb.children
               if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj")
