"""spaCy component: CAMEO/PLOVER events from verb and noun patterns over the parse."""
from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.events.arguments import (
    Actor,
    ArgumentResolver,
    MentionIndex,
    agent_of,
    is_passive,
    subject_of,
)
from newsevents.events.modality import (
    Modality,
    governs_condition,
    is_stated_refusal,
    modality_of,
    would_only,
)
from newsevents.events.ontology import CameoCode, load_ontology
from newsevents.events.patterns import Pattern, PatternSet, load_patterns

#: ISO calendar values an event can be dated with: 2025, 2025-06, 2025-06-04, 2025-W23
_CALENDAR_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2})(-\d{2})?)?$")

#: embedded-code root -> code, per embedding mode ("agreed to meet" -> 036)
_EMBED: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "intent": MappingProxyType({
        "04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312",
        "063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333",
        "074": "0334", "08": "035", "084": "0353", "0841": "0353", "085": "0354", "086": "0355",
        "087": "0356", "0871": "0356", "057": "030"}),
    "refuse": MappingProxyType({
        "04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "07": "122",
        "08": "124", "084": "1243", "0841": "1243", "085": "1244", "086": "1245", "087": "1246",
        "0871": "1246"}),
    "appeal": MappingProxyType({
        "04": "026", "045": "028", "05": "022", "06": "021", "061": "0211", "062": "0212",
        "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232", "073": "0233",
        "074": "0234", "08": "025", "084": "0253", "0841": "0253", "085": "0254", "086": "0255",
        "087": "0256", "0871": "0256"}),
    "demand": MappingProxyType({
        "04": "106", "045": "108", "05": "102", "06": "101", "061": "1011", "062": "1012",
        "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033",
        "074": "1034", "08": "105", "084": "1053", "0841": "1053", "085": "1054", "086": "1055",
        "087": "1056", "0871": "1056"}),
    "threat": MappingProxyType({
        "14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
        "165": "135", "166": "136", "17": "137", "18": "138", "19": "138", "190": "1384",
        "191": "1381", "192": "1382", "195": "1384", "20": "1383", "204": "1385",
        "2041": "1385", "2042": "1385"}),
})
#: roots whose embedding under an intent verb reads as a threat ("vowed to strike")
_THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: verbs that only pass their infinitive's event through ("tried to", "began to")
_TRANSPARENT = frozenset({"try", "attempt", "begin", "start", "continue", "resume", "decide",
                          "move", "manage", "help", "work", "be", "go"})
#: cooperative roots whose negation is a refusal ("would not provide aid" -> 12x)
_REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: codes that change when only attempted ("tried to assassinate" -> 185)
_ATTEMPTED = MappingProxyType({"186": "185"})
#: speech verbs that make a reported attack an accusation by the speaker
_ACCUSING_SAY = frozenset({"allege", "claim", "charge", "accuse"})
#: adjectives that govern an infinitive like an intent verb ("willing to send")
_ADJ_POS = frozenset({"ADJ"})
MAX_EVENTS_PER_TRIGGER = 6
#: object nouns that only measure or carry their "of" complement ("tons of aid",
#: "the return of inspectors"): frames match the complement's lemma
_CONTAINER_NOUNS = frozenset({
    "ton", "tonne", "dollar", "euro", "million", "billion", "kg", "kilogram", "pound", "shipment",
    "consignment", "batch", "package", "amount", "lot", "load", "cargo", "planeload",
    "truckload", "worth", "number", "quantity", "return", "deployment", "entry", "dispatch",
    "delivery", "supply", "round", "barrage", "volley", "hail", "series", "wave", "part",
    "portion", "half", "rest", "bulk"})
#: durations a light verb's event noun may be measured in ("launched ten days of war games")
_DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "round", "series", "wave"})
#: roots whose clause a purpose infinitive of a protest only explains ("staged rallies to
#: demand reforms" is a protest for reform, not a separate demand)
_PURPOSE_OF_PROTEST = frozenset({"10", "11"})
#: harm verbs whose "in/by" event noun says how the harm was done ("killed in a car
#: bombing" is the bombing's code, "wounded in an air strike" 195)
_HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "murder", "slay", "massacre"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: prepositions that attach a violent event noun to the clause whose subject fought it
#: ("took the town after days of fighting with rebels")
_ADJUNCT_PREPS = frozenset({"after", "during", "in", "following"})
#: codes of halting or reducing cooperation: conditional use of them is a threat
_HALT_CODES = frozenset({"160", "161", "162", "163", "164", "165", "166"})
#: target prepositions that name a place
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across",
                          "throughout"})
#: roots whose events take the country of their in/at place as target when no target is
#: named (force postures and attacks abroad)
_PLACE_TARGET_ROOTS = frozenset({"15", "18", "19", "20"})
#: roots whose future tense is coded as a statement of intent or a threat
_INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19",
                           "20"})


def embed_code(mode: str, governor: str, embedded: str) -> str:
    """The code of ``embedded`` seen through an embedding verb (e.g. intent: 190 -> 138)."""
    if mode == "intent" and embedded[:2] == "03":
        return embedded
    if mode == "intent" and embedded[:2] in _THREAT_ROOTS:
        mode = "threat"
    table = _EMBED[mode]
    if mode == "threat" and embedded[:2] not in _THREAT_ROOTS:
        return "130"
    for key in (embedded, embedded[:3], embedded[:2]):
        if key in table:
            return table[key]
    return governor


class EventCoder:
    """Adds ``doc._.events``: one dict per coded event (see DESIGN.md for the fields)."""

    def __init__(self, nlp: Language | None = None, patterns_files: Sequence[str | Path] = ()) -> None:
        self.patterns: PatternSet = load_patterns(patterns_files)
        self.ontology: Mapping[str, CameoCode] = load_ontology()
        self._embedders: frozenset[str] = frozenset(
            lemma for table in (self.patterns.verbs, self.patterns.nouns)
            for lemma, pats in table.items() if any(p.embed for p in pats))
        #: words whose "that" clause in the subjunctive is what they ask for ("demanded that
        #: Hamas renounce violence", "its demand that Israel ease restrictions")
        self._demanders: frozenset[str] = frozenset(
            lemma for table in (self.patterns.verbs, self.patterns.nouns)
            for lemma, pats in table.items() if any(p.embed in ("demand", "appeal") for p in pats))
        known = set(self.patterns.verbs) | self.patterns.light_verbs | _TRANSPARENT
        self._verb_known: frozenset[str] = frozenset(known)
        self._verb_forms: Mapping[str, str] = MappingProxyType(_inflection_table(known))

    def verb_lemma(self, tok: Token) -> str:
        """The token's lemma, or the pattern lemma its form inflects when the lemmatizer
        missed it ("staged" lemmatized as "stag" -> "stage")."""
        lemma = tok.lemma_.lower()
        if lemma in self._verb_known:
            return lemma
        return self._verb_forms.get(tok.lower_, lemma)

    # -- matching -----------------------------------------------------------------------
    def match_verb(self, verb: Token) -> tuple[Pattern, Token | None] | None:
        """The most specific verb pattern matching ``verb``, and the object it consumed."""
        return next(self.verb_matches(verb), None)

    def verb_matches(self, verb: Token) -> Iterator[tuple[Pattern, Token | None]]:
        """Every verb pattern matching ``verb``, most specific first, with its object."""
        pats = self.patterns.verbs.get(self.verb_lemma(verb))
        if not pats:
            return
        if any(c.dep_ == "oprd" for c in verb.children):
            return  # "called them an occupying army", "named X envoy": naming, not an act
        passive = is_passive(verb)
        obj = None
        prts: set[str] = set()
        preps: list[Token] = []
        neg = False
        for c in verb.children:
            dep = c.dep_
            if dep == "dobj" or (passive and dep == "nsubjpass"):
                obj = c
            elif dep == "prt":
                prts.add(c.lower_)
            elif dep == "prep" or dep == "agent":
                preps.append(c)
            elif dep == "neg":
                neg = True
        mobj = obj
        if obj is not None:
            preps.extend(c for c in obj.children if c.dep_ == "prep")
            if obj.lemma_.lower() in _CONTAINER_NOUNS:
                mobj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), obj)
        comp = next((c for c in verb.children if _is_infinitive_comp(c)), None)
        # conjoined objects ("aerial photographs and other military intelligence"): a frame
        # may match any of them; the first object stays the one the event consumes
        alts = [g for g in obj.children if g.dep_ == "conj" and g.pos_ == "NOUN"][:3] \
            if obj is not None else []
        for p in pats:
            if p.negation == "required" and not neg or p.negation == "forbidden" and neg:
                continue
            if p.particle is not None and not (prts & p.particle or any(
                    c.lower_ in p.particle for c in preps if c.head.i == verb.i)):
                continue
            if p.obj is not None or p.obj_mod is not None:
                if obj is None or not any(
                        (p.obj is None or o.lemma_.lower() in p.obj)
                        and (p.obj_mod is None or _has_mod(o, p.obj_mod))
                        for o in (obj, mobj, *alts)):
                    continue
            if p.prep is not None and not _prep_match(preps, p.prep, p.pobj):
                continue
            if p.complement is not None and (comp is None or comp.lemma_.lower() not in p.complement):
                continue
            yield p, (obj if p.obj is not None else None)

    def match_noun(self, noun: Token) -> Pattern | None:
        """The most specific noun pattern matching ``noun``."""
        pats = self.patterns.nouns.get(noun.lemma_.lower())
        if not pats and noun.tag_ in ("NNS", "NNPS") and noun.lower_.endswith("s"):
            pats = self.patterns.nouns.get(noun.lower_[:-1])  # a plural the lemmatizer kept
        if not pats:
            return None
        preps = [c for c in noun.children if c.dep_ == "prep"]
        for p in pats:
            if p.obj_mod is not None and not _has_mod(noun, p.obj_mod):
                continue
            if p.prep is not None and not _prep_match(preps, p.prep, p.pobj):
                continue
            return p
        return None

    # -- component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actor_mentions or []
        if not any(m.get("code") for m in mentions):
            doc._.events = []
            return doc
        index = MentionIndex(doc, mentions)
        res = ArgumentResolver(index)
        verbs, nouns = self.patterns.verbs, self.patterns.nouns
        verb_toks: list[Token] = []
        noun_toks: list[Token] = []
        must_heads: list[Token] = []
        for tok in doc:
            pos = tok.pos_
            if pos == "VERB" and tok.dep_ != "amod" and not (
                    tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")):
                # a participle used as an adjective ("armed struggle", "the occupied West
                # Bank") or a reduced passive relative ("a Hamas member jailed last year",
                # "weapons seized last year") describes its noun; it does not report an act
                if self.verb_lemma(tok) in verbs:
                    verb_toks.append(tok)
            elif pos in _ADJ_POS and tok.dep_ in ("acomp", "amod"):
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
            if tok.i not in consumed and not self._is_embedded(tok):
                raw.extend(self._verb_events(tok, res, consumed))
        for tok in noun_toks:
            if tok.i not in consumed:
                raw.extend(self._noun_events(tok, res, consumed))
        coded = {r["anchor"].i for r in raw}
        for tok in must_heads:  # "X said Y must <act>" where no frame coded the act
            if tok.i not in consumed and tok.i not in coded:
                raw.extend(self._obligation_events(tok, res))
        doc._.events = self._finish(doc, _drop_protest_purposes(raw))
        return doc

    # -- verbs --------------------------------------------------------------------------
    def _verb_events(self, verb: Token, res: ArgumentResolver, consumed: set[int]) -> list[dict]:
        """Events of the first matching frame that yields any (a frame needing a target
        that is not there gives way to the next one)."""
        for pat, obj in self.verb_matches(verb):
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
        if obj is not None:
            trigger.append(obj)
        targets = self._targets(verb, obj, pat.targets, res)
        embedded = False
        if pat.complement is not None:  # the complement is part of the frame
            comp = next(c for c in verb.children if _is_infinitive_comp(c))
            consumed.add(comp.i)
            trigger.append(comp)
        elif pat.embed is not None or (obj is not None and code[:2] in ("02", "10")
                                       and obj.lemma_.lower() in self._demanders):
            # "reiterated its demand that Israel ease ...": the object noun holds the clause
            holder = verb if pat.embed is not None else obj
            asks = pat.embed in ("demand", "appeal") or holder is obj
            emb = self._embedded(holder, consumed, clause=asks)
            if emb is None and asks:
                # "demanded that the US match its support": an uncoded demand, made of the
                # clause's subject
                cl = next((c for c in holder.children if _is_demand_clause(c)), None)
                if cl is not None:
                    consumed.add(cl.i)
                    targets = targets or self._clause_subject(cl, res)
            if emb is None and pat.embed == "refuse" and not targets:
                # "refused to give Poland permission": the uncoded act's object is refused
                comp = next((c for c in verb.children if _is_infinitive_comp(c)), None)
                if comp is not None:
                    targets = self._targets(comp, None, ("dative", "dobj"), res)
            if emb is not None and emb[1].require_target and not self._targets(
                    emb[0], emb[2], emb[1].targets, res):
                emb = None  # "aiming to contribute to a just order": the act needs a target
            if emb is not None:
                etok, epat, eobj = emb
                embedded = True
                mode = pat.embed or ("appeal" if code[:2] == "02" else "demand")
                controlled = self._controlled_object(verb, etok, res)
                if mode == "intent" and controlled:  # "wants Russia to attack": an appeal to Russia
                    mode, targets = "appeal", controlled
                code = embed_code(mode, "020" if mode != (pat.embed or mode) else pat.code, epat.code)
                rule = f"{pat.rule}>{epat.rule}"
                trigger.append(etok)
                etargets = self._targets(etok, eobj, epat.targets, res)
                if mode in ("appeal", "demand"):
                    if _is_demand_clause(etok):  # the clause's subject is asked to act
                        targets = targets or self._clause_subject(etok, res) or etargets
                    targets = targets or etargets
                else:
                    targets = etargets or targets
        if not targets and code[:2] == "14":
            targets = self._purpose_targets(verb, res)
        # an intent word with a coded act stands without a target when it is an adjective
        # ("prepared to impose martial law") or its subject is several actors, who pair up
        # ("Brazil and the US seek to deepen ties")
        pending = pat.require_target and not targets and not (
            embedded and pat.embed == "intent" and verb.pos_ == "ADJ")
        if pending and not (embedded and pat.embed == "intent"):
            return None
        harm = code[:2] in _VIOLENT_ROOTS and self.verb_lemma(verb) in _HARM_VERBS
        inst = by = None
        if harm and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
                and any(p.code[:2] in _VIOLENT_ROOTS for p, _ in self.verb_matches(verb.head)):
            return []  # "shelled the town, killing 20": the toll of the act already coded
        if harm:
            inst = self._instrument(verb)
            if inst is not None:
                noun, npat = inst
                consumed.add(noun.i)
                code, rule = npat.code, f"{rule}>{npat.rule}"
                trigger.append(noun)
                by = res.index.coded_in(c for c in noun.children
                                        if c.dep_ in ("poss", "compound", "amod", "nmod"))
                if by is None:  # "an air strike by government forces"
                    by = next((a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"
                               for a in [res.resolve(g)] if a is not None and a.code), None)
        if _is_attempt(verb) and code in _ATTEMPTED:
            code, rule = _ATTEMPTED[code], f"{rule}>attempt"
        if is_passive(verb):
            sources = res.resolve_all(agent_of(verb))
        else:
            sources = res.resolve_all(subject_of(verb))
        if inst is not None and by is not None and not any(a.code for a in sources):
            sources = [by]  # "killed in Israeli tank shelling": the shelling's side
        if not any(a.code for a in sources) and code[:2] == "14":
            # "thousands marched in Lima": protesters no dictionary knows are of the place
            sources = self._place_of(verb, res) or sources
        if not sources and verb.dep_ in ("pobj", "pcomp") and code[:2] in _VIOLENT_ROOTS:
            clause = _adjunct_clause(verb)  # "took the town after days of fighting with X"
            if clause is not None:
                sources = res.resolve_all(subject_of(clause))
        if pending and sum(1 for a in sources if a.code) < 2:
            return None
        if pat.reverse:  # "received weapons from X": X is the source
            sources, targets = targets, sources
        if code == "042":
            unit = _force_noun(subject_of(verb) if not is_passive(verb) else None)
            if unit is not None:  # troops that arrive are deployed, not visiting
                code, rule = ("074" if unit == "peacekeeping" else "154"), f"{rule}>deploy"
        if harm and inst is None and code == "190" and sources and not any(_is_state(res, a) for a in sources):
            # a killing by no state force and with no weapon named is unconventional violence
            code, rule = "180", f"{rule}>nonstate"
        mod = modality_of(verb)
        if pat.negation == "required" and mod.value in ("negated", "future"):
            mod = Modality("asserted")
        return self._pairs(sources, targets, code, pat, rule, verb, trigger, mod, res,
                           cond=governs_condition(verb), refusal=is_stated_refusal(verb))

    def _purpose_targets(self, head: Token, res: ArgumentResolver) -> list[Actor]:
        """Targets of a protest's purpose ("marched to demand the resignation of X" -> X):
        CAMEO codes the protest against the one it makes demands of or criticises."""
        for c in head.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                for pat, obj in self.verb_matches(c):
                    if pat.code[:2] in _PURPOSE_OF_PROTEST or pat.code[:2] == "14":
                        found = self._targets(c, obj, pat.targets, res)
                        if found:
                            return found
        return []

    def _place_of(self, verb: Token, res: ArgumentResolver) -> list[Actor]:
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

    def _foreign_place(self, tok: Token, res: ArgumentResolver) -> list[Actor]:
        """The country of an in/at place phrase on ``tok``, also for places no actor
        dictionary knows (regions, cities) through ``doc._.places``."""
        found = self._place_of(tok, res)
        if found:
            return found
        places = tok.doc._.places or ()
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "across", "throughout", "near"):
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    for pl in places:
                        if pl.get("country") and pl["start"] <= g.idx < pl["end"]:
                            return [Actor(pl["country"], pl.get("text") or g.text, g.i)]
        return []

    def _clause_subject(self, verb: Token, res: ArgumentResolver) -> list[Actor]:
        """The coded subject (or passive agent) of a clause."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return [a for a in res.resolve_all(subj) if a.code] if subj is not None else []

    def _instrument(self, verb: Token) -> tuple[Token, Pattern] | None:
        """The violent event noun of an in/by/during phrase on a harm verb, and its pattern."""
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":  # "a roadside bombing killed ..."
                npat = self.match_noun(c)
                if npat is not None and npat.code[:2] in _VIOLENT_ROOTS and npat.embed is None:
                    return c, npat
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "with"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.pos_ == "NOUN" or g.pos_ == "PROPN"):
                        npat = self.match_noun(g)
                        if npat is not None and npat.code[:2] in _VIOLENT_ROOTS and npat.embed is None:
                            return g, npat
        return None

    def _controlled_object(self, verb: Token, comp: Token, res: ArgumentResolver) -> list[Actor]:
        """The coded object of an object-control use ("wants Iran to ..."), if any."""
        args = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
        args += [c for c in comp.children if c.dep_ == "nsubj" and c.i > verb.i]
        return [a for c in args for a in res.resolve_all(c) if a.code]

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
        return self._pairs(subj, [], "100", pat, "verb:must", verb, [verb], mod, res)

    def _is_embedded(self, verb: Token) -> bool:
        """True for an infinitive complement of an embedding word ("agreed to *meet*")."""
        if _is_demand_clause(verb):
            head = verb.head
            lemma = self.verb_lemma(head) if head.pos_ == "VERB" else head.lemma_.lower()
            if lemma in self._demanders:
                return True
        node = verb
        for _ in range(3):
            if not _is_infinitive_comp(node):
                return False
            head = node.head
            lemma = self.verb_lemma(head) if head.pos_ == "VERB" else head.lemma_.lower()
            if lemma in self._embedders:
                return True
            if lemma not in _TRANSPARENT:
                return False
            node = head
        return False

    def _embedded(self, tok: Token, consumed: set[int],
                  clause: bool = False) -> tuple[Token, Pattern, Token | None] | None:
        """The coded infinitive complement of ``tok`` ("agreed to *build* ties"); with
        ``clause``, also a subjunctive "that" clause ("demanded that Iran *free* them")."""
        node = tok
        for step in range(3):
            comp = next((c for c in node.children if _is_infinitive_comp(c)), None)
            if comp is None and clause and step == 0:
                comp = next((c for c in node.children if _is_demand_clause(c)), None)
            if comp is None:
                return None
            consumed.add(comp.i)
            found = self.match_verb(comp)
            lemma = self.verb_lemma(comp)
            if lemma in self.patterns.light_verbs and (found is None or found[0].embed):
                for c in comp.children:  # "agreed to hold joint exercises": the noun's event
                    npat = self.match_noun(c) if c.dep_ == "dobj" else None
                    if npat is not None and npat.embed is None:
                        consumed.add(c.i)
                        return comp, npat, c
            if found is not None:
                pat, obj = found
                if obj is not None:
                    consumed.add(obj.i)
                return comp, pat, obj
            if lemma not in _TRANSPARENT:
                return None
            node = comp
        return None

    def _targets(self, head: Token, obj: Token | None, specs: Sequence[str],
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
                if not toks and head.pos_ == "VERB":
                    # "allowed Russia to open ...": the parser makes the controlled object
                    # the subject of the infinitive
                    toks = [g for c in head.children if c.dep_ in ("ccomp", "xcomp")
                            and _is_infinitive_comp(c) for g in c.children
                            if g.dep_ == "nsubj" and head.i < g.i < c.i][:1]
            elif spec == "dative":
                toks = [c for c in head.children if c.dep_ == "dative"]
                toks += [g for c in toks if c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]
            else:
                holders = [head] if obj is None else [head, obj]
                if obj is not None and obj.lemma_.lower() in _CONTAINER_NOUNS:
                    # "suspended part of its aid program for Malawi": the measured noun's phrase
                    holders += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"][:1]
                toks = [g for h in holders for c in h.children
                        if c.dep_ in ("prep", "dative") and c.lower_ == spec
                        for g in c.children if g.dep_ == "pobj"]
            actors = [a for t in toks for a in res.resolve_all(t) if a.code]
            if actors and spec in _PLACE_PREPS:
                # "a curfew in Algiers": a seat of government after a place preposition is
                # the place (the country), not the government it stands for elsewhere
                actors = [a._replace(code=a.code[:3]) if _is_seat(res, a) else a for a in actors]
            if actors:
                if spec == "between":
                    actors = [a._replace(token=-2) for a in actors]  # -2 marks a "between" party
                return actors
        return []

    # -- nouns --------------------------------------------------------------------------
    def _noun_events(self, noun: Token, res: ArgumentResolver, consumed: set[int]) -> list[dict]:
        pat = self.match_noun(noun)
        if pat is None:
            return []
        head = noun.head
        carrier = noun
        if (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() in _DURATION_NOUNS):
            carrier = head.head  # "launched ten days of war games": the games are launched
            head = carrier.head
        light = (carrier.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"
                 and self.verb_lemma(head) in self.patterns.light_verbs)
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
            by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                  for g in c.children if g.dep_ == "pobj"]
            if by:
                sources = res.resolve_all(by[0])
        if not sources and light:
            sources = res.resolve_all(agent_of(head) if is_passive(head) else subject_of(head))
        if not sources and not light and pat.code[:2] == "04":
            clause = _adjunct_clause(noun, frozenset({"for"}))
            if clause is not None:  # "negotiators return to Geneva for talks"
                sources = res.resolve_all(subject_of(clause))
                joint = sum(1 for a in sources if a.code) >= 2
        if not sources and not light and pat.code[:2] in _VIOLENT_ROOTS:
            clause = _adjunct_clause(noun)
            if clause is not None:  # "took the town after days of fighting with rebels"
                sources = res.resolve_all(subject_of(clause))
        targets = targets or self._targets(noun, None, pat.targets, res)
        if not targets and light:
            targets = self._targets(head, None, [t for t in pat.targets if t != "dobj"], res)
        if not targets and pat.code[:2] == "14":  # "began a hunger strike to demand ..."
            targets = self._purpose_targets(head if light else noun, res)
        code, rule, trigger = pat.code, pat.rule, [noun]
        if pat.embed is not None:
            asks = pat.embed in ("demand", "appeal")
            emb = self._embedded(noun, consumed, clause=asks)
            if emb is None:
                cl = next((c for c in noun.children if _is_demand_clause(c)), None) if asks else None
                if cl is None:
                    return []
                consumed.add(cl.i)  # "its demand that the US match ...": an uncoded demand
                targets = targets or self._clause_subject(cl, res)
            else:
                etok, epat, eobj = emb
                code = embed_code(pat.embed, pat.code, epat.code)
                rule = f"{pat.rule}>{epat.rule}"
                trigger.append(etok)
                if _is_demand_clause(etok):
                    targets = self._clause_subject(etok, res) or targets
                targets = self._targets(etok, eobj, epat.targets, res) or targets if not (
                    _is_demand_clause(etok) and targets) else targets
        if light:
            trigger.insert(0, head)
        elif not (any(a.code for a in sources) and any(a.code for a in targets)
                  or sum(t.token == -2 for t in targets) >= 2 or joint):
            return []  # a bare event noun ("China's assistance") names an event only with both sides
        clause = noun
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        mod = modality_of(clause) if clause.pos_ in ("VERB", "AUX") else Modality("asserted")
        if not light and mod.value not in ("reported", "hypothetical"):
            mod = Modality("asserted")
        return self._pairs(sources, targets, code, pat, rule, noun, trigger, mod, res)

    # -- assembly -----------------------------------------------------------------------
    def _pairs(self, sources: list[Actor], targets: list[Actor], code: str, pat: Pattern,
               rule: str, anchor: Token, trigger: list[Token], mod: Modality,
               res: ArgumentResolver, cond: bool = False, refusal: bool = False) -> list[dict]:
        """One raw event per (source, target) pair; conjoined sources with no target pair up."""
        modality = mod.value
        if modality == "obligation":
            sayer = res.resolve(mod.sayer) if mod.sayer is not None else None
            if sayer is not None and sayer.code:
                # "X said Y must free them": X demands of Y
                code, rule = embed_code("demand", "100", code), f"{rule}>must"
                sources, targets, modality = [sayer], [s for s in sources if s.code], "asserted"
            else:
                modality = "hypothetical"
        elif modality == "negated" and refusal and code[:2] in _REFUSABLE_ROOTS:
            # CAMEO codes a stated refusal to cooperate as a rejection (12x)
            code, modality, rule = embed_code("refuse", "120", code), "asserted", f"{rule}>not"
        sources = [s for s in sources if s.code] or [Actor(None, "", -1)]
        targets = [t for t in targets if t.code]
        if not targets and sources[0].code and code[:2] in _PLACE_TARGET_ROOTS:
            # "held exercises in Alaska", "launched air strikes in Syria": force shown or
            # used in another country with no one named is directed at that country
            own = {s.code[:3] for s in sources if s.code}
            for tok in trigger:
                place = [a for a in self._foreign_place(tok, res) if a.code not in own]
                if place:
                    targets = place
                    break
        pairs: list[tuple[Actor, Actor]] = []
        if (len(sources) > 1 and targets and all(t.token == -2 for t in targets)
                and {t.code[:3] for t in targets} <= {s.code[:3] for s in sources if s.code}):
            targets = []  # "both sides agreed on ties between A and B": the sources pair up
        if not sources[0].code and len(targets) > 1 and all(t.token == -2 for t in targets):
            sources, targets = targets, []
        if not targets and len(sources) > 1:
            pairs = [(s, t) for s in sources for t in sources if s.code != t.code]
        else:
            nobody = Actor(None, "", -1)
            # "X demanded the removal of his rival": a target reached back to the source's own
            # mention (through a pronoun) is dropped, and the event keeps its source alone
            # a target that is the source's own code ("withdrew from the Bosnian town" said of
            # Bosnian forces) leaves the event with its source alone
            pairs = [(s, t) for s in sources
                     for t in ([t for t in targets if t.token != s.token or t.code != s.code]
                               or [nobody])]
            pairs = [(s, nobody) if (t.code == s.code and s.token != t.token
                                     and _prepositional(res, t)) else (s, t) for s, t in pairs]
        if code[:2] == "03" and (modality == "future" and mod.announced or (
                modality == "hypothetical" and not cond and would_only(anchor))):
            modality = "asserted"  # "will be ready to host", "would be willing to": intent now
        if (modality == "future" and mod.announced or modality == "hypothetical" and cond) \
                and code[:2] in _INTENT_ROOTS:
            # CAMEO: announcing a future action is expressing intent (03x) or threatening (13x);
            # an action promised unless a condition is met is a threat; "would meet him if he
            # agreed" / "may halt mediation if ..." are conditional promises and threats
            mode = "threat" if cond and (modality == "future" or code[:2] in _THREAT_ROOTS
                                         or code[:3] in _HALT_CODES) else "intent"
            code, modality, rule = embed_code(mode, "030", code), "asserted", f"{rule}>future"
        extra: list[tuple[Actor, Actor, str]] = []
        if modality == "reported" and mod.sayer is not None:
            sayer = res.resolve(mod.sayer)
            if sayer is not None and sayer.code and any(s.code == sayer.code for s, _ in pairs):
                modality = "asserted"
            elif (sayer is not None and sayer.code and code[:2] in _THREAT_ROOTS
                  and mod.sayer.head.lemma_.lower() in _ACCUSING_SAY):
                # "X alleged that Y attacked Z": Y->Z reported, and X accuses Y
                extra = [(sayer, s, "112") for s, _ in pairs if s.code]
        out = []
        for s, t in pairs[:MAX_EVENTS_PER_TRIGGER]:
            if not s.code and not t.code or s.code == t.code:
                continue
            out.append({"source": s, "target": t, "cameo": code, "rule": rule,
                        "anchor": anchor, "trigger": sorted(trigger, key=lambda x: x.i),
                        "modality": modality, "confidence": pat.confidence})
        for s, t, c in extra[:2]:
            if s.code != t.code:
                out.append({"source": s, "target": t, "cameo": c, "rule": f"{rule}>alleged",
                            "anchor": anchor, "trigger": sorted(trigger, key=lambda x: x.i),
                            "modality": "asserted", "confidence": pat.confidence * 0.8})
        return out

    def _finish(self, doc: Doc, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not raw:
            return []
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        timexes = doc._.timexes or []
        published = doc._.published
        events: list[dict[str, Any]] = []
        seen: set[tuple] = set()
        for r in sorted(raw, key=lambda r: r["anchor"].i):
            anchor: Token = r["anchor"]
            si = bisect_right(starts, anchor.i) - 1
            sent = sents[si]
            src, tgt = r["source"], r["target"]
            key = (si, src.code, tgt.code, r["cameo"])
            if key in seen:
                continue
            seen.add(key)
            latest = published if r["modality"] in ("asserted", "reported", "negated") else None
            date, date_source = _event_date(doc, anchor, sent, timexes, latest)
            if date is None:
                date, date_source = (published[:10] if isinstance(published, str) else published), "published"
            info = self.ontology[r["cameo"]]
            events.append({
                "source": src.code, "source_text": src.text or None,
                "target": tgt.code, "target_text": tgt.text or None,
                "cameo": info.code, "root": info.root, "name": info.name, "plover": info.plover,
                "quad_class": info.quad_class, "goldstein": info.goldstein,
                "date": date, "date_source": date_source, "place": None,
                "modality": r["modality"], "sentence": si,
                "start": sent.start_char, "end": sent.end_char,
                "trigger": " ".join(t.text for t in r["trigger"]),
                "confidence": r["confidence"], "rule": r["rule"],
            })
        return events


_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _is_state(res: ArgumentResolver, a: Actor) -> bool:
    """True for a state actor: a state role ("Israeli troops" ISRMIL) or a country named
    as such ("Israel", "Moscow"), not a people or group described by a nationality word."""
    if not a.code or not a.code[:3].isalpha() or a.code.startswith(("IGO", "NGO", "IMG")):
        return False
    if a.code[3:6] in _STATE_ROLES:
        return True
    if len(a.code) > 3:
        return False
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    end = m.get("tok_end") if m is not None else None
    return end is not None and res.doc[end - 1].pos_ == "PROPN"


def _prepositional(res: ArgumentResolver, a: Actor) -> bool:
    """True when the mention of ``a`` is the object of a preposition ("from the town")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    if m is None or m.get("tok_end") is None:
        return False
    start, end = m.get("tok_start", a.token), m["tok_end"]
    return any(t.dep_ == "pobj" and not (start <= t.head.i < end) for t in res.doc[start:end])


def _is_seat(res: ArgumentResolver, a: Actor) -> bool:
    """True for a capital or seat of government mention ("Algiers", "the Kremlin")."""
    m = res.index.by_token[a.token] if 0 <= a.token < len(res.index.by_token) else None
    return (m is not None and m.get("kind") == "metonym" and bool(a.code)
            and len(a.code) > 3 and a.code[:3].isalpha())


_FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "unit", "battalion", "brigade",
                          "contingent", "warship", "marine", "paratrooper", "peacekeeper"})
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "blue"})


def _force_noun(subj: Token | None) -> str | None:
    """"peacekeeping" or "forces" when ``subj`` is a military unit ("the first deployment of
    NATO peacekeeping troops", "Bangladeshi soldiers"); else None."""
    if subj is None:
        return None
    node = subj
    if node.lemma_.lower() in _CONTAINER_NOUNS:
        node = next((g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), node)
    lemma = node.lemma_.lower()
    if lemma not in _FORCE_NOUNS:
        return None
    if lemma in _PEACEKEEPING or any(c.lemma_.lower() in _PEACEKEEPING for c in node.children
                                     if c.dep_ in ("compound", "amod", "nmod")):
        return "peacekeeping"
    return "forces"


def _adjunct_clause(noun: Token, preps: frozenset[str] = _ADJUNCT_PREPS) -> Token | None:
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


def _is_attempt(verb: Token) -> bool:
    """True for the infinitive of "try"/"attempt" ("attempted to assassinate")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("try", "attempt")


_SUBJUNCTIVE_AUX = frozenset({"be", "should"})


def _is_demand_clause(tok: Token) -> bool:
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
        return any(a.lower_ in _SUBJUNCTIVE_AUX and a.tag_ in ("VB", "VBP", "MD") for a in auxes)
    return tok.tag_ in ("VB", "VBP")


#: verbs whose infinitive the parser may attach as a purpose clause ("have sworn to fight")
_COMMISSIVE = frozenset({"swear", "vow", "pledge", "promise", "threaten", "agree", "refuse",
                         "decline", "undertake", "resolve", "commit", "pressure", "pressurize",
                         "pressurise", "press", "urge", "force", "order", "encourage"})


def _is_infinitive_comp(tok: Token) -> bool:
    """An xcomp, or a clause complement with infinitival "to"."""
    if tok.dep_ == "xcomp":
        return True
    dep = tok.dep_
    if dep == "advcl" and tok.head.lemma_.lower() not in _COMMISSIVE:
        return False
    return (dep in ("ccomp", "acl", "relcl", "advcl") and tok.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children))


def _has_mod(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words
               for c in tok.children)


def _prep_match(preps: Sequence[Token], prep: frozenset[str], pobj: frozenset[str] | None) -> bool:
    for c in preps:
        if c.lower_ in prep:
            if pobj is None:
                return True
            if any(g.dep_ == "pobj" and g.lemma_.lower() in pobj for g in c.children):
                return True
    return False


def _is_usable_date(value: str | None, latest: str | None) -> bool:
    """A calendar value (not a duration or reference) no later than ``latest`` when given."""
    if not value or not _CALENDAR_VALUE.match(value):
        return False
    return latest is None or value[:10] <= latest[: len(value[:10])]


def _event_date(doc: Doc, anchor: Token, sent: Any, timexes: Sequence[dict],
                latest: str | None = None) -> tuple[str | None, str]:
    """The calendar value of the timex in ``sent`` attached to (else nearest) the trigger.

    Durations ("P10D") and references ("PRESENT_REF") never date an event, and an event
    that happened cannot be dated after ``latest`` (the publication date).
    """
    best: tuple[int, str] | None = None
    for tx in timexes:
        value = tx.get("value")
        if not _is_usable_date(value, latest) or tx["start"] < sent.start_char or tx["end"] > sent.end_char:
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        dist = abs(tx["start"] - anchor.idx)
        if span is not None:
            node = span.root
            for _ in range(4):
                if node.i == anchor.i:
                    dist = -1
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        if best is None or dist < best[0]:
            best = (dist, value)
    return (best[1], "timex") if best else (None, "published")



def _inflection_table(lemmas: Iterable[str]) -> dict[str, str]:
    """Regular inflected forms -> lemma, for one-word lemmas ("stage" -> staged, stages...)."""
    out: dict[str, str] = {}
    for lemma in sorted(lemmas):
        if not lemma.isalpha() or len(lemma) < 3:
            continue
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
        if (lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou"
                and len(lemma) <= 5):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        for form in forms:
            out.setdefault(form, lemma)
    for lemma in lemmas:
        out.pop(lemma, None)
    return out


def _drop_protest_purposes(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop demands and criticism that only state a protest's purpose ("staged rallies to
    demand reforms", "began a hunger strike to protest the arrests"): CAMEO codes the protest."""
    protest = {t.i for r in raw if r["cameo"][:2] == "14" for t in r["trigger"]}
    if not protest:
        return raw
    return [r for r in raw if not (
        r["cameo"][:2] in _PURPOSE_OF_PROTEST and r["anchor"].dep_ in ("advcl", "xcomp", "acl")
        and r["anchor"].head.i in protest)]
