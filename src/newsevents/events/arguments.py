"""Resolve event arguments (tokens of the parse) to actor mentions.

An argument resolves to the mention covering its head token; else to a coded mention inside
its noun phrase (possessor, compound or adjective: "Ukraine's drone attack" -> UKR,
"Russian airfields" -> RUS); else through an "of" complement. Personal pronouns take the
subject of the nearest governing clause that has another subject, else the subject of the
previous sentence's root; relative pronouns take the noun their clause modifies. "He"/"she"
never refers to a mention whose gender (from the actor stage,
``actors/coreference/gender.py``) differs. Subjects, agents and passives are read by
:mod:`newsevents.events.clauses`.
"""
from __future__ import annotations

from typing import Any, Mapping, NamedTuple, Sequence

from spacy.tokens import Doc, Token

from newsevents.events.clauses import subject_of
from newsevents.model import COLLECTIVE_KINDS, PERSON_KINDS
from newsevents.nlp.lexicon import (
    AUX_DEPS,
    BELONGING_PREPS,
    CLAUSE_POS,
    COLLECTIVE_ENTS,
    DOER_PARTICIPLES,
    NOMINAL_POS,
    NP_MODIFIER_DEPS,
    OBJECT_DEPS,
    OBJECT_PRONOUNS,
    PERSONAL,
    PLURAL_PRONOUNS,
    PLURAL_TAGS,
    PRONOUN_GENDER,
    REFLEXIVE,
    RELATIVE,
    SUBJECT_DEPS,
)

GENDERED = frozenset(PRONOUN_GENDER)


#: relatives: a possessor names whose relative, not who acts ("the minister's daughter")
KINSHIP = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
                     "child", "children", "family", "relative", "cousin", "uncle", "aunt", "nephew",
                     "niece", "widow", "grandson", "granddaughter", "spouse", "partner", "girlfriend",
                     "boyfriend", "fiancee", "fiance", "parent"})


class Actor(NamedTuple):
    """A resolved argument: actor code (or None), its text, and the mention's first token
    (-2 for a party of a "between" phrase, whose mention is then ``mention``)."""

    code: str | None
    text: str
    token: int
    mention: int = -1


class MentionIndex:
    """Token index -> actor mention, built once per doc."""

    __slots__ = ("doc", "by_token")

    def __init__(self, doc: Doc, mentions: Sequence[dict[str, Any]]) -> None:
        self.doc = doc
        by_token: list[dict[str, Any] | None] = [None] * len(doc)
        for m in mentions:
            start, end = m.get("tok_start"), m.get("tok_end")
            if start is None or end is None:
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is None:
                    continue
                start, end = span.start, span.end
            for i in range(max(start, 0), min(end, len(doc))):
                cur = by_token[i]
                if cur is None or (cur.get("code") is None and m.get("code") is not None):
                    by_token[i] = m
        self.by_token = by_token

    def actor_at(self, i: int) -> Actor | None:
        """The mention covering token ``i``, as an Actor."""
        m = self.by_token[i]
        if m is None:
            return None
        return Actor(m.get("code"), m.get("text", ""), m.get("tok_start", i))

    def first_token(self, i: int) -> int | None:
        """The first token of the mention covering token ``i``, if any."""
        m = self.by_token[i]
        return None if m is None else m.get("tok_start", i)

    def codes_at(self, i: int) -> list[Actor]:
        """Every actor of the mention covering token ``i``: one per code of a plural mention
        ("the two leaders" -> USAGOV, RUSGOV), else the mention's own actor."""
        m = self.by_token[i]
        if m is None:
            return []
        start = m.get("tok_start", i)
        codes = m.get("codes") or ([m["code"]] if m.get("code") else [])
        return [Actor(c, m.get("text", ""), start) for c in codes]

    def coded_in(self, tokens: Sequence[Token] | Any) -> Actor | None:
        """The first coded mention among ``tokens``."""
        for t in tokens:
            a = self.actor_at(t.i)
            if a is not None and a.code:
                return a
        return None


class ArgumentResolver:
    """Maps argument tokens to actors for one doc."""

    __slots__ = ("index", "doc", "lex")

    def __init__(self, index: MentionIndex, lex: Mapping[str, frozenset[str]]) -> None:
        self.index = index
        self.doc = index.doc
        self.lex = lex  # the pattern files' word classes

    def resolve(self, tok: Token, depth: int = 0) -> Actor | None:
        """The actor denoted by the phrase headed by ``tok``, or None."""
        found = self.index.actor_at(tok.i)
        if found is not None and found.code:
            return found
        if depth < 3:
            stands_in, a = self._stand_in(tok, depth)
            if stands_in:
                return a
        a = self._from_modifiers(tok, depth)
        if a is not None:
            return a
        if depth < 2 and tok.pos_ == "NOUN" and (found is None or not found.code):
            a = self._doer_of_act(tok)
            if a is not None:
                return a
        if depth < 2:
            a = self._of_complement(tok, depth)
            if a is not None:
                return a
        if depth < 2 and tok.pos_ in NOMINAL_POS and (found is None or not found.code) \
                and tok.lemma_.lower() not in self.lex["civilian_places"]:  # "a clinic in X": its people
            a = self._belonging_place(tok)
            if a is not None:
                return a
        return found

    def _stand_in(self, tok: Token, depth: int) -> tuple[bool, Actor | None]:
        """Whether ``tok`` stands in for another phrase (a participle the parser made the
        subject, a pronoun, a relative), and that phrase's actor."""
        lower = tok.lower_
        if tok.tag_ == "VBG" and tok.dep_ in SUBJECT_DEPS:
            # "The Red Cross operating in Iraq said": the parser made the participle the
            # subject; its own subject is the actor
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return True, self.resolve(subj, depth + 1)
        if tok.pos_ == "PRON":
            if lower in REFLEXIVE:
                # "attacked themselves": the clause's own subject, kept as a mention of its
                # own so that the event pairs the actor with itself (and codes nothing)
                clause = next((h for h in (tok.head, tok.head.head) if h.pos_ in CLAUSE_POS), None)
                subj = subject_of(clause) if clause is not None else None
                a = self.resolve(subj, depth + 1) if subj is not None and subj.i != tok.i else None
                return True, (a._replace(token=tok.i) if a is not None else None)
            if lower in PERSONAL:
                return True, self._pronoun(tok, depth)
        if lower in RELATIVE and tok.head.dep_ == "relcl":
            return True, self.resolve(tok.head.head, depth + 1)
        return False, None

    def _from_modifiers(self, tok: Token, depth: int) -> Actor | None:
        """A coded possessor, compound or adjective of ``tok`` ("Ukraine's drone attack"), else
        what its possessive pronoun refers to."""
        # a coded name or nationality word before a pronoun possessor ("its European
        # Community partners" are the EC's members, not the speaker's own side)
        own = None
        kin = tok.lemma_.lower() in KINSHIP  # "the minister's daughter" is no minister
        for c in tok.children:
            if kin and c.dep_ == "poss":
                continue
            if c.dep_ in NP_MODIFIER_DEPS:
                if c.dep_ == "poss" and c.pos_ == "PRON":
                    own = c
                    continue
                a = self.index.coded_in(c.subtree)
                if a is not None and a.code:
                    return a
        if own is not None and depth < 3:
            a = self._pronoun(own, depth)
            if a is not None and a.code:
                return a
        return None

    def _doer_of_act(self, tok: Token) -> Actor | None:
        """The coded doer of an act noun's by-phrase."""
        # "violations by the Israeli military": an act stands for the one who commits it,
        # also before its "of" phrase ("the killing of refugees by Congolese troops")
        # also through a participle ("crimes committed by Croat forces")
        bys = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]
        bys += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in DOER_PARTICIPLES
                for g in c.children if g.dep_ == "agent"]
        for c in bys:
            a = self.index.coded_in(g for g in c.children if g.dep_ == "pobj")
            if a is not None:
                return a
        return None

    def _of_complement(self, tok: Token, depth: int) -> Actor | None:
        """The actor of ``tok``'s "of" complement ("the leader of Hamas")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        a = self.resolve(g, depth + 1)
                        if a is not None:
                            return a
        return None

    def _belonging_place(self, tok: Token) -> Actor | None:
        """The coded place people or things belong to, from a belonging phrase."""
        # "rebels in the Ivory Coast", "students from Indonesia": the place they belong to;
        # also through a participle ("a report published in Nairobi", "a group based in Mali")
        # (there a capital is the place, not its government)
        preps = [(c, False) for c in tok.children if c.dep_ == "prep"]
        preps += [(g, True) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for g in c.children if g.dep_ == "prep"]
        for c, through in preps:
            if c.lower_ in BELONGING_PREPS:
                a = self.index.coded_in(g for g in c.children if g.dep_ == "pobj")
                if a is not None:
                    return self._as_place(a) if through else a
        return None

    def resolve_all(self, tok: Token | None) -> list[Actor]:
        """``tok`` and its conjuncts, resolved; unresolved ones left out, one per code."""
        if tok is None:
            return []
        out: list[Actor] = []
        seen: set[str | None] = set()
        if tok.lower_ in PLURAL_PRONOUNS and tok.pos_ == "PRON":
            ante = self._antecedent(tok)
            if ante is not None and len(_with_conjuncts(ante)) > 1:
                tok = ante
        for t in self._conjuncts(tok):
            a = self.resolve(t)
            if a is None:
                continue
            group = self.index.codes_at(t.i) if a.token == self.index.first_token(t.i) else []
            for b in group if len(group) > 1 else [a]:
                if b.code not in seen:
                    seen.add(b.code)
                    out.append(b)
        if out and tok.pos_ == "NOUN":
            # "U.S. and Russian negotiators": coordinated nationality words share the noun
            for c in tok.children:
                if c.dep_ in ("amod", "nmod", "compound") and any(
                        g.dep_ == "conj" for g in c.children):
                    for g in (c, *(g for g in c.children if g.dep_ == "conj")):
                        if g.dep_ == "conj" or g is c:
                            b = self.index.actor_at(g.i)
                            if b is not None and b.code and b.code not in seen:
                                seen.add(b.code)
                                out.append(b)
        return out

    def _as_place(self, a: Actor) -> Actor:
        """A capital or seat named as a place ("officials in Nairobi") is the country."""
        m = self.index.by_token[a.token] if 0 <= a.token < len(self.index.by_token) else None
        if m is not None and m.get("kind") == "metonym" and a.code and a.code[:3].isalpha():
            return a._replace(code=a.code[:3])
        return a

    def _conjuncts(self, tok: Token) -> list[Token]:
        """``tok`` and its conjuncts, also those hanging off another word of the mention it
        starts when the parser picked a wrong head ("Barack [Obama] and Nicolas Sarkozy")."""
        out = _with_conjuncts(tok)
        m = self.index.by_token[tok.i]
        if len(out) == 1 and m is not None and m.get("tok_end") is not None:
            for t in self.doc[tok.i + 1:m["tok_end"]]:
                if any(c.dep_ == "conj" for c in t.children):
                    return out + _with_conjuncts(t)[1:]
        return out

    def _pronoun(self, pron: Token, depth: int) -> Actor | None:
        ante = self._antecedent(pron)
        return self.resolve(ante, depth + 1) if ante is not None else None

    def _antecedent(self, pron: Token) -> Token | None:
        """The subject a personal pronoun refers back to (see the module docstring).

        A subject the pronoun cannot refer to ("Putin said they ...") gives way to the one
        addressed ("Trump told the EU it must ...", "a reminder to Iraq that it must ..."),
        else to no antecedent: the previous sentence is not searched then."""
        node = pron.head
        # an object pronoun does not refer to its own clause's subject ("Lebanon said a rocket
        # was fired at it": it is not the rocket; that would be "itself")
        skip = pron.dep_ in OBJECT_DEPS and pron.lower_ in OBJECT_PRONOUNS
        for _ in range(6):
            subj = subject_of(node) if node.pos_ in CLAUSE_POS else None
            if skip and node.pos_ in CLAUSE_POS:
                skip, subj = False, None
            if subj is not None and subj.i != pron.i and not _dominates(pron, subj):
                if subj.pos_ != "PRON":
                    if self._agrees(pron, subj):
                        return subj
                    return self._addressee(node, pron)
            if node.head.i == node.i:
                break
            node = node.head
        sent = pron.sent
        if sent.start > 0:
            prev = self.doc[sent.start - 1].sent
            subj = subject_of(prev.root)
            if subj is not None and subj.pos_ != "PRON" and self._agrees(pron, subj):
                return subj
        return None

    def _addressee(self, verb: Token, pron: Token) -> Token | None:
        """The one ``verb`` addresses ("told the EU", "issued a reminder to Iraq"), when
        ``pron`` can refer to it."""
        for c in verb.children:
            cand = c
            if c.dep_ == "dative" and c.pos_ == "ADP":
                cand = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ != "dobj" and c.dep_ != "dative":
                continue
            if cand.pos_ in NOMINAL_POS and not _dominates(pron, cand) and self._agrees(pron, cand):
                return cand
        return None

    def _agrees(self, pron: Token, subj: Token) -> bool:
        """Whether ``pron`` can refer to the phrase headed by ``subj``: "they" not to one
        person ("Putin said they attacked": not Putin), "he"/"she" not to several people or a
        named country or group ("Russia said he ..."); collectives take "they" ("the US said
        they attacked"). "It" may stand for the body a person speaks for ("the envoy said it
        will not allow")."""
        lower = pron.lower_
        m = self.index.by_token[subj.i]
        kind = (m.get("kind") if m is not None else None) or ""
        # several: a plural noun, conjuncts, a plural mention, or a plural verb ("Putin, along
        # with Erdogan, are due to meet": VBP is never third person singular)
        several = (subj.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in subj.children)
                   or len((m or {}).get("codes") or ()) > 1
                   or subj.dep_ == "nsubj" and any(t.tag_ == "VBP" for t in (subj.head, *(
                       c for c in subj.head.children if c.dep_ in AUX_DEPS))))
        if lower in PLURAL_PRONOUNS:
            # without a kind from the actor stage: a PERSON entity, unless it takes an article
            # ("the Houthis" is a group the tagger may read as a name); a named organisation
            # is no person whatever its kind ("Ukraine's General Staff")
            person = (kind in PERSON_KINDS and subj.ent_type_ not in COLLECTIVE_ENTS) or (
                kind not in COLLECTIVE_KINDS and subj.ent_type_ == "PERSON"
                and not any(c.dep_ == "det" for c in subj.children))
            return not person or several
        if lower in GENDERED:
            # the actor stage's gender: "Putin ... she" cannot agree (it left "she" uncoded)
            if m is not None and m.get("gender") and m["gender"] != PRONOUN_GENDER[lower]:
                return False
            # one person: not several ("the rebels"), nor a named country or group; but "an
            # American woman" (a person of a country) is one
            return not several and not (subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON" and (
                kind in COLLECTIVE_KINDS or (kind not in PERSON_KINDS and subj.ent_type_ in COLLECTIVE_ENTS)))
        return True


def _dominates(a: Token, b: Token) -> bool:
    """True when ``b`` lies in the subtree of ``a``... or ``a`` in that of ``b``."""
    return a.left_edge.i <= b.i <= a.right_edge.i or b.left_edge.i <= a.i <= b.right_edge.i


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    stack = [tok]
    while stack and len(out) < 8:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN"):
                out.append(c)
                stack.append(c)
    return out
