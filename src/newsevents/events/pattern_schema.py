"""The shape of an event pattern file, as pydantic models, and plain-words errors.

:class:`PatternFile` is one file's sections (``classes``, ``light_verbs``, ``verbs``,
``nouns``, ``fallback``), :class:`VerbEntry` and :class:`NounEntry` its frames; the keys and
their rules are those documented in the header of ``data/patterns.yml``. The models check
shape only: class references (``"@name"``) are resolved, and words lower-cased, when
:mod:`~newsevents.events.patterns` compiles the entries, since a file may use the classes
of any file loaded with it. :func:`describe` turns a :class:`~pydantic.ValidationError`
into one line that names the entry (``verbs[12]``) and says what is wrong.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Annotated, Any, Literal, Mapping, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StrictBool,
    StrictStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic import PlainValidator as Plain
from pydantic_core import ErrorDetails, PydanticCustomError

from newsevents.events.ontology import load_ontology
from newsevents.events.petrarch_parse import NO_EVENT

EmbedMode = Literal["intent", "threat", "refuse", "appeal", "demand"]
#: what a frame's infinitive complement may do (``embed``)
EMBED_MODES: frozenset[str] = frozenset(get_args(EmbedMode))
DEFAULT_VERB_TARGETS = ("dobj", "dative", "with", "against", "on", "to", "at", "into",
                        "toward", "towards", "upon")
DEFAULT_NOUN_TARGETS = ("on", "against", "with", "to", "toward", "towards", "into", "between")
#: most problems one error message lists
MAX_PROBLEMS = 3


def _word_list(value: Any) -> tuple[str, ...]:
    """A word or a non-empty list of words (lemmas or ``"@class"`` references)."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise PydanticCustomError("words", "expected a word or a list of words")
    if not value:
        raise PydanticCustomError("empty_words", "empty word list")
    return tuple(value)


def _light_verbs(value: Any) -> tuple[str, ...]:
    """The ``light_verbs`` section: a word or a list of words; empty or null is none."""
    return _word_list(value) if value else ()


def _targets(value: Any) -> tuple[str, ...]:
    """A ``target`` list (possibly empty) of slot names and prepositions."""
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise PydanticCustomError("word_list", "expected a list of words")
    return tuple(value)


def _cameo_code(value: Any) -> str:
    """A known CAMEO code, or ``---`` (a discard), written as a string."""
    if not isinstance(value, str):
        raise PydanticCustomError("code_type", "expected a CAMEO code in quotes")
    if value not in load_ontology() and value != NO_EVENT:
        raise PydanticCustomError("cameo_code", "unknown CAMEO code")
    return value


def _unit_interval(value: float) -> float:
    """A confidence: 0..1."""
    if not 0.0 <= value <= 1.0:
        raise PydanticCustomError("unit_interval", "must lie in 0..1")
    return value


#: a word or a non-empty list of words; an optional key left out is None (an explicit null is refused)
Words = Annotated[tuple[str, ...], Plain(_word_list)]
OptionalWords = Annotated[tuple[str, ...] | None, Plain(_word_list)]
Code = Annotated[str, Plain(_cameo_code)]
Targets = Annotated[tuple[str, ...], Plain(_targets)]
Confidence = Annotated[float, AfterValidator(_unit_interval)]


class _Entry(BaseModel):
    """Keys that verb and noun frames share."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    prep: OptionalWords = None
    pobj: OptionalWords = None
    embed: EmbedMode | None = None
    mutual: StrictBool = False
    confidence: Confidence = 0.8
    name: StrictStr | None = None

    @model_validator(mode="after")
    def _pobj_needs_prep(self) -> _Entry:
        """A prepositional object is a constraint on a preposition the frame names."""
        if self.pobj is not None and self.prep is None:
            raise PydanticCustomError("pobj_without_prep", "pobj needs prep")
        return self


class VerbEntry(_Entry):
    """One verb frame of ``verbs``."""

    verb: Words
    particle: OptionalWords = None
    object: OptionalWords = None
    object_mod: OptionalWords = None
    target: Targets = DEFAULT_VERB_TARGETS
    negation: Literal["required", "forbidden"] | None = None
    require_target: StrictBool = False
    reverse: StrictBool = False
    complement: OptionalWords = None
    purpose: OptionalWords = None
    subject: OptionalWords = None


class NounEntry(_Entry):
    """One event-noun frame of ``nouns``."""

    noun: Words
    modifier: OptionalWords = None
    target: Targets = DEFAULT_NOUN_TARGETS
    poss: Literal["source", "target"] = "source"


class PatternFile(BaseModel):
    """One pattern file's sections; an empty or null section is an empty one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    classes: dict[StrictStr, Words] = {}
    light_verbs: Annotated[tuple[str, ...], Plain(_light_verbs)] = ()
    verbs: list[VerbEntry] = []
    nouns: list[NounEntry] = []
    fallback: StrictBool = False

    @field_validator("classes", "verbs", "nouns", mode="before")
    @classmethod
    def _empty_section(cls, value: Any, info: ValidationInfo) -> Any:
        """``verbs:`` with nothing under it (null) is no verbs."""
        if value:
            return value
        return {} if info.field_name == "classes" else []


#: what is wrong, by pydantic's error type; {subject} is the key, {got} the value found
_SENTENCES: Mapping[str, str] = MappingProxyType({
    "missing": "missing {subject}",
    "words": "{subject} must be a word or a list of words, got {got}",
    "empty_words": "{subject} is an empty list (leave the key out instead)",
    "word_list": "{subject} must be a list of words, got {got}",
    "code_type": "{subject} must be a CAMEO code in quotes (such as '010'), got {got}",
    "cameo_code": "unknown CAMEO code {got}",
    "unit_interval": "{subject} must lie in 0..1, got {got}",
    "pobj_without_prep": "pobj needs prep",
    "bool_type": "{subject} must be true or false, got {got}",
    "literal_error": "{subject} must be {expected}, got {got}",
    "string_type": "{subject} must be a string, got {got}",
    "float_type": "{subject} must be a number, got {got}",
    "float_parsing": "{subject} must be a number, got {got}",
    "list_type": "{subject} must be a list, got {got}",
    "dict_type": "{subject} must be a mapping, got {got}",
    "model_type": "{subject} must be a mapping, got {got}",
})


def _where(loc: tuple[int | str, ...]) -> tuple[str, str]:
    """The entry (``verbs[12]``, or "" for the file's own keys) and the key within it."""
    cut = 2 if len(loc) > 1 and loc[0] in ("verbs", "nouns") and isinstance(loc[1], int) else 0
    key = ".".join(str(part) for part in loc[cut:] if part != "[key]")
    return (f"{loc[0]}[{loc[1]}]" if cut else ""), key


def _sentence(error: ErrorDetails) -> str:
    """One problem, in plain words, prefixed by the entry it is in."""
    where, key = _where(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        text = f"unknown key {key!r}" if where else f"unknown section {key!r}"
    else:
        subject = repr(key) if kind == "missing" else key or ("the entry" if where else "the top level")
        if error["loc"][-1:] == ("[key]",):
            subject = f"a name in {error['loc'][0]}"
        got = repr(error["input"])
        got = got if len(got) <= 60 else got[:57] + "..."
        fields = {**(error.get("ctx") or {}), "subject": subject, "got": got,
                  "message": error["msg"][:1].lower() + error["msg"][1:]}
        text = _SENTENCES.get(kind, "{subject}: {message}").format(**fields)
    return f"{where}: {text}" if where else text


def describe(err: ValidationError) -> str:
    """The problems of a pattern file in one line (the first :data:`MAX_PROBLEMS` of them)."""
    problems = [_sentence(e) for e in err.errors(include_url=False)]
    more = len(problems) - MAX_PROBLEMS
    return "; ".join(problems[:MAX_PROBLEMS]) + (f" (and {more} more)" if more > 0 else "")
