"""The records newsevents reads and writes, defined once.

Inputs and outcomes are small dataclasses (:class:`Article`, :class:`Processed`,
:class:`InputFailure`). The output record of the interchange format (docs/design.md) is plain
dicts inside the spaCy pipeline and on the wire; its shape is given here as TypedDicts,
the single definition every stage, store writer and export follows, and
:func:`record_problems` checks a record against it.
"""
from __future__ import annotations

import types
import typing
from dataclasses import asdict, dataclass, fields
from enum import Enum
from typing import Any, Literal, TypedDict, Union

Modality = Literal["asserted", "negated", "future", "hypothetical", "reported"]


class ActorKind(str, Enum):
    """What an actor mention names (``kind`` of an output actor; equal to its string)."""

    COUNTRY = "country"
    IGO = "igo"
    PERSON = "person"
    TITLE = "title"  # a title without a name ("the president")
    GROUP = "group"
    METONYM = "metonym"  # a capital or seat standing for its government ("the Kremlin")
    AGENT = "agent"  # a generic agent noun ("police", "protesters", "gunmen")
    PRONOUN = "pronoun"
    PLURAL = "plural"  # several actors at once ("the two leaders")
    UNKNOWN = "unknown"  # an organisation no dictionary knows

    def __str__(self) -> str:
        return self.value


#: the country slot of an actor code whose country is unknown ("---COP": police of no known
#: country), as PETRARCH writes it: the first three characters of a code are its country
UNKNOWN_COUNTRY = "---"


#: CAMEO agent roles of armed actors, of state forces, and of unarmed people
ARMED_ROLES = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "INS"})
STATE_FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})
#: roles of a state's own bodies (its forces, government, legislature and courts)
STATE_ROLES = STATE_FORCE_ROLES | frozenset({"GOV", "LEG", "JUD"})
UNARMED_ROLES = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "BUS", "HLH", "REF", "REL", "MED",
                           "JUD", "LEG", "NGO", "HRI"})


def country_of(code: str | None) -> str | None:
    """The country part of a state-based actor code ("RUSGOV" -> "RUS"); None for an unknown
    country ("---COP"), IGOs, NGOs, transnational groups and companies."""
    if not code or len(code) < 3 or not code[:3].isalpha() or code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None
    return code[:3]


#: kinds of mentions of one person
PERSON_KINDS = frozenset({ActorKind.PERSON, ActorKind.TITLE})
#: kinds of mentions of countries and organised groups
COLLECTIVE_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.IGO, ActorKind.GROUP, ActorKind.METONYM})
#: kinds whose code names a country (and possibly a role)
NATIONAL_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.METONYM, ActorKind.GROUP, ActorKind.PERSON,
                            ActorKind.TITLE})


@dataclass
class Article:
    """An input article (the input record of docs/design.md)."""

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
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names and k != "id"}, id=str(data["id"]))


@dataclass(frozen=True)
class InputFailure:
    """An article (or file, or line) that could not be read or processed; ``stage`` says where."""

    id: str
    origin: str
    stage: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "origin": self.origin, "stage": self.stage, "error": self.message}


SourceItem = Union[Article, InputFailure]


@dataclass(frozen=True)
class Processed:
    """One article that went through the pipeline: its input, content hash and output record."""

    article: Article
    hash: str
    record: dict[str, Any]


Outcome = Union[Processed, InputFailure]


class _PlaceRefOptional(TypedDict, total=False):
    feature: str | None  # city, adm2, adm1, country, continent, region, sea, lake


class PlaceRef(_PlaceRefOptional):
    """Where an event happened (``place`` of an event)."""

    name: str | None
    country: str | None
    adm1: str | None
    lat: float | None
    lon: float | None


class _PlaceRecordOptional(TypedDict, total=False):
    kind: str  # "name", or "demonym" for a nationality word ("Kenyan")
    why: str  # how the gazetteer entry was chosen
    source: str  # what recognised the name ("ner", "gazetteer", "demonym" ...)
    actor: bool  # named as an actor ("Washington said"): never an event's place
    geonameid: int | None


class PlaceRecord(_PlaceRecordOptional):
    """A place named in the article, resolved against the gazetteer."""

    text: str
    start: int
    end: int
    name: str | None
    country: str | None
    adm1: str | None
    lat: float | None
    lon: float | None
    feature: str | None


class EventRecord(TypedDict):
    """A coded event: ``source`` does ``cameo`` to ``target``; ``start:end`` is its evidence."""

    source: str | None
    source_text: str | None
    target: str | None
    target_text: str | None
    cameo: str
    root: str
    name: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: str | None
    date_source: str | None
    place: PlaceRef | None
    place_source: str | None
    modality: Modality
    sentence: int
    start: int
    end: int
    trigger: str
    confidence: float
    rule: str


class SpeakerRecord(TypedDict):
    """Who is quoted: a span of the text and its actor code."""

    start: int
    end: int
    text: str
    code: str | None


class QuoteRecord(TypedDict):
    """A quotation (direct, indirect or a characterisation) with its speaker and cue."""

    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect", "characterisation"]
    speaker: SpeakerRecord | None
    cue: str | None


class TimexRecord(TypedDict):
    """A temporal expression and its ISO value."""

    start: int
    end: int
    text: str
    value: str | None


class ActorRecord(TypedDict):
    """An actor mention resolved (or not) to a CAMEO actor code."""

    text: str
    start: int
    end: int
    code: str | None
    name: str | None
    kind: str | None


class OutputRecord(TypedDict):
    """One article's output record (the interchange format of docs/design.md)."""

    id: str
    published: str | None
    events: list[EventRecord]
    quotes: list[QuoteRecord]
    timexes: list[TimexRecord]
    actors: list[ActorRecord]
    places: list[PlaceRecord]


def record_problems(value: Any, schema: Any = OutputRecord, where: str = "record") -> list[str]:
    """Every place where ``value`` departs from ``schema`` (a TypedDict or a type); [] when it fits.

    Required keys the schema lists must be present, and every listed key that is present
    must have a value of the declared type; extra keys are allowed (consumers ignore them).
    """
    origin = typing.get_origin(schema)
    if schema is Any:
        return []
    if origin is Literal:
        return [] if value in typing.get_args(schema) else [f"{where}: {value!r} not one of {typing.get_args(schema)}"]
    if origin in (Union, types.UnionType):
        options = typing.get_args(schema)
        return [] if any(not record_problems(value, o, where) for o in options) else \
            [f"{where}: {value!r} is none of {options}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: expected a list, got {type(value).__name__}"]
        (item,) = typing.get_args(schema)
        return [p for i, v in enumerate(value) for p in record_problems(v, item, f"{where}[{i}]")]
    if isinstance(schema, type) and hasattr(schema, "__annotations__") and issubclass(schema, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object, got {type(value).__name__}"]
        hints = typing.get_type_hints(schema)
        required = getattr(schema, "__required_keys__", frozenset(hints))
        missing = [f"{where}: missing {k!r}" for k in hints if k in required and k not in value]
        return missing + [p for k, t in hints.items() if k in value for p in record_problems(value[k], t, f"{where}.{k}")]
    if schema is type(None):
        return [] if value is None else [f"{where}: expected null, got {value!r}"]
    if schema is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif schema is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, schema)
    return [] if ok else [f"{where}: expected {getattr(schema, '__name__', schema)}, got {value!r}"]
