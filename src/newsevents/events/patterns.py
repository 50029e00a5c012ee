"""Event patterns: load YAML files, validate them, and index them by lemma.

A pattern file has ``classes``, ``light_verbs``, ``verbs`` and ``nouns`` sections (see the
header of ``data/patterns.yml``). Loading checks every key and every CAMEO code, and raises
:class:`PatternError` naming the file and entry. A pattern with code ``---`` (:data:`NO_EVENT`)
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

from newsevents.errors import NewsEventsError
from newsevents.events.ontology import load_ontology
from newsevents.events.petrarch_parse import NO_EVENT
from newsevents.events.petrarch_verbs import convert

#: a word of an object list that matches any place name the place stage found
PLACE_WORD = "<place>"
EMBED_MODES = frozenset({"intent", "threat", "refuse", "appeal", "demand"})
DEFAULT_VERB_TARGETS = ("dobj", "dative", "with", "against", "on", "to", "at", "into",
                        "toward", "towards", "upon")
DEFAULT_NOUN_TARGETS = ("on", "against", "with", "to", "toward", "towards", "into", "between")
_VERB_KEYS = frozenset({"verb", "code", "particle", "object", "object_mod", "prep", "pobj",
                        "target", "negation", "require_target", "embed", "confidence", "name",
                        "reverse", "complement", "mutual", "purpose", "subject"})
_NOUN_KEYS = frozenset({"noun", "code", "modifier", "prep", "pobj", "target", "poss", "embed",
                        "confidence", "name", "mutual"})


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
    "abstractions", "aircraft", "armed", "benefit", "bodily_force", "burning", "fight_verbs", "collectives", "containers", "counts", "crowd",
    "durations", "explosives", "fighting", "gatherings", "harm", "informants", "mishaps", "motion", "mourning",
    "peacekeeper", "people", "place_nouns", "speech_acts", "ties", "toll_verbs", "troops",
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


def _words(value: Any, classes: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise PatternError(f"{where}: expected a word or a list of words, got {value!r}")
    out: set[str] = set()
    for item in items:
        if item.startswith("@"):
            if item[1:] not in classes:
                raise PatternError(f"{where}: unknown class {item!r}")
            out |= classes[item[1:]]
        else:
            out.add(item.lower())
    if not out:
        raise PatternError(f"{where}: empty word list")
    return frozenset(out)


def _compile(kind: str, entry: Any, classes: Mapping[str, frozenset[str]], where: str,
             order: int) -> Pattern:
    if not isinstance(entry, dict):
        raise PatternError(f"{where}: expected a mapping, got {entry!r}")
    allowed = _VERB_KEYS if kind == "verb" else _NOUN_KEYS
    unknown = set(entry) - allowed
    if unknown:
        raise PatternError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in (kind, "code"):
        if key not in entry:
            raise PatternError(f"{where}: missing {key!r}")
    code = str(entry["code"])
    if code not in load_ontology() and code != NO_EVENT:
        raise PatternError(f"{where}: unknown CAMEO code {code!r}")
    lemmas = _words(entry[kind], classes, f"{where}.{kind}")

    def opt(key: str) -> frozenset[str] | None:
        return _words(entry[key], classes, f"{where}.{key}") if key in entry else None

    embed = entry.get("embed")
    if embed is not None and embed not in EMBED_MODES:
        raise PatternError(f"{where}: embed must be one of {sorted(EMBED_MODES)}")
    negation = entry.get("negation")
    if negation not in (None, "required", "forbidden"):
        raise PatternError(f"{where}: negation must be 'required' or 'forbidden'")
    poss = entry.get("poss", "source")
    if poss not in ("source", "target"):
        raise PatternError(f"{where}: poss must be 'source' or 'target'")
    conf = float(entry.get("confidence", 0.8))
    if not 0.0 <= conf <= 1.0:
        raise PatternError(f"{where}: confidence must lie in 0..1")
    default_targets = DEFAULT_VERB_TARGETS if kind == "verb" else DEFAULT_NOUN_TARGETS
    targets = entry.get("target", list(default_targets))
    if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
        raise PatternError(f"{where}: target must be a list of words")
    particle, obj, obj_mod = opt("particle"), opt("object"), opt("object_mod")
    if kind == "noun":
        obj_mod = opt("modifier")
    prep, pobj = opt("prep"), opt("pobj")
    if pobj is not None and prep is None:
        raise PatternError(f"{where}: pobj needs prep")
    name = entry.get("name") or (
        f"{kind}:{'/'.join(sorted(lemmas))[:40]}"
        + (f"+{'/'.join(sorted(obj))[:30]}" if obj else "")
        + (f"+{'/'.join(sorted(prep))}" if prep else "")
    )
    return Pattern(kind=kind, lemmas=lemmas, code=code, rule=name, particle=particle, obj=obj,
                   obj_mod=obj_mod, prep=prep, pobj=pobj, targets=tuple(t.lower() for t in targets),
                   negation=negation, require_target=bool(entry.get("require_target", False)),
                   embed=embed, poss=poss, reverse=bool(entry.get("reverse", False)),
                   mutual=bool(entry.get("mutual", False)),
                   complement=opt("complement") if kind == "verb" else None,
                   purpose=opt("purpose") if kind == "verb" else None,
                   subject=opt("subject") if kind == "verb" else None,
                   confidence=conf, order=order)


def read_pattern_file(path: str | Path) -> dict[str, Any]:
    """Parse one YAML file (or convert a PETRARCH ``.txt`` verb dictionary) into its raw
    sections (validated for shape only)."""
    if Path(path).suffix.lower() == ".txt":
        sections = convert(Path(path).read_text(encoding="utf-8"), codes=load_ontology(),
                           bare_defaults=False).sections
        if not sections["verbs"]:
            raise PatternError(f"{path}: no PETRARCH verb patterns in it (a .txt pattern file "
                               "must be a PETRARCH verb dictionary)")
        return sections
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise PatternError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise PatternError(f"{path}: top level must be a mapping")
    unknown = set(data) - {"classes", "light_verbs", "verbs", "nouns", "fallback"}
    if unknown:
        raise PatternError(f"{path}: unknown section(s) {sorted(unknown)}")
    if not isinstance(data.get("fallback", False), bool):
        raise PatternError(f"{path}: fallback must be true or false")
    return data


def load_patterns(extra_files: Sequence[str | Path] = (), petrarch: bool | None = None) -> PatternSet:
    """Packaged patterns plus ``extra_files``, validated and indexed by lemma; ``petrarch``
    (default: :func:`petrarch_enabled`) adds the PETRARCH-2 verb patterns as a fallback."""
    imported = [petrarch_patterns_path()] if (petrarch_enabled() if petrarch is None else petrarch) else []
    files: list[str | Path] = [*imported, default_patterns_path(), *extra_files]
    raw = [(str(f), read_pattern_file(f)) for f in files]
    raw.sort(key=lambda item: not item[1].get("fallback", False))  # fallbacks first, else in order
    classes: dict[str, frozenset[str]] = {}
    light: set[str] = set()
    for path, data in raw:
        section = data.get("classes") or {}
        if not isinstance(section, dict):
            raise PatternError(f"{path}: classes must be a mapping of names to word lists")
        for name, words in section.items():
            # a class may include classes defined before it ("armed: ['@troops', rebel]")
            classes[name] = classes.get(name, frozenset()) | _words(words, classes, f"{path}: classes.{name}")
        light |= set(_words(data.get("light_verbs") or ["-"], {}, f"{path}: light_verbs")) - {"-"}
    missing = REQUIRED_CLASSES - set(classes)
    if missing:
        raise PatternError(f"{default_patterns_path()}: missing word classes {sorted(missing)}")
    compiled: list[Pattern] = []
    order = 0
    n_fallback = 0
    for path, data in raw:
        for kind, section in (("verb", "verbs"), ("noun", "nouns")):
            entries = data.get(section) or []
            if not isinstance(entries, list):
                raise PatternError(f"{path}: {section} must be a list")
            for i, entry in enumerate(entries):
                compiled.append(_compile(kind, entry, classes, f"{path}: {section}[{i}]", order))
                order += 1
        if data.get("fallback", False):
            n_fallback = len(compiled)
    compiled = _fill_gaps(compiled, n_fallback)
    return PatternSet(verbs=_index(p for p in compiled if p.kind == "verb"),
                      nouns=_index(p for p in compiled if p.kind == "noun"),
                      light_verbs=frozenset(light), classes=MappingProxyType(classes))


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
