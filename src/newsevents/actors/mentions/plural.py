"""Plural references: "the two leaders", "both sides", "the two countries".

A plural mention takes the codes of the last N distinct actors before it (N = 2 for "two" and
"both", 3 for "three") and keeps them, in text order, in :attr:`Mention.codes`;
``Mention.code`` is the first of them. Leaders take people (person, title and pronoun mentions);
countries/nations/governments/sides take country-based actors, one per country.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc

from newsevents.actors.mentions.record import Mention

#: plural head noun -> what it refers to
HEADS: Mapping[str, str] = MappingProxyType({
    "leaders": "person", "presidents": "person", "men": "person", "women": "person",
    "ministers": "person", "premiers": "person", "counterparts": "person", "heads": "person",
    "officials": "person", "envoys": "person", "diplomats": "person",
    "countries": "country", "nations": "country", "states": "country",
    "governments": "government", "capitals": "government", "neighbours": "country",
    "neighbors": "country", "sides": "side", "parties": "side", "allies": "side",
    "rivals": "side", "adversaries": "side", "delegations": "side",
})
#: the words before the head: ("the", "two") -> 2
NUMBERS: Mapping[str, int] = MappingProxyType({"two": 2, "three": 3})
#: words allowed between the number and the head ("the two world leaders")
FILLERS = frozenset({"world", "foreign", "prime", "neighbouring", "neighboring", "warring",
                     "nuclear", "rival", "former", "allied"})
#: how many sentences back antecedents may lie
LOOKBACK = 6


def find_plurals(doc: Doc, used: bytearray) -> list[Mention]:
    """Unresolved plural mentions over tokens not yet taken by another mention."""
    out: list[Mention] = []
    n = len(doc)
    strings = doc.vocab.strings
    starts = np.fromiter((strings[w] for w in ("both", "the")), dtype=np.uint64)
    lowers = doc.to_array(LOWER) if n else np.zeros(0, dtype=np.uint64)
    for i in np.flatnonzero(np.isin(lowers, starts)).tolist():  # no Token per word
        low = doc[i].lower_
        if low == "both":
            count, k = 2, i + 1
            if k < n and doc[k].lower_ == "the":
                k += 1
        elif low == "the" and i + 1 < n and doc[i + 1].lower_ in NUMBERS:
            count, k = NUMBERS[doc[i + 1].lower_], i + 2
        else:
            continue
        while k < n and doc[k].lower_ in FILLERS:
            k += 1
        if k >= n or doc[k].lower_ not in HEADS or any(used[i : k + 1]):
            continue
        if k + 1 < n and doc[k + 1].lower_ == "of":  # "both sides of the border"
            continue
        out.append(Mention(i, k + 1, None, None, "plural", plural=HEADS[doc[k].lower_],
                           role=str(count)))
    return out


def _key_and_code(c: Mention, want: str, countries: Mapping[str, str]) -> tuple[str, str] | None:
    """(distinctness key, code to report) of antecedent ``c`` for a plural of kind ``want``."""
    if c.code is None or c.kind == "plural":
        return None
    if want == "person":
        if c.kind not in ("person", "title", "pronoun") or not c.person_like:
            return None
        return c.name or c.code, c.code
    iso = c.code[:3]
    if iso not in countries:
        return (c.code, c.code) if want == "side" and c.kind in ("igo", "group") else None
    if want == "country":
        return iso, iso
    if want == "government":
        return iso, iso + "GOV"
    return iso, c.code


def clause_subject(doc: Doc, start: int, end: int) -> int | None:
    """The subject token of the clause whose verb governs the span ("Egypt urged both sides")."""
    node = doc[start:end].root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return next((c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def resolve_plurals(
    mentions: Sequence[Mention], sent_of: Callable[[int], int], countries: Mapping[str, str],
    subjects: Mapping[int, int] | None = None,
) -> None:
    """Fill each plural mention with the codes of the last distinct actors before it.

    ``subjects`` maps a plural mention's start token to the subject of its clause, which is
    never one of the parties ("Egypt urged both sides ...").
    """
    for i, m in enumerate(mentions):
        if m.kind != "plural" or not m.plural:
            continue
        want_n = int(m.role or 2)
        first_sent = sent_of(m.start) - LOOKBACK
        found: dict[str, tuple[int, str, str]] = {}
        skip = (subjects or {}).get(m.start)
        for j in range(i - 1, -1, -1):
            c = mentions[j]
            if sent_of(c.start) < first_sent or len(found) == want_n:
                break
            if skip is not None and c.start <= skip < c.end:
                continue
            kc = _key_and_code(c, m.plural, countries)
            if kc is not None and kc[0] not in found:
                name = c.name if m.plural == "person" and c.name else \
                    countries.get(c.code[:3], c.name or kc[1])
                found[kc[0]] = (c.start, kc[1], name)
        if len(found) == want_n:
            ordered = sorted(found.values())
            m.codes = tuple(code for _, code, _ in ordered)
            m.code = m.codes[0]
            m.name = " and ".join(dict.fromkeys(name for _, _, name in ordered))
