"""Convert a PETRARCH-2 verb dictionary (``CAMEO.2.0.txt``) into newsevents pattern sections.

The dictionary (Open Event Data Alliance, MIT licence) has synonym sets and verb blocks::

    &MILITARY                      <- a synonym set: "+" lines of words or phrases
    +TROOPS
    +ARMED_FORCES
    ---  RUSH   [---]  ---         <- a block and its default code ("---": no event)
    RUSH                           <- the block's verbs ({...}: inflected forms, ignored)
    ASK     [020]                  <- a verb with its own default code
    +CALL_OFF [160]                <- a multi-word verb; "+" marks the verb word
    - * (TO)              [042:043]   <- patterns: subject words * object words (PREP NOUN)
    - * {ARMS SHIPMENT}   [072]       <- {...}: a noun phrase, its last word the head
    - * &FOOD             [073]       <- a synonym set
    - &MILITARY *         [154]       <- words before "*" constrain the subject
    - * (IN ACCIDENT)     [---]       <- "---": this sense codes nothing (a discard)

A block's patterns apply to every verb of the block; a verb listed in two blocks belongs to
the first (as in PETRARCH-2, where later identical patterns of a block also replace earlier
ones). Codes ``[A:B]`` are A from source to target and B back; ``[A:A]`` becomes a mutual
frame, ``[:B]`` a reversed one (the target does B to the subject), and ``[A:B]`` keeps A.

What converts: the verbs (by lemma, with their default codes when ``bare_defaults``), and
patterns with at most one object noun or noun phrase (``object``, its nearest modifier
``object_mod``; two bare words are read as a phrase), at most one prepositional phrase
(``prep``, ``pobj``; ``(TO +)`` makes the phrase the target, ``(IN ^)`` takes any object),
and a leading particle word (``* OUT VIEWS``). Synonym sets become word classes
``petr_<name>`` (one-word members; phrases as ``petr_<name>_heads`` with any of
``petr_<name>_mods`` in object position), block verbs classes ``petrv_<block>``. Skipped,
with a count per reason (:attr:`Conversion.skipped`): subject words, ``$``/``%`` markers and
``^`` outside a phrase, several objects or phrases, a modifier inside a prepositional phrase,
bare prepositions (TABARI's linear patterns), undefined synonym sets, unknown codes, and the
transformations section. The sections carry ``fallback: true`` (see ``patterns``). Nothing
here imports spaCy: surface words are lemmatised by the callable passed in
(:func:`simple_lemma` by default).

The file is read by :mod:`~newsevents.events.petrarch_parse`; the frames of patterns and
multi-word verbs come from :mod:`~newsevents.events.petrarch_frames`; this module turns each
block into pattern entries.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from newsevents.events.petrarch_frames import Converter, Frame, Lemmatizer, frames, multiword_frame, verb_key
from newsevents.events.petrarch_parse import NO_EVENT, Block, parse

#: a multi-word verb before it becomes an entry: lemma, frame, code, line
_Multi = tuple[str, Frame, str, int]


@dataclass
class Conversion:
    """Converted pattern sections and what happened to every dictionary line."""

    sections: dict[str, Any]
    converted: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)


def simple_lemma(word: str, pos: str) -> str:
    """A dependency-free lemma: lower case, regular noun plurals made singular."""
    w = word.lower()
    if pos != "NOUN" or len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    return w[:-1]


def convert(text: str, lemmatize: Lemmatizer = simple_lemma, *,
            codes: Container[str] | None = None, bare_defaults: bool = True,
            require_target: bool = False) -> Conversion:
    """Convert a PETRARCH-2 verb dictionary into ``{"classes": ..., "verbs": [...]}``.

    ``codes`` (known CAMEO codes) drops patterns with other codes; ``bare_defaults`` keeps
    each verb's own or its block's default code as a constraint-free frame;
    ``require_target`` marks every converted frame as coding only with a target.
    """
    synsets, blocks, left = parse(text)
    conv = Converter(synsets, lemmatize, codes)
    result = Conversion(sections={})
    result.skipped.update(left)
    verbs_out: list[dict[str, Any]] = []
    owner: dict[tuple[str, tuple[str, ...]], str] = {}  # verb -> first block (PETRARCH-2 rule)
    for block in blocks:
        verbs_out.extend(_block_entries(conv, block, owner, result, bare_defaults))
    for entry in verbs_out:
        if require_target and entry["code"] != NO_EVENT:
            entry["require_target"] = True
    result.sections = {"fallback": True, "classes": dict(sorted(conv.classes.items())),
                       "verbs": verbs_out}
    return result


def _block_entries(conv: Converter, block: Block, owner: dict[tuple[str, tuple[str, ...]], str],
                   result: Conversion, bare_defaults: bool) -> list[dict[str, Any]]:
    """The pattern entries of one verb block: its verbs' default codes, its multi-word verbs
    and its patterns (over the block's verb class ``petrv_<block>``)."""
    singles, bare, multi = _block_verbs(conv, block, owner, result)
    cls = f"petrv_{block.name.lower()}"
    if singles:
        conv.classes[cls] = sorted(set(conv.classes.get(cls, [])) | set(singles))
    name = f"petrarch2:{block.name}"
    out = _bare_entries(conv, bare, f"{name}@{block.line}", result, bare_defaults)
    out += _multiword_entries(conv, multi, name, result)
    out += _pattern_entries(conv, block, bool(singles), cls, name, result)
    return out


def _block_verbs(conv: Converter, block: Block, owner: dict[tuple[str, tuple[str, ...]], str],
                 result: Conversion) -> tuple[list[str], dict[str, list[str]], list[_Multi]]:
    """The block's one-word verbs (lemmas), those lemmas by default code, and its multi-word
    verbs; a verb listed in an earlier block belongs to that one."""
    singles: list[str] = []
    bare: dict[str, list[str]] = {}
    multi: list[_Multi] = []
    for verb in block.verbs:
        key = verb_key(conv, verb)
        if isinstance(key, str):
            result.skipped[f"verb: {key}"] += 1
            continue
        if owner.setdefault(key, block.name) != block.name:
            result.skipped["verb: listed in an earlier block"] += 1
            continue
        code = verb.code or block.code
        lemma, rest = key
        if rest:
            frame = multiword_frame(conv, rest)
            if isinstance(frame, str):
                result.skipped[f"verb: {frame}"] += 1
                continue
            multi.append((lemma, frame, code, verb.line))
            continue
        if lemma not in singles:
            singles.append(lemma)
        bare.setdefault(code, []).append(lemma)
        result.converted["verbs"] += 1
    return singles, bare, multi


def _bare_entries(conv: Converter, bare: dict[str, list[str]], name: str, result: Conversion,
                  bare_defaults: bool) -> list[dict[str, Any]]:
    """Constraint-free frames of the verbs' own or their block's default codes."""
    out = []
    for code, lemmas in bare.items():
        if not bare_defaults:
            result.skipped["bare verb default: left out (bare_defaults=False)"] += len(lemmas)
        elif code == NO_EVENT:
            result.skipped["bare verb default: no event (nothing to add)"] += len(lemmas)
        elif conv.codes is not None and code not in conv.codes:
            result.skipped["bare verb default: unknown CAMEO code"] += len(lemmas)
        else:
            out.append({"verb": sorted(set(lemmas)), "code": code, "name": name})
            result.converted["bare verb defaults"] += len(lemmas)
    return out


def _multiword_entries(conv: Converter, multi: list[_Multi], name: str,
                       result: Conversion) -> list[dict[str, Any]]:
    """Entries of multi-word verbs ("CALL_OFF") that code an event."""
    out = []
    for lemma, frame, code, line in multi:
        if code == NO_EVENT or (conv.codes is not None and code not in conv.codes):
            result.skipped["multi-word verb: no event or unknown code"] += 1
            continue
        out.append({"verb": lemma, **frame, "code": code, "name": f"{name}@{line}"})
        result.converted["multi-word verbs"] += 1
    return out


def _pattern_entries(conv: Converter, block: Block, has_verbs: bool, cls: str, name: str,
                     result: Conversion) -> list[dict[str, Any]]:
    """Entries of the block's patterns: the last of identical frames wins (PETRARCH-2
    overwrites), with the object spellings of both, in the order first produced."""
    by_frame: dict[str, tuple[int, dict[str, Any]]] = {}
    produced: list[int] = []
    for line, pre, post, raw in block.patterns:
        found = _pattern_frames(conv, pre, post, raw, has_verbs)
        if isinstance(found, str):
            result.skipped[f"pattern: {found}"] += 1
            continue
        code, extra, alts = found
        produced.append(line)
        for i, frame in enumerate(alts):
            entry = {"verb": f"@{cls}", **frame, **extra, "code": code,
                     "name": f"{name}@{line}" + (f".{i + 1}" if len(alts) > 1 else "")}
            if extra.get("reverse") and "target" not in entry:
                entry["target"] = [entry["prep"]] if "prep" in entry else ["from", "by"]
            _keep_last(by_frame, line, entry)
    kept = {line for line, _ in by_frame.values()}
    for line in dict.fromkeys(produced):
        if line not in kept:
            result.skipped["pattern: replaced by a later identical pattern"] += 1
    for line, _, _, raw in block.patterns:
        if line in kept:
            result.converted["discard patterns" if raw == NO_EVENT else "patterns"] += 1
    return [entry for _, entry in by_frame.values()]


def _pattern_frames(conv: Converter, pre: str, post: str, raw: str, has_verbs: bool
                    ) -> tuple[str, dict[str, Any], list[Frame]] | str:
    """(code, extra keys, alternative frames) of one pattern, or the reason it is skipped."""
    if pre:
        return "subject words before the verb"
    if not has_verbs:
        return "block has no one-word verb"
    coded = conv.code(raw)
    if isinstance(coded, str):
        return coded
    alts = frames(conv, post)
    if isinstance(alts, str):
        return alts
    return coded[0], coded[1], alts


def _keep_last(by_frame: dict[str, tuple[int, dict[str, Any]]], line: int, entry: dict[str, Any]) -> None:
    """Keep ``entry`` under its frame's signature; one of the same frame before it gives way,
    adding its other spellings of the object and the prepositional object."""
    sig = repr({k: (v[0] if k in ("object", "pobj") else v)
                for k, v in entry.items() if k not in ("code", "name")})
    if sig in by_frame:  # same frame: this one wins, with both spellings
        old = by_frame.pop(sig)[1]
        for k in ("object", "pobj"):
            if k in entry:
                entry[k] = [entry[k][0], *sorted(set(entry[k][1:]) | set(old[k][1:]))]
    by_frame[sig] = (line, entry)
