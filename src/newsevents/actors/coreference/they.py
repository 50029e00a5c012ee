"""Plural pronouns: "they"/"them" (subjects and objects) and possessive "their".

A plural pronoun takes the codes of the most recent plural-capable antecedent in the same
sentence (before it) or the previous one: a resolved plural mention ("the two leaders"),
actors joined by "and" ("Russia and China"), a coded plural group noun ("Syrian rebels",
"Chinese police", "Palestinians"), a government-like plural tied to a place ("officials in
Moscow" -> RUSGOV), or an earlier resolved "they". Precision first: when the window holds two
antecedents with different codes, an uncoded rival (a plural subject, a plural noun for people
such as "the activists", an unresolved "the two leaders"), or none, the pronoun stays
unresolved (code None). An object
("attacked them") never takes the subject of its own clause.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
from spacy.attrs import DEP, LOWER, TAG
from spacy.tokens import Doc, Token

from newsevents.actors.mentions.plural import clause_subject
from newsevents.actors.mentions.record import Mention
from newsevents.model import COLLECTIVE_KINDS
from newsevents.nlp.lexicon import ARGUMENT_DEPS, FORCE_COLLECTIVES, SEAT_PREPS

#: pronoun -> which dependency labels make it an argument
PRONOUN_DEPS: Mapping[str, frozenset[str]] = MappingProxyType({
    "they": frozenset({"nsubj", "nsubjpass"}),
    "them": frozenset({"dobj", "pobj", "dative", "iobj"}),
    "their": frozenset({"poss"}),
})
OBJECT_FORMS = frozenset({"them"})
#: plural nouns that stand for a government when tied to a place ("officials in Moscow")
GOVERNMENT_LIKE = frozenset({"official", "authority", "minister", "diplomat", "negotiator",
                             "envoy", "representative", "leader", "lawmaker", "legislator"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: collective nouns tagged singular that still take "they" ("Chinese police")
COLLECTIVE = FORCE_COLLECTIVES | frozenset({"people"})
#: plural nouns for people: uncoded, as objects they compete with coded antecedents
HUMAN = frozenset({
    "people", "civilian", "resident", "activist", "protester", "protestor", "demonstrator",
    "student", "worker", "journalist", "reporter", "child", "woman", "man", "refugee",
    "migrant", "prisoner", "hostage", "fighter", "member", "citizen", "villager", "voter",
    "supporter", "opponent", "lawyer", "critic", "victim", "family", "detainee", "soldier",
    "farmer", "militant", "rebel", "troop", "official", "leader", "minister", "diplomat",
    "negotiator", "lawmaker", "politician", "expert", "analyst", "doctor", "patient",
})


@dataclass(frozen=True)
class _Candidate:
    start: int  # first token: orders candidates and finds their sentence
    end: int
    codes: tuple[str, ...]
    name: str


def find_they(doc: Doc, used: bytearray) -> list[Mention]:
    """Unresolved pronoun mentions for argument "they"/"them"/"their" not yet covered."""
    out = []
    for i in _where(doc, LOWER, PRONOUN_DEPS):  # Token objects only where needed: cheap
        tok = doc[i]
        deps = PRONOUN_DEPS.get(tok.lower_)
        if deps and tok.dep_ in deps and not used[tok.i]:
            out.append(Mention(tok.i, tok.i + 1, None, None, "pronoun"))
    return out


def _where(doc: Doc, attr: int, values: Collection[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` is one of ``values``."""
    if not len(doc):
        return []
    hashes = [doc.vocab.strings[v] for v in values]
    return np.flatnonzero(np.isin(doc.to_array(attr), hashes)).tolist()


def _conjunct_groups(doc: Doc, by_token: Mapping[int, Mention]) -> list[list[Mention]]:
    """Coded mentions joined by "and" ("Russia and China"), each group in text order."""
    groups: dict[int, dict[int, Mention]] = {}
    for i in _where(doc, DEP, ("conj",)):
        m = by_token.get(i)
        if m is None or m.code is None or m.kind == "pronoun":
            continue
        r, hops = doc[i], 0
        while r.dep_ == "conj" and hops < 8:
            r, hops = r.head, hops + 1
        first = by_token.get(r.i)
        if first is None or first.code is None or first.kind == "pronoun" or first is m:
            continue
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                   for t in (r, doc[i]) for c in t.children):
            continue
        group = groups.setdefault(r.i, {})
        group[first.start], group[m.start] = first, m
    return [[g[k] for k in sorted(g)] for g in groups.values()]


def _group_noun(m: Mention, doc: Doc) -> bool:
    last = doc[m.end - 1]
    return m.kind in COLLECTIVE_KINDS and not m.person_like and (
        last.tag_ in PLURAL_TAGS or last.lower_ in COLLECTIVE)


def _place_of(tok: Token, covering: Callable[[int], Mention | None]) -> str | None:
    """The government a government-like plural belongs to ("officials in Moscow" -> RUSGOV)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in SEAT_PREPS:
            continue
        for obj in prep.children:
            m = covering(obj.i) if obj.dep_ == "pobj" else None
            if m is not None and m.code and m.kind in ("country", "metonym"):
                return m.code[:3] + "GOV"
    return None


def _candidates(doc: Doc, mentions: Sequence[Mention], names: Mapping[str, str]) -> list[_Candidate]:
    """Every plural-capable antecedent of the doc, in text order."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token[i] = m
    out: list[_Candidate] = []
    grouped: set[int] = set()
    for members in _conjunct_groups(doc, by_token):
        codes = tuple(dict.fromkeys(m.code for m in members if m.code))
        if len(codes) > 1:
            grouped.update(id(m) for m in members)
            name = " and ".join(dict.fromkeys(
                names.get(m.code[:3], m.name or m.code) if m.kind != "person" else (m.name or m.code)
                for m in members if m.code))
            out.append(_Candidate(members[0].start, members[-1].end, codes, name))
    for m in mentions:
        if id(m) in grouped:
            continue
        if m.code is None:
            if m.kind == "plural":
                out.append(_Candidate(m.start, m.end, (), ""))  # "the two leaders", unresolved
        elif m.codes and m.kind == "plural":
            out.append(_Candidate(m.start, m.end, m.codes, m.name or ""))
        elif (m.kind == "pronoun" and not m.person_like) or _group_noun(m, doc):
            out.append(_Candidate(m.start, m.end, (m.code,), m.name or m.code))
    for i in _where(doc, TAG, PLURAL_TAGS):
        tok = doc[i]
        if (i in by_token and by_token[i].kind != "agent") or tok.dep_ not in ARGUMENT_DEPS:
            continue
        lemma = tok.lemma_.lower()
        code = _place_of(tok, by_token.get) if lemma in GOVERNMENT_LIKE else None
        if code is not None:
            out.append(_Candidate(tok.i, tok.i + 1, (code,), names.get(code[:3], code)))
        elif lemma in HUMAN or tok.dep_ in ("nsubj", "nsubjpass"):
            out.append(_Candidate(tok.i, tok.i + 1, (), ""))  # "the activists": a rival
    out.sort(key=lambda c: c.start)
    return out


def resolve_they(
    doc: Doc, mentions: Sequence[Mention], sent_of: Callable[[int], int], names: Mapping[str, str]
) -> None:
    """Fill "they"/"them"/"their" mentions from one unambiguous antecedent, in text order."""
    pronouns = [m for m in mentions if m.kind == "pronoun" and not m.person_like]
    if not pronouns:
        return
    cands = _candidates(doc, mentions, names)
    for p in pronouns:
        sent = sent_of(p.start)
        skip = clause_subject(doc, p.start, p.end) if doc[p.start].lower_ in OBJECT_FORMS else None
        window = [c for c in cands if c.end <= p.start and sent_of(c.start) >= sent - 1
                  and not (skip is not None and c.start <= skip < c.end)]
        if not window or any(not c.codes for c in window) \
                or len({frozenset(c.codes) for c in window}) > 1:
            continue
        ante = window[-1]
        p.code, p.name, p.codes = ante.codes[0], ante.name, ante.codes
        if len(ante.codes) > 1:
            p.kind = "plural"
        else:
            p.codes = ()
        # a resolved pronoun is itself an antecedent for the next one
        cands.append(_Candidate(p.start, p.end, ante.codes, ante.name))
        cands.sort(key=lambda c: c.start)
