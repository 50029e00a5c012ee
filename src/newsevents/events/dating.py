"""Event dates: the calendar timex attached to (else nearest) a trigger in its sentence;
else the day the story last named ("On 2 May 2020, ... . Police arrested ...")."""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Token

#: ISO calendar values an event can be dated with: 2025, 2025-06, 2025-06-04, 2025-W23
CALENDAR_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2})(-\d{2})?)?$")


def is_usable_date(value: str | None, latest: str | None) -> bool:
    """A calendar value (not a duration or reference) no later than ``latest`` when given."""
    if not value or not CALENDAR_VALUE.match(value):
        return False
    return latest is None or value[:10] <= latest[: len(value[:10])]


def event_date(doc: Doc, anchor: Token, sent: Any, timexes: Sequence[dict],
                latest: str | None = None) -> tuple[str | None, str]:
    """The calendar value of the timex in ``sent`` attached to (else nearest) the trigger.

    Durations ("P10D") and references ("PRESENT_REF") never date an event, and an event
    that happened cannot be dated after ``latest`` (the publication date).
    """
    best: tuple[int, str] | None = None
    for tx in timexes:
        value = tx.get("value")
        if not is_usable_date(value, latest) or tx["start"] < sent.start_char or tx["end"] > sent.end_char:
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        dist = abs(tx["start"] - anchor.idx)
        if span is not None:
            node = span.root
            for _ in range(4):
                if node.i == anchor.i:
                    dist = -1
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        if best is None or dist < best[0]:
            best = (dist, value)
    return (best[1], "timex") if best else (None, "published")


#: a value that names a day ("2020-05-02")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def narrative_date(anchor: Token, timexes: Sequence[dict], latest: str | None) -> str | None:
    """The last day named before ``anchor`` in the article: a report that opens "On 2 May
    2020, ..." dates the sentences that continue the story, until another date appears."""
    found = None
    for tx in timexes:
        if tx["start"] >= anchor.idx:
            break
        value = tx.get("value")
        if value and DAY_VALUE.match(value) and is_usable_date(value, latest):
            found = value
        elif is_usable_date(value, latest):
            found = None  # a coarser date ("in 2019") starts another part of the story
    return found
