"""Very long articles in bounded pieces: split at paragraph breaks, merge the pieces' records.

Memory in the parser and the stages grows with a doc's length, so an article longer than
``Settings.piece_chars`` is processed as consecutive pieces of at most that many
characters, cut at a paragraph break where there is one (else a line break, a sentence end,
a space). The pieces' records are merged into one with every offset pointing into the
whole text, so the result has the shape and meaning of a record of one doc; what cannot
cross a cut (a pronoun in one piece naming someone in another) is lost.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

#: where a piece may end, best first: a paragraph break, a line break, a sentence end, a space
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]?\s"), re.compile(r"\s"))
#: record lists whose items carry offsets
_LISTS = ("events", "quotes", "timexes", "actors", "places")


def split_pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``limit`` characters."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        yield start, text[start:start + cut]
        start += cut
    if start < len(text):
        yield start, text[start:]


def shift(value: Any, chars: int, sentences: int) -> Any:
    """A copy of a record item with its ``start``/``end`` moved by ``chars`` and ``sentence`` by ``sentences``."""
    if isinstance(value, list):
        return [shift(v, chars, sentences) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in ("start", "end") and isinstance(item, int) and not isinstance(item, bool):
            out[key] = item + chars
        elif key == "sentence" and isinstance(item, int) and not isinstance(item, bool):
            out[key] = item + sentences
        else:
            out[key] = shift(item, chars, sentences)
    return out


def merge_records(parts: list[tuple[int, int, dict[str, Any]]]) -> dict[str, Any]:
    """One record from ``(offset, sentences before, record)`` of each piece, in order."""
    if not parts:
        raise ValueError("no pieces to merge")
    merged = {key: value for key, value in parts[0][2].items() if key not in _LISTS}
    for key in _LISTS:
        merged[key] = [item for offset, sentences, record in parts
                       for item in shift(record.get(key) or [], offset, sentences)]
    return merged
