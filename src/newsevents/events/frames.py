"""Frame matching: which verb or noun pattern a token's parse satisfies, and which
infinitive or "that" clause an embedding word governs."""
from __future__ import annotations

from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

from spacy.tokens import Token

from newsevents.events.clauses import is_passive, patient_of, subject_of
from newsevents.events.codes import VIOLENT_ROOTS
from newsevents.events.patterns import NO_EVENT, PLACE_WORD, Pattern, PatternSet
from newsevents.events.syntax import (
    HITTING_OCCURRENCE,
    has_mod,
    is_demand_clause,
    is_infinitive_comp,
    is_participation,
    misparsed_gerund,
    names_place,
    prep_match,
    purpose_clauses,
)
from newsevents.nlp.lexicon import PLURAL_TAGS, TRANSPARENT_VERBS

#: states an act leaves its object in ("shot dead", "left injured"): no naming frame
RESULT_STATES = frozenset({"dead", "injured", "wounded", "unconscious", "homeless", "hostage"})


class FrameMatcher:
    """Matches tokens against one pattern set."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        self.lex = patterns.classes
        #: words that embed an infinitive's event ("agreed to", "demanded that")
        self.embedders: frozenset[str] = frozenset(
            lemma for table in (patterns.verbs, patterns.nouns)
            for lemma, pats in table.items() if any(p.embed for p in pats))
        #: words whose "that" clause in the subjunctive is what they ask for ("demanded that
        #: Hamas renounce violence", "its demand that Israel ease restrictions")
        self.demanders: frozenset[str] = frozenset(
            lemma for table in (patterns.verbs, patterns.nouns)
            for lemma, pats in table.items() if any(p.embed in ("demand", "appeal") for p in pats))
        known = set(patterns.verbs) | patterns.light_verbs | TRANSPARENT_VERBS
        self._verb_known: frozenset[str] = frozenset(known)
        self._verb_forms: Mapping[str, str] = MappingProxyType(inflection_table(known))

    def verb_lemma(self, tok: Token) -> str:
        """The token's lemma, or the pattern lemma its form inflects when the lemmatizer
        missed it ("staged" lemmatized as "stag" -> "stage")."""
        lemma = tok.lemma_.lower()
        if lemma in self._verb_known:
            return lemma
        return self._verb_forms.get(tok.lower_, lemma)

    def match_verb(self, verb: Token) -> tuple[Pattern, Token | None] | None:
        """The most specific verb pattern matching ``verb``, and the object it consumed."""
        return next(self.verb_matches(verb), None)

    def verb_matches(self, verb: Token) -> Iterator[tuple[Pattern, Token | None]]:
        """Every verb pattern matching ``verb``, most specific first, with its object; a
        matching discard (code ``---``) ends the list."""
        pats = self.patterns.verbs.get(self.verb_lemma(verb))
        if not pats:
            return
        if any(c.dep_ == "oprd" and c.lemma_.lower() not in RESULT_STATES for c in verb.children):
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
        if obj is None and passive:
            obj = patient_of(verb)  # "were shot and *injured*": the shared passive subject
        if is_participation(verb, obj):
            return  # "took part in the killing": the in-phrase's event is coded, not "take"
        mobj = obj
        if obj is not None:
            preps.extend(c for c in obj.children if c.dep_ == "prep")
            if obj.lemma_.lower() in self.lex["containers"]:
                mobj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), obj)
        comp = next((c for c in verb.children if is_infinitive_comp(c)), None)
        # conjoined objects ("aerial photographs and other military intelligence"): a frame
        # may match any of them; the first object stays the one the event consumes
        alts = [g for g in obj.children if g.dep_ == "conj" and g.pos_ == "NOUN"][:3] \
            if obj is not None else []
        for p in pats:
            if p.negation == "required" and not neg or p.negation == "forbidden" and neg:
                continue
            if p.particle is not None and not (prts & p.particle or any(
                    c.lower_ in p.particle for c in preps if c.head.i == verb.i and (
                        c.i == verb.i + 1 or not any(g.dep_ == "pobj" for g in c.children)))):
                continue  # a particle read as a preposition ("gave in to"), not "gave answers in 100 hours"
            if p.obj is not None or p.obj_mod is not None:
                if obj is None or not any(
                        (p.obj is None or o.lemma_.lower() in p.obj or PLACE_WORD in p.obj and names_place(o))
                        and (p.obj_mod is None or has_mod(o, p.obj_mod))
                        for o in (obj, mobj, *alts)):
                    continue
            if p.prep is not None and not prep_match(preps, p.prep, p.pobj):
                continue
            if p.complement is not None and (comp is None or comp.lemma_.lower() not in p.complement):
                continue
            if p.purpose is not None and not any(self.verb_lemma(c) in p.purpose for c in purpose_clauses(verb)):
                continue
            if p.subject is not None and not self._subject_is(verb, p.subject):
                continue
            if p.code == NO_EVENT:
                return  # a discard: this sense of the verb codes nothing, and no vaguer frame does
            yield p, (obj if p.obj is not None else None)

    def _subject_is(self, verb: Token, lemmas: frozenset[str]) -> bool:
        """True when the verb's subject is one of ``lemmas``, also through a count or an
        amount ("hundreds of protesters", "a group of demonstrators")."""
        subj = subject_of(verb)
        if subj is None:
            return False
        if subj.lemma_.lower() in self.lex["counts"] or subj.lemma_.lower() in self.lex["containers"] \
                or subj.lemma_.lower() in self.lex["collectives"] or subj.like_num:
            subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), subj)
        return subj.lemma_.lower() in lemmas or subj.lower_ in lemmas

    def match_noun(self, noun: Token) -> Pattern | None:
        """The most specific noun pattern matching ``noun`` (None when that is a discard)."""
        pats = self.patterns.nouns.get(noun.lemma_.lower())
        if not pats and noun.tag_ in PLURAL_TAGS and noun.lower_.endswith("s"):
            pats = self.patterns.nouns.get(noun.lower_[:-1])  # a plural the lemmatizer kept
        if not pats:
            return None
        preps = [c for c in noun.children if c.dep_ == "prep"]
        for p in pats:
            if p.obj_mod is not None and not has_mod(noun, p.obj_mod):
                continue
            if p.prep is not None and not prep_match(preps, p.prep, p.pobj):
                continue
            return p if p.code != NO_EVENT else None
        return None

    def instrument(self, verb: Token) -> tuple[Token, Pattern] | None:
        """The violent event noun of an in/by/during phrase on a harm verb, and its pattern
        (also a gerund the parser split from its in-phrase)."""
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":  # "a roadside bombing killed ..."
                npat = self.match_noun(c)
                if npat is not None and npat.code[:2] in VIOLENT_ROOTS and npat.embed is None:
                    return c, npat
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "with"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.pos_ == "NOUN" or g.pos_ == "PROPN"):
                        npat = self.match_noun(g)
                        if g.lemma_.lower() == "strike" and (npat is None or npat.code[:2] == "14"
                                                             or npat.code == "190"):
                            # "killed in strikes": people are killed by air or missile strikes, not walkouts
                            npat = next((p for p in self.patterns.nouns.get("airstrike", ()) if p.code == "195"), npat)
                        if npat is not None and npat.code[:2] in VIOLENT_ROOTS and npat.embed is None:
                            return g, npat
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and misparsed_gerund(c, verb):
                found = self.match_verb(c)
                if found is not None and found[0].code[:2] in VIOLENT_ROOTS and found[0].embed is None:
                    return c, found[0]  # "wounded in Turkish tank shelling": a verb
        return None

    def is_embedded(self, verb: Token) -> bool:
        """True for an infinitive complement of an embedding word ("agreed to *meet*")."""
        if is_demand_clause(verb):
            head = verb.head
            lemma = self.verb_lemma(head) if head.pos_ == "VERB" else head.lemma_.lower()
            if lemma in self.demanders:
                return True
        node = verb
        for _ in range(3):
            if not is_infinitive_comp(node):
                return False
            head = node.head
            lemma = self.verb_lemma(head) if head.pos_ == "VERB" else head.lemma_.lower()
            if lemma in self.embedders:
                return True
            if lemma not in TRANSPARENT_VERBS:
                return False
            node = head
        return False

    def embedded(self, tok: Token, consumed: set[int],
                 clause: bool = False) -> tuple[Token, Pattern, Token | None] | None:
        """The coded infinitive complement of ``tok`` ("agreed to *build* ties"); with
        ``clause``, also a subjunctive "that" clause ("demanded that Iran *free* them")."""
        node = tok
        for step in range(3):
            comp = next((c for c in node.children if is_infinitive_comp(c)), None)
            if comp is None and clause and step == 0:
                comp = next((c for c in node.children if is_demand_clause(c)), None)
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
            if lemma not in TRANSPARENT_VERBS:
                return None
            node = comp
        return None


def describes_event(verb: Token, frames: FrameMatcher) -> bool:
    """True for a participle that describes an event noun it hangs on ("an arson attack
    targeting a dormitory", "clashes involving police"): the noun is the event."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN"
            and frames.match_noun(verb.head) is not None)


def occurs_to_event(verb: Token, frames: FrameMatcher, harm: frozenset[str]) -> bool:
    """True for a verb of hitting whose subject is an event noun ("an explosion hit a police
    vehicle", "the attack targeted a station"): the noun's event, which reads the verb's
    object, is the act. Harm verbs ("an airstrike killed ...") take the noun themselves."""
    lemma = frames.verb_lemma(verb)
    if lemma not in HITTING_OCCURRENCE or lemma in harm:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and frames.match_noun(c) is not None
               for c in verb.children)


def inflection_table(lemmas: Iterable[str]) -> dict[str, str]:
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
