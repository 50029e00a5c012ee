"""Dataclasses for the records of the interchange format (DESIGN.md) and their dict forms.

Inside the spaCy pipeline everything is plain dicts; these classes are for users of
the Python API who prefer attributes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

T = TypeVar("T")


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Article:
    """An input article (DESIGN.md input record)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return _from_dict(cls, {**data, "id": str(data["id"])})


@dataclass
class Actor:
    """An actor mention: a span of text resolved (or not) to a CAMEO actor code."""

    text: str
    start: int
    end: int
    code: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        return _from_dict(cls, data)


@dataclass
class Timex:
    """A temporal expression and its resolved ISO value."""

    start: int
    end: int
    text: str
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Timex":
        return _from_dict(cls, data)


@dataclass
class Quote:
    """A quotation with its speaker (an Actor-like span) and cue word."""

    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: Actor | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["speaker"] = self.speaker.to_dict() if self.speaker else None
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        quote = _from_dict(cls, data)
        if isinstance(quote.speaker, dict):
            quote.speaker = Actor.from_dict(quote.speaker)
        return quote


@dataclass
class Event:
    """A coded event: source does ``cameo`` to target, with its evidence span."""

    source: str | None
    target: str | None
    cameo: str
    source_text: str | None = None
    target_text: str | None = None
    root: str | None = None
    name: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date: str | None = None
    date_source: str | None = None
    place: str | None = None
    modality: str = "asserted"
    sentence: int = 0
    start: int = 0
    end: int = 0
    trigger: str | None = None
    confidence: float | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        return _from_dict(cls, data)


@dataclass
class ArticleResult:
    """The output record for one article."""

    id: str
    published: str | None = None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "timexes": [t.to_dict() for t in self.timexes],
            "actors": [a.to_dict() for a in self.actors],
        }
        if self.error:
            out["error"] = self.error
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleResult":
        return cls(
            id=str(data["id"]),
            published=data.get("published"),
            events=[Event.from_dict(e) for e in data.get("events", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            timexes=[Timex.from_dict(t) for t in data.get("timexes", [])],
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            error=data.get("error"),
        )
