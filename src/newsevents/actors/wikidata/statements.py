"""What both Wikidata input shapes are read into: statements, names, and dates with precision."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from newsevents.errors import NewsEventsError

#: Wikidata time precisions (wikibase:timePrecision)
YEAR, MONTH, DAY = 9, 10, 11
_TIME = re.compile(r"^\+?(\d{1,4})-(\d{2})-(\d{2})")
_QID = re.compile(r"Q\d+$")


class WikidataInputError(NewsEventsError):
    """A --wikidata file that is neither SPARQL JSON results nor dump lines."""


@dataclass(frozen=True)
class WikiTime:
    """A Wikidata time value: year, month (0 = unknown) and day (0 = unknown), and precision."""

    year: int
    month: int
    day: int
    precision: int

    @classmethod
    def parse(cls, value: str | None, precision: object = DAY) -> WikiTime | None:
        """From ``+2025-01-20T00:00:00Z`` (dump) or ``2025-01-20T00:00:00Z`` (SPARQL); None
        for BCE, unreadable or coarser-than-year values."""
        match = _TIME.match(value or "")
        try:
            prec = int(precision) if precision not in (None, "") else DAY
        except (TypeError, ValueError):
            return None
        if not match or (value or "").startswith("-") or prec < YEAR:
            return None
        year, month, day = (int(g) for g in match.groups())
        if year < 1 or month > 12 or day > 31:
            return None
        return cls(year, month if prec >= MONTH else 0, day if prec >= DAY else 0, min(prec, DAY))


@dataclass(frozen=True)
class Statement:
    """One position-held statement: who, which office (and the code it gives), from when to when."""

    person: str
    office: str
    code: str
    note: str
    statement_id: str
    rank: str  # "normal" or "preferred" (deprecated ones are dropped when read)
    start: WikiTime | None
    end: WikiTime | None
    ended_unknown: bool = False  # an end qualifier with "unknown value"


@dataclass
class Names:
    """Labels by language and English aliases of one person."""

    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)

    def add_label(self, lang: str, text: str) -> None:
        if text and lang not in self.labels and not _QID.match(text):
            self.labels[lang] = text

    def add_alias(self, text: str) -> None:
        if text and text not in self.aliases:
            self.aliases.append(text)


@dataclass
class WikidataRead:
    """Everything one --wikidata file gave: statements, names, what was skipped and why, and the
    date the data was taken (the newest entity edit in a dump; the file's date otherwise)."""

    statements: list[Statement] = field(default_factory=list)
    names: dict[str, Names] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)
    data_date: date | None = None
    shape: str = ""

    def names_of(self, person: str) -> Names:
        return self.names.setdefault(person, Names())


def qid_of(uri: str | None) -> str:
    """``http://www.wikidata.org/entity/Q42`` -> ``Q42`` ("" when it is not an entity URI)."""
    tail = (uri or "").rstrip("/").rsplit("/", 1)[-1]
    return tail if _QID.match(tail) else ""


def rank_of(value: str | None) -> str:
    """``http://wikiba.se/ontology#PreferredRank`` or ``preferred`` -> ``preferred``."""
    text = (value or "normal").rsplit("#", 1)[-1].lower()
    return text[: -len("rank")] if text.endswith("rank") else text
