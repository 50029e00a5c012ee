"""Import PETRARCH/TABARI ``.actors.txt`` dictionaries (Phoenix, PETRARCH2 validation, ...).

Format, as far as entries go::

    VLADIMIR_PUTIN_  # comment           <- a block: primary phrase
    +PUTIN_                               <- synonym
    \t[RUSGOV 990809-000507]              <- code, valid in a date range (inclusive)
    \t[RUSGOV >080508]                    <- from that day on
    \t[RUSELI <990809]                    <- before that day
    \t[RUSELI]                            <- everything else
    AUSTRALIA [AUS]                       <- phrase and code on one line

Underscores are spaces; ``[---]`` means "no code". Dates are ``YYMMDD`` (years below 30 are
20xx) or ``YYYYMMDD``. TABARI's prefix matching (a phrase without a trailing ``_`` also
matching longer words) is not reproduced: every phrase matches whole tokens.

The all-caps phrases are recased for the resolver's case check: words become capitalised
("PUTIN" -> "Putin", matching "Putin" and "PUTIN"), connectors lower case ("bin", "al", "of"),
and a one-word phrase of at most three letters stays an exact acronym ("WHO", "US").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from newsevents.actors.lexicon.dictionary import ActorFileError, Entry, country_names
from newsevents.nlp.lexicon import NAME_PARTICLES

#: words written in lower case inside imported names
CONNECTORS = NAME_PARTICLES | frozenset({"bin", "ibn", "bint", "van", "von", "der", "den", "the", "and",
                                         "for", "in", "on", "e"})
_CODE = re.compile(r"\[\s*([A-Za-z-]+)\s*([^\]]*)\]")
_WORD = re.compile(r"[A-Za-z]+")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass
class _Block:
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str | None, date | None, date | None]] = field(default_factory=list)


def parse_date(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` -> date (two-digit years below 30 are 20xx)."""
    digits = text.strip()
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy < 30 else 1900 + yy}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"bad date {text!r}")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def parse_restriction(text: str) -> tuple[date | None, date | None]:
    """A code's date restriction -> [start, end) ("" means always)."""
    text = text.strip()
    if not text:
        return None, None
    if text.startswith(">"):
        return parse_date(text[1:]), None
    if text.startswith("<"):
        return None, parse_date(text[1:])
    first, sep, last = text.partition("-")
    if not sep:
        raise ValueError(f"bad date restriction {text!r}")
    return parse_date(first), parse_date(last) + timedelta(days=1)


def recase(phrase: str) -> str:
    """An all-caps dictionary phrase as it is usually written in text (see module doc)."""
    words = phrase.split()
    if len(words) == 1 and phrase.replace(".", "").isalpha() and len(phrase.replace(".", "")) <= 3:
        return phrase.upper()
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in CONNECTORS:
            out.append(w.lower())
        else:
            out.append(_WORD.sub(lambda m: m[0].capitalize(), w))
    return " ".join(out)


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _lines(text: str) -> Iterator[tuple[int, str]]:
    text = _HTML_COMMENT.sub(lambda m: "\n" * m[0].count("\n"), text)
    for no, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0]
        if body.strip() and not body.lstrip().startswith("<!--"):
            yield no, body


def _blocks(text: str, source: str, strict: bool) -> Iterator[_Block]:
    block: _Block | None = None
    for no, body in _lines(text):
        stripped = body.strip()
        head = _CODE.split(stripped, maxsplit=1)[0].strip() if not stripped.startswith("[") else ""
        if head.startswith("+"):
            if block is not None and _phrase(head[1:]):
                block.phrases.append(_phrase(head[1:].split("+", 1)[0]))
        elif head:
            if block is not None:
                yield block
            block = _Block([_phrase(head)])
        if block is None:
            continue
        for code, restriction in _CODE.findall(stripped):
            try:
                start, end = parse_restriction(restriction)
            except ValueError as exc:
                if strict:
                    raise ActorFileError(f"{source}:{no}: {exc}") from exc
                continue  # real dictionaries have typos ("9008223"): drop that one code
            block.codes.append((None if code.strip("-") == "" else code.upper(), start, end))
    if block is not None:
        yield block


def _kind(code: str | None, dated: bool) -> str:
    if dated:
        return "person"
    if code and code.startswith("IGO"):
        return "igo"
    if code and code in country_names():
        return "country"
    return "group"


def parse_petrarch(text: str, source: str = "petrarch", strict: bool = False) -> tuple[Entry, ...]:
    """Entries of a PETRARCH/TABARI actors dictionary given as text.

    A malformed date restriction drops that one code, or raises :class:`ActorFileError`
    when ``strict``.
    """
    out: list[Entry] = []
    for block in _blocks(text, source, strict):
        codes = [c for c in block.codes if c[0] is not None]
        if not codes or not block.phrases:
            continue
        dated = any(s or e for _, s, e in codes)
        # dated codes first: the resolver takes the first entry valid on the day, and an
        # undated code is the fallback outside every range
        codes.sort(key=lambda c: c[1] is None and c[2] is None)
        name = recase(block.phrases[0])
        for phrase in dict.fromkeys(block.phrases):
            if not phrase:
                continue
            pattern = recase(phrase)
            for code, start, end in codes:
                out.append(Entry(pattern, code, name, _kind(code, dated), start, end, source))
    return tuple(out)


@lru_cache(maxsize=8)
def _import_cached(path: str, mtime: float) -> tuple[Entry, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ActorFileError(f"cannot read actors file {path}: {exc}") from exc
    return parse_petrarch(text, path)


def import_petrarch(path: str | Path) -> tuple[Entry, ...]:
    """Entries of the ``.actors.txt`` file at ``path`` (parsed once per file version)."""
    p = Path(path)
    try:
        mtime = p.stat().st_mtime
    except OSError as exc:
        raise ActorFileError(f"cannot read actors file {p}: {exc}") from exc
    return _import_cached(str(p.resolve()), mtime)
