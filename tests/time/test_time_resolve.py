"""Resolver helpers without spaCy."""
from __future__ import annotations

from datetime import date

from newsevents.time.patterns import TIMEX_RE
from newsevents.time.resolve import (
    month_in_direction,
    resolve,
    shift_period,
    weekday_in_direction,
)

ANCHOR = date(2025, 6, 5)  # Thursday


def _value(text: str, direction: str = "past") -> str | None:
    m = TIMEX_RE.search(text)
    assert m is not None
    return resolve(m.lastgroup or "", m, ANCHOR, direction)


def test_weekdays() -> None:
    assert weekday_in_direction(2, ANCHOR, "past") == "2025-06-04"
    assert weekday_in_direction(3, ANCHOR, "past") == "2025-06-05"
    assert weekday_in_direction(3, ANCHOR, "past", "last") == "2025-05-29"
    assert weekday_in_direction(2, ANCHOR, "future") == "2025-06-11"
    assert weekday_in_direction(3, ANCHOR, "future", "next") == "2025-06-12"


def test_periods() -> None:
    assert shift_period("week", ANCHOR, 0) == "2025-W23"
    assert shift_period("month", date(2025, 1, 10), -1) == "2024-12"
    assert shift_period("quarter", ANCHOR, -1) == "2025-Q1"
    assert month_in_direction(8, ANCHOR, "past") == "2024-08"
    assert month_in_direction(2, ANCHOR, "future") == "2026-02"


def test_forms_without_parse() -> None:
    assert _value("mid-2019") == "2019"
    assert _value("the 20th century") == "19"
    assert _value("late last July") == "2024-07"
    assert _value("Q3 2024") == "2024-Q3"
    assert _value("2024-02-30") is None
    assert _value("six months ago") == "2024-12"
    assert _value("currently") == "PRESENT_REF"
    assert _value("the end of the year", "past") == "2024"
    assert _value("the end of the year", "future") == "2025"
