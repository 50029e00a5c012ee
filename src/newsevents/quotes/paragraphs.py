"""Paragraph bounds over tokens: a report never runs over a paragraph break.

The parser at times runs a sentence over a blank line (a headline, a time stamp, the
next paragraph), so a cue can end up governing a clause in another paragraph.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span


def paragraph_breaks(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold a line break, in order."""
    return [t.i for t in doc if t.is_space and "\n" in t.text]


def clip_to_paragraph(span: Span, at: int, breaks: list[int], least: int = 2) -> Span | None:
    """``span`` cut to the paragraph of token ``at``; None when too little is left."""
    k = bisect_right(breaks, at)
    lo = breaks[k - 1] + 1 if k else 0
    hi = breaks[k] if k < len(breaks) else len(span.doc)
    start, end = max(span.start, lo), min(span.end, hi)
    if end - start < least:
        return None
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]
