"""Calendar arithmetic for resolving temporal expressions: number words, ISO values at a
granularity (day, month, ISO week, season ...), periods shifted from an anchor date, and the
nearest month or weekday in the direction of a clause's tense."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from newsevents.time.patterns import MONTHS, NUMBER_WORDS, SEASONS

_SPACE_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\d+")

#: season -> its first month (northern hemisphere)
_SEASON_MONTHS: Mapping[str, int] = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})


def norm(s: str | None) -> str:
    return _SPACE_RE.sub(" ", s).strip().lower() if s else ""


def month_number(word: str) -> int | None:
    """'Sept.' -> 9, 'march' -> 3."""
    return MONTHS.get(word.lower().rstrip("."))


def day_number(word: str) -> int:
    """'5th' -> 5."""
    return int(_DIGITS_RE.match(word).group(0))  # type: ignore[union-attr]


def number(word: str) -> int | None:
    """'two' -> 2, '90' -> 90, 'several' -> None (vague)."""
    w = norm(word)
    if w.isdigit():
        return int(w)
    n = NUMBER_WORDS.get(w)
    return None if n is None or n < 0 else n


def ymd(d: date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift_period(unit: str, anchor: date, k: int) -> str | None:
    """The period of kind ``unit`` (week, month, year, ...) ``k`` steps from the anchor's."""
    if unit == "day":
        return ymd(anchor + timedelta(days=k))
    if unit in ("week", "weekend"):
        v = iso_week(anchor + timedelta(weeks=k))
        return v + "-WE" if unit == "weekend" else v
    if unit == "month":
        return ym(*add_months(anchor.year, anchor.month, k))
    if unit in ("year", "fiscal year", "financial year"):
        return f"{anchor.year + k:04d}"
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + k
        return f"{anchor.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "decade":
        return f"{(anchor.year // 10 + k):03d}"
    if unit == "century":
        return f"{(anchor.year // 100 + k):02d}"
    if unit in SEASONS:
        return season_value(SEASONS[unit], anchor, k)
    return None


def season_value(code: str, anchor: date, k: int) -> str:
    """This (k=0), last (k=-1) or next (k=1) season ``code`` relative to the anchor."""
    start = _SEASON_MONTHS[code]
    y = anchor.year
    if k < 0:
        # the most recent such season that is over (not the current one)
        y = y if start + 2 < anchor.month else y - 1
    elif k > 0:
        y = y if start > anchor.month else y + 1
    return f"{y:04d}-{code}"


def month_in_direction(m: int, anchor: date, direction: str) -> str:
    """A bare month name: the nearest such month in the past or the future of the anchor."""
    y = anchor.year
    if direction == "past" and m > anchor.month:
        y -= 1
    elif direction == "future" and m < anchor.month:
        y += 1
    return ym(y, m)


def weekday_in_direction(wd: int, anchor: date, direction: str, rel: str = "") -> str:
    """A weekday: on-or-before the anchor (past), on-or-after (future); 'last'/'next' exclude it."""
    delta = (anchor.weekday() - wd) % 7
    if rel == "last":
        return ymd(anchor - timedelta(days=delta or 7))
    if rel in ("next", "this coming", "coming") or (direction == "future" and rel != "this"):
        ahead = (wd - anchor.weekday()) % 7
        if rel in ("next", "coming", "this coming"):
            ahead = ahead or 7
        return ymd(anchor + timedelta(days=ahead))
    if rel == "this":
        return ymd(anchor + timedelta(days=(wd - anchor.weekday())))
    return ymd(anchor - timedelta(days=delta))
