"""Event patterns: load YAML files, validate them, and index them by lemma.

A pattern file has ``classes``, ``light_verbs``, ``verbs`` and ``nouns`` sections (see the
header of ``data/patterns.yml``). Loading checks every key and every CAMEO code against the
pydantic models of :mod:`~newsevents.events.pattern_schema`, and raises :class:`PatternError`,
one line naming the file, the entry and the problem. A pattern with code ``---`` (:data:`NO_EVENT`)
is a discard: when it is the most specific frame that matches, the word codes nothing.

A file with ``fallback: true`` only fills gaps: it loads before every other file (so it loses
ties), and its frames apply only to words that no other file gives a frame, except its
discards, which apply to every word. PETRARCH-2's converted verb dictionary
(``data/petrarch_verbs.yml``, see ``petrarch_verbs``) is such a file; it loads when asked
(``petrarch=True``, or ``NEWSEVENTS_PETRARCH_VERBS=1``) or when given as a user file, and a
PETRARCH ``.txt`` verb dictionary given as a user file is converted into one as it loads.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

import yaml
from pydantic import ValidationError

from newsevents.errors import NewsEventsError
from newsevents.events.ontology import load_ontology
from newsevents.events.pattern_schema import NounEntry, PatternFile, VerbEntry, describe
from newsevents.events.petrarch_parse import NO_EVENT
from newsevents.events.petrarch_verbs import convert

#: a word of an object list that matches any place name the place stage found
PLACE_WORD = "<place>"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (LibYAML's when installed) where only true/false are booleans, so
    ``on``/``off`` stay words."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class PatternError(NewsEventsError, ValueError):
    """A pattern file is malformed or names an unknown CAMEO code."""


#: word classes by name (lemmas), as the ``classes`` of the pattern files define them
Lexicon = Mapping[str, frozenset[str]]
#: word classes the coder itself reads (beyond those the patterns name): the packaged file
#: defines each, and users' files may add words to them
REQUIRED_CLASSES = frozenset({
    "abstractions", "aircraft", "armed", "benefit", "bodily_force", "burning", "fight_verbs", "collectives", "consequences", "containers", "counts", "crowd",
    "durations", "explosives", "fighting", "gatherings", "harm", "hostile_aims", "informants", "measures", "mishaps", "motion", "mourning",
    "peacekeeper", "people", "place_nouns", "reached", "records", "speech_acts", "ties", "toll_verbs", "troops",
    "verbal_force", "war", "weapons"})


@dataclass(frozen=True)
class Pattern:
    """One compiled verb or noun frame."""

    kind: str  # "verb" | "noun"
    lemmas: frozenset[str]
    code: str
    rule: str
    particle: frozenset[str] | None = None
    obj: frozenset[str] | None = None
    obj_mod: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    pobj: frozenset[str] | None = None
    targets: tuple[str, ...] = ()
    negation: str | None = None
    require_target: bool = False
    embed: str | None = None
    poss: str = "source"
    reverse: bool = False
    mutual: bool = False  # the target does the same to the source ("held talks with X")
    complement: frozenset[str] | None = None  # required lemma of the infinitive complement
    purpose: frozenset[str] | None = None  # required lemma of a purpose clause ("gathered to demand", "... demanding")
    subject: frozenset[str] | None = None  # required lemma of the subject ("protesters gathered")
    confidence: float = 0.8
    order: int = 0

    @property
    def specificity(self) -> int:
        """How many constraints the frame has; the most specific matching frame wins."""
        return sum(x is not None for x in (self.particle, self.obj, self.obj_mod, self.prep,
                                             self.pobj, self.negation, self.complement, self.purpose,
                                             self.subject))


@dataclass(frozen=True)
class PatternSet:
    """Patterns indexed by lemma, the light-verb list and the word classes."""

    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    light_verbs: frozenset[str]
    classes: Lexicon

    @property
    def patterns(self) -> list[Pattern]:
        """Every distinct pattern."""
        seen: dict[int, Pattern] = {}
        for table in (self.verbs, self.nouns):
            for pats in table.values():
                for p in pats:
                    seen.setdefault(id(p), p)
        return list(seen.values())


def default_patterns_path() -> Path:
    """The packaged pattern file."""
    return Path(str(resources.files("newsevents.events").joinpath("data/patterns.yml")))


def petrarch_patterns_path() -> Path:
    """The packaged PETRARCH-2 verb patterns (``scripts/import_petrarch_verbs.py`` builds them)."""
    return Path(str(resources.files("newsevents.events").joinpath("data/petrarch_verbs.yml")))


def petrarch_enabled() -> bool:
    """Whether the PETRARCH-2 verb patterns load by default: off unless the environment
    sets ``NEWSEVENTS_PETRARCH_VERBS`` to 1/on/true/yes (they cost precision on real news;
    see docs/petrarch_verbs.md)."""
    return os.environ.get("NEWSEVENTS_PETRARCH_VERBS", "0").strip().lower() in ("1", "on", "true", "yes")


def _words(words: tuple[str, ...], classes: Lexicon, where: str, key: str) -> frozenset[str]:
    """Lower-cased lemmas, with each ``"@name"`` replaced by the words of that class (``where``
    and ``key`` name the list in errors)."""
    out: set[str] = set()
    for item in words:
        if item.startswith("@"):
            if item[1:] not in classes:
                raise PatternError(f"{where}: {key} names an unknown class {item!r}")
            out |= classes[item[1:]]
        else:
            out.add(item.lower())
    return frozenset(out)


def _rule_name(kind: str, lemmas: frozenset[str], obj: frozenset[str] | None,
               prep: frozenset[str] | None) -> str:
    """The name of a frame that has none: its words, object and preposition."""
    return (f"{kind}:{'/'.join(sorted(lemmas))[:40]}"
            + (f"+{'/'.join(sorted(obj))[:30]}" if obj else "")
            + (f"+{'/'.join(sorted(prep))}" if prep else ""))


def _compile(entry: VerbEntry | NounEntry, classes: Lexicon, where: str, order: int) -> Pattern:
    """The frame of a validated entry, its class references resolved."""
    def opt(words: tuple[str, ...] | None, key: str) -> frozenset[str] | None:
        return None if words is None else _words(words, classes, where, key)

    if isinstance(entry, VerbEntry):
        kind, lemmas, obj = "verb", _words(entry.verb, classes, where, "verb"), opt(entry.object, "object")
        only: dict[str, Any] = {
            "particle": opt(entry.particle, "particle"), "obj_mod": opt(entry.object_mod, "object_mod"),
            "negation": entry.negation, "require_target": entry.require_target, "reverse": entry.reverse,
            "complement": opt(entry.complement, "complement"), "purpose": opt(entry.purpose, "purpose"),
            "subject": opt(entry.subject, "subject")}
    else:
        kind, lemmas, obj = "noun", _words(entry.noun, classes, where, "noun"), None
        only = {"obj_mod": opt(entry.modifier, "modifier"), "poss": entry.poss}
    prep = opt(entry.prep, "prep")
    return Pattern(kind=kind, lemmas=lemmas, code=entry.code, rule=entry.name or _rule_name(kind, lemmas, obj, prep),
                   obj=obj, prep=prep, pobj=opt(entry.pobj, "pobj"), targets=tuple(t.lower() for t in entry.target),
                   embed=entry.embed, mutual=entry.mutual, confidence=entry.confidence, order=order, **only)


def _raw_sections(path: str | Path) -> Any:
    """The parsed YAML of one file, or the sections a PETRARCH ``.txt`` verb dictionary converts into."""
    if Path(path).suffix.lower() == ".txt":
        sections = convert(Path(path).read_text(encoding="utf-8"), codes=load_ontology(),
                           bare_defaults=False).sections
        if not sections["verbs"]:
            raise PatternError(f"{path}: no PETRARCH verb patterns in it (a .txt pattern file "
                               "must be a PETRARCH verb dictionary)")
        return sections
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise PatternError(f"{path}: not valid YAML: {err}") from err


def _validate(path: str | Path, data: Any) -> PatternFile:
    """``data`` as a :class:`PatternFile`; a :class:`PatternError` of one line if it is none."""
    try:
        return PatternFile.model_validate(data)
    except ValidationError as err:
        raise PatternError(f"{path}: {describe(err)}") from None


def read_pattern_file(path: str | Path) -> dict[str, Any]:
    """Parse one YAML file (or convert a PETRARCH ``.txt`` verb dictionary) into its raw
    sections, after checking them against :class:`PatternFile`."""
    data = _raw_sections(path)
    _validate(path, data)
    return data


def _classes(files: Sequence[tuple[str, PatternFile]]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The word classes of all files (a class may include classes defined before it:
    ``armed: ['@troops', rebel]``) and their light verbs."""
    classes: dict[str, frozenset[str]] = {}
    light: set[str] = set()
    for path, data in files:
        for name, words in data.classes.items():
            classes[name] = classes.get(name, frozenset()) | _words(words, classes, path, f"classes.{name}")
        light |= _words(data.light_verbs, {}, path, "light_verbs")
    missing = REQUIRED_CLASSES - set(classes)
    if missing:
        raise PatternError(f"{default_patterns_path()}: missing word classes {sorted(missing)}")
    return classes, frozenset(light)


def load_patterns(extra_files: Sequence[str | Path] = (), petrarch: bool | None = None) -> PatternSet:
    """Packaged patterns plus ``extra_files``, validated and indexed by lemma; ``petrarch``
    (default: :func:`petrarch_enabled`) adds the PETRARCH-2 verb patterns as a fallback."""
    imported = [petrarch_patterns_path()] if (petrarch_enabled() if petrarch is None else petrarch) else []
    files: list[str | Path] = [*imported, default_patterns_path(), *extra_files]
    parsed = [(str(f), _validate(f, _raw_sections(f))) for f in files]
    parsed.sort(key=lambda item: not item[1].fallback)  # fallbacks first, else in order
    classes, light = _classes(parsed)
    compiled: list[Pattern] = []
    n_fallback = 0
    for path, data in parsed:
        for section, entries in (("verbs", data.verbs), ("nouns", data.nouns)):
            for i, entry in enumerate(entries):
                compiled.append(_compile(entry, classes, f"{path}: {section}[{i}]", len(compiled)))
        if data.fallback:
            n_fallback = len(compiled)
    compiled = _fill_gaps(compiled, n_fallback)
    return PatternSet(verbs=_index(p for p in compiled if p.kind == "verb"),
                      nouns=_index(p for p in compiled if p.kind == "noun"),
                      light_verbs=light, classes=MappingProxyType(classes))


def _fill_gaps(compiled: list[Pattern], n_fallback: int) -> list[Pattern]:
    """The first ``n_fallback`` patterns (of fallback files) keep only the words that no
    later file gives a frame of the same kind; their discards keep every word."""
    covered = {(p.kind, lemma) for p in compiled[n_fallback:] for lemma in p.lemmas}
    kept: list[Pattern] = []
    for p in compiled[:n_fallback]:
        if p.code != NO_EVENT:
            lemmas = frozenset(lm for lm in p.lemmas if (p.kind, lm) not in covered)
            if not lemmas:
                continue
            if lemmas != p.lemmas:
                p = replace(p, lemmas=lemmas)
        kept.append(p)
    return kept + compiled[n_fallback:]


def _index(patterns: Iterable[Pattern]) -> Mapping[str, tuple[Pattern, ...]]:
    table: dict[str, list[Pattern]] = {}
    for p in patterns:
        for lemma in p.lemmas:
            table.setdefault(lemma, []).append(p)
    # most specific first; among equals, later (user) files first
    return {k: tuple(sorted(v, key=lambda p: (-p.specificity, -p.order))) for k, v in table.items()}
