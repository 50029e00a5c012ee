"""Actor dictionary: built-in data files, user files, and date-bounded lookup.

Entries are immutable; the built-in tables are parsed once per process
(``functools.lru_cache``). An :class:`ActorDictionary` merges built-in and user entries
and answers "which entry does this phrase denote on this date?".

Convention for people outside every dated term: the code falls back to the country part of
their code (``USAGOV`` -> ``USA``), or ``None`` when the code is not country-based (IGOs).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from newsevents.errors import NewsEventsError
from newsevents.model import ActorKind

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

#: priority of built-in entry kinds when two share a phrase (higher wins)
KIND_PRIORITY: Mapping[str, int] = MappingProxyType(
    {"adjective": 0, "capital": 1, "country": 2, "group": 3, "igo": 4, "metonym": 5, "person": 6}
)
#: built-in kinds whose entries may carry dates (several entries per phrase)
DATED_KINDS = frozenset({"person", "group"})
#: valid ``kind`` values in user files: the output kinds a dictionary entry may have
USER_KINDS = frozenset(k.value for k in (ActorKind.COUNTRY, ActorKind.IGO, ActorKind.PERSON, ActorKind.GROUP,
                                         ActorKind.METONYM, ActorKind.TITLE))
#: entry kinds that name a country, so that a title may follow them ("Russian President")
COUNTRYISH = frozenset({"country", "adjective", "capital", "metonym", "igo"})


class ActorFileError(NewsEventsError):
    """A user actors file that cannot be read."""


@dataclass(frozen=True)
class Entry:
    """One phrase -> actor code, optionally valid only between ``start`` and ``end``."""

    pattern: str
    code: str | None
    name: str
    kind: str
    start: date | None = None
    end: date | None = None
    source: str = "builtin"
    office: str = ""  # the office(s) held in this term, from persons.tsv's note ("foreign minister")

    def valid_on(self, day: date) -> bool:
        """True when ``day`` lies in [start, end) (open bounds always match)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class AgentNoun:
    """A title or group noun: "president" (GOV, person title), "troops" (MIL, group)."""

    phrase: str
    role: str
    type: str  # "P" person title, "G" group, "S" spokesperson-like (inherits role), "A" generic agent
    country: str | None = None


def _rows(path: Path) -> Iterable[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def parse_date(value: object) -> date | None:
    """A ``date`` from an ISO string or date; None for empty."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip())


@lru_cache(maxsize=1)
def verified_through() -> date | None:
    """The day up to which the shipped office terms were checked (``# verified_through:``
    header of persons.tsv). An open term is assumed to continue after it."""
    with (DATA_DIR / "persons.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition(":")
            if key.strip() == "verified_through":
                return parse_date(value)
    return None


def data_info() -> dict[str, object]:
    """What the built-in actor data holds and how far it was checked (plain, JSON-safe)."""
    entries = builtin_entries()
    people = {(e.name, e.code, e.start, e.end) for e in entries if e.kind == "person"}
    checked = verified_through()
    starts = [start for _, _, start, _ in people if start]
    return {
        "verified_through": checked.isoformat() if checked else None,
        "latest_term_start": max(starts).isoformat() if starts else None,
        "office_terms": len(people),
        "people": len({name for name, *_ in people}),
        "countries": len(country_names()),
        "phrases": len({e.pattern.lower() for e in entries}),
        "note": "terms without an end are assumed to continue; add later changes with "
                "`newsevents actors update --wikidata FILE` or --actors FILE",
    }


@lru_cache(maxsize=1)
def country_names() -> Mapping[str, str]:
    """ISO3 -> canonical short country name."""
    return MappingProxyType({r[0]: r[1] for r in _rows(DATA_DIR / "countries.tsv")})


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[Entry, ...]:
    """Every entry of the shipped data files."""
    out: list[Entry] = []
    for code, name, aliases, adjectives, capitals in _rows(DATA_DIR / "countries.tsv"):
        out.extend(Entry(p, code, name, "country") for p in [name, *_split(aliases)])
        out.extend(Entry(p, code, name, "adjective") for p in _split(adjectives))
        out.extend(Entry(p, code + "GOV", name, "capital") for p in _split(capitals))
    names = country_names()
    for pattern, code, _label in _rows(DATA_DIR / "metonyms.tsv"):
        out.append(Entry(pattern, code, names.get(code[:3], _label), "metonym"))
    for code, name, kind, patterns in _rows(DATA_DIR / "igos.tsv"):
        out.extend(Entry(p, code, name, kind) for p in _split(patterns))
    for code, name, start, end, patterns, *_note in _rows(DATA_DIR / "groups.tsv"):
        out.extend(Entry(p, code, name, "group", parse_date(start), parse_date(end)) for p in _split(patterns))
    for row in _rows(DATA_DIR / "persons.tsv"):
        name, code, start, end = row[:4]
        aliases = _split(row[4]) if len(row) > 4 else []
        office = row[5].strip() if len(row) > 5 else ""
        for p in [name, *aliases]:
            out.append(Entry(p, code, name, "person", parse_date(start), parse_date(end), office=office))
    return tuple(out)


@lru_cache(maxsize=1)
def person_genders() -> Mapping[str, str]:
    """Canonical person name -> "m"/"f" from persons.tsv's ``gender`` column (filled only
    where the authors are sure; most people are covered by :func:`first_name_genders`)."""
    out = {}
    for row in _rows(DATA_DIR / "persons.tsv"):
        if len(row) > 7 and row[7].strip() in ("m", "f"):
            out[row[0]] = row[7].strip()
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def first_name_genders() -> Mapping[str, str]:
    """Lower-case first name -> "m"/"f" (first_names.tsv)."""
    return MappingProxyType({n.lower(): g for g, names in _rows(DATA_DIR / "first_names.tsv")
                             for n in _split(names)})


@lru_cache(maxsize=1)
def agent_nouns() -> tuple[AgentNoun, ...]:
    """The shipped title/group nouns."""
    return tuple(
        AgentNoun(r[0].lower(), r[1], r[2], (r[3] or None) if len(r) > 3 else None)
        for r in _rows(DATA_DIR / "agents.tsv")
    )


def normalise_key(tokens: Iterable[str]) -> str:
    """Lookup key of a phrase: its tokens lower-cased, joined by single spaces."""
    return " ".join(t.lower() for t in tokens)


class ActorDictionary:
    """Phrase key -> candidate entries, with date-aware resolution.

    ``tokenize`` turns a pattern into its token texts, so keys agree with what a
    PhraseMatcher on the same tokenizer will find.
    """

    def __init__(self, tokenize, user_entries: Sequence[Entry] = ()) -> None:
        merged: dict[str, list[Entry]] = {}
        # case variants of one phrase for the same actor ("NATO", "Nato"): each keeps its
        # own case rule in the matcher
        variants: dict[str, list[str]] = {}
        self.surface: dict[str, tuple[str, ...]] = {}
        for entry in builtin_entries():
            key = normalise_key(tokenize(entry.pattern))
            have = merged.get(key)
            if not have:
                merged[key] = [entry]
            elif entry.kind == have[0].kind and entry.kind in DATED_KINDS:
                have.append(entry)
            elif KIND_PRIORITY[entry.kind] > KIND_PRIORITY[have[0].kind]:
                merged[key] = [entry]
                variants.pop(key, None)
            elif entry.kind == have[0].kind and entry.code == have[0].code:
                variants.setdefault(key, []).append(entry.pattern)
        user_keys: set[str] = set()
        for entry in user_entries:
            key = normalise_key(tokenize(entry.pattern))
            if key not in user_keys:
                merged[key] = []
                user_keys.add(key)
            merged[key].append(entry)
        # dated entries first: an undated one is the fallback outside every dated one
        self.entries: dict[str, tuple[Entry, ...]] = {
            k: tuple(sorted(v, key=_undated)) for k, v in merged.items()
        }
        self.patterns: dict[str, tuple[str, ...]] = {}
        for key, entries in self.entries.items():
            self.patterns[key] = tuple(dict.fromkeys(
                [*(e.pattern for e in entries), *(() if key in user_keys else variants.get(key, ()))]))

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def ambiguous(self, key: str) -> bool:
        """True when ``key`` names several actors ("BNP": a British and a Bangladeshi party)."""
        return len({e.name for e in self.entries.get(key, ())}) > 1

    def resolve(self, key: str, day: date, prefer: Collection[str] = ()) -> Entry | None:
        """The entry ``key`` denotes on ``day``; people out of office lose their role. Where
        ``key`` names actors of several countries, the one of a country in ``prefer`` (the
        article's) wins, and none does when ``prefer`` does not decide."""
        entries = self.entries.get(key)
        if not entries:
            return None
        if self.ambiguous(key) and len({(e.code or "")[:3] for e in entries}) > 1:
            names = {e.name for e in entries if (e.code or "")[:3] in prefer}
            if len(names) != 1:
                return None  # "BNP" with neither Britain nor Bangladesh in the article: unknown
            entries = tuple(e for e in entries if e.name in names)
        if _undated(entries[0]):
            return entries[0]
        for entry in entries:
            if entry.valid_on(day):
                return entry
        return out_of_office(entries[0]) if entries[0].kind == "person" else entries[0]


def _undated(entry: Entry) -> bool:
    return entry.start is None and entry.end is None


def out_of_office(entry: Entry) -> Entry:
    """The entry with its role dropped: country part of the code, or None."""
    code = entry.code[:3] if entry.code and entry.code[:3] in country_names() else None
    return replace(entry, code=code, start=None, end=None)
