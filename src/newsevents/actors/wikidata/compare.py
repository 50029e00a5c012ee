"""Wikidata terms against the built-in office terms: what is added, ended or changed, and the
rows of an actors file that carries both (built-in terms Wikidata does not speak of are kept,
since the rows of a user file replace every built-in entry of their phrase)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from newsevents.actors.lexicon.dictionary import builtin_entries
from newsevents.actors.mentions.offices import office_names
from newsevents.actors.wikidata.terms import Person

_FAR = date.max


def name_key(text: str) -> str:
    """Accents, case, dots and spacing removed: "António  Guterres" == "antonio guterres"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace(".", " ").split())


@dataclass(frozen=True)
class KnownTerm:
    """A term of the built-in data (persons.tsv)."""

    name: str
    code: str
    start: date | None
    end: date | None
    office: str


@dataclass(frozen=True)
class ActorRow:
    """One row of the actors file written: a phrase, its code and term, and where it came from."""

    name: str
    code: str
    start: date | None
    end: date | None
    canonical: str
    office: str
    wikidata: str
    origin: str  # "wikidata" or "builtin"


@dataclass
class Comparison:
    """The diff against the built-in data and the rows to write."""

    added: list[dict] = field(default_factory=list)
    ended: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0
    new_people: int = 0
    dropped_names: list[str] = field(default_factory=list)
    rows: list[ActorRow] = field(default_factory=list)


@dataclass(frozen=True)
class Builtin:
    """The built-in people: terms and phrases by canonical name, owners of each phrase key."""

    terms: Mapping[str, tuple[KnownTerm, ...]]
    patterns: Mapping[str, tuple[str, ...]]
    owners: Mapping[str, frozenset[str]]
    other_keys: frozenset[str]


@lru_cache(maxsize=1)
def builtin_people() -> Builtin:
    """The built-in person data, indexed for matching Wikidata people to it."""
    terms: dict[str, dict[KnownTerm, None]] = {}
    patterns: dict[str, dict[str, None]] = {}
    owners: dict[str, set[str]] = {}
    other: set[str] = set()
    for e in builtin_entries():
        if e.kind != "person":
            other.add(name_key(e.pattern))
            continue
        if e.pattern == e.name and e.code:
            terms.setdefault(e.name, {})[KnownTerm(e.name, e.code, e.start, e.end, e.office)] = None
        patterns.setdefault(e.name, {})[e.pattern] = None
        owners.setdefault(name_key(e.pattern), set()).add(e.name)
    return Builtin({k: tuple(v) for k, v in terms.items()}, {k: tuple(v) for k, v in patterns.items()},
                   {k: frozenset(v) for k, v in owners.items()}, frozenset(other))


def _overlap(a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None) -> bool:
    return (a_start or date.min) < (b_end or _FAR) and (b_start or date.min) < (a_end or _FAR)


def match_person(person: Person, known: Builtin) -> str | None:
    """The built-in canonical name of a Wikidata person: their label, else one of their
    aliases, names exactly one built-in person who held an office of the same country."""
    countries = {t.code[:3] for t in person.terms}
    for names in ((person.name,), person.aliases):
        found = {n for text in names for n in known.owners.get(name_key(text), ())}
        found = {n for n in found if {t.code[:3] for t in known.terms.get(n, ())} & countries}
        if len(found) == 1:
            return found.pop()
    return None


def _change(kind: str, name: str, qid: str, code: str, office: str, start: date | None,
            end: date | None, was: KnownTerm | None = None) -> dict:
    out = {"change": kind, "name": name, "code": code, "office": office,
           "start": start and start.isoformat(), "end": end and end.isoformat(), "wikidata": qid}
    if was is not None:
        out["was"] = {"start": was.start and was.start.isoformat(), "end": was.end and was.end.isoformat()}
    return out


def _diff_person(person: Person, name: str, known_terms: Sequence[KnownTerm], out: Comparison) -> list[KnownTerm]:
    """Add the person's changes to ``out``; return the built-in terms Wikidata does not cover."""
    kept, matched_terms = [], set()
    for b in known_terms:
        matched = [t for t in person.terms if t.code == b.code and _overlap(t.start, t.end, b.start, b.end)]
        if not matched:
            kept.append(b)
            continue
        matched_terms.update(matched)
        if set(office_names(b.office)) - {t.note for t in matched}:
            kept.append(b)  # a run of posts of which Wikidata's query sees only some: keep it whole
            continue
        start = min(t.start for t in matched)
        end = None if any(t.end is None for t in matched) else max(t.end for t in matched)
        office = ", ".join(dict.fromkeys(t.note for t in matched if t.note)) or b.office
        if (start, end) == (b.start, b.end):
            out.unchanged += 1
        elif b.end is None and end is not None:
            out.ended.append(_change("ended", name, person.qid, b.code, office, start, end, b))
        else:
            out.changed.append(_change("changed", name, person.qid, b.code, office, start, end, b))
    for t in person.terms:
        if t not in matched_terms:
            out.added.append(_change("added", name, person.qid, t.code, t.note, t.start, t.end))
    return kept


def compare(people: Iterable[Person]) -> Comparison:
    """Diff ``people`` against the built-in data and build the rows of the actors file."""
    known, out = builtin_people(), Comparison()
    people = list(people)
    labels = {name_key(p.name) for p in people}
    alias_owners: dict[str, set[str]] = {}
    for p in people:
        for alias in p.aliases:
            alias_owners.setdefault(name_key(alias), set()).add(p.qid)
    for person in people:
        canonical = match_person(person, known)
        if canonical is None:
            out.new_people += 1
        name = canonical or person.name
        kept = _diff_person(person, name, known.terms.get(name, ()) if canonical else (), out)
        out.kept += len(kept)
        phrases = [*known.patterns.get(name, ()), name, person.name, *person.aliases]
        usable = []
        for phrase in dict.fromkeys(phrases):
            key = name_key(phrase)
            taken = (known.owners.get(key, frozenset()) - {name}) or key in known.other_keys or (
                phrase in person.aliases and (len(alias_owners.get(key, ())) > 1 or key in labels))
            (out.dropped_names if taken else usable).append(phrase)
        for phrase in usable:
            out.rows.extend(ActorRow(phrase, t.code, t.start, t.end, name, t.note, person.qid, "wikidata")
                            for t in person.terms)
            out.rows.extend(ActorRow(phrase, b.code, b.start, b.end, name, b.office, person.qid, "builtin")
                            for b in kept)
    for changes in (out.added, out.ended, out.changed):
        changes.sort(key=lambda c: (c["start"] or "", c["name"]), reverse=True)
    return out
