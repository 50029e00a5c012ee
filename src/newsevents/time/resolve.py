"""Resolve a matched temporal expression to a TIMEX3-style value (TempEval-3 conventions).

``resolve(kind, match, anchor, direction)`` returns an ISO string at the expression's own
granularity ("2025-06-04", "2025-06", "2025", "2025-W23", "2025-Q2", "2012-SU", "199",
"PRESENT_REF", "P3D" ...) or None. ``anchor`` is the publication date; ``direction`` is
"past", "future" or "present" (the tense of the clause), used for weekdays and bare months.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Callable

from newsevents.time.patterns import (
    MONTHS,
    ORDINALS,
    PART_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from newsevents.time.periods import (
    add_months,
    day_number,
    iso_week,
    month_in_direction,
    month_number,
    norm,
    number,
    safe_date,
    season_value,
    shift_period,
    weekday_in_direction,
    ym,
    ymd,
)

_REL_STEP: Mapping[str, int] = MappingProxyType({
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
})


def _r_iso(m: re.Match[str], a: date, d: str) -> str | None:
    x = safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return ymd(x) if x else None


def _r_slash(m: re.Match[str], a: date, d: str) -> str | None:
    y = int(m["slash_y"])
    y = y + 2000 if y < 100 else y
    x = safe_date(y, int(m["slash_m"]), int(m["slash_d"]))
    return ymd(x) if x else None


def _month_day(mon: str, day: str, year: str | None, a: date, d: str) -> str | None:
    mo = month_number(mon)
    if mo is None:
        return None
    dy = day_number(day)
    if year:
        x = safe_date(int(year), mo, dy)
        return ymd(x) if x else None
    # no year: the nearest occurrence in the clause's direction (past by default, up to ~1 month ahead)
    x = safe_date(a.year, mo, dy)
    if x is None:
        return None
    if d == "future":
        if x < a:
            x = safe_date(a.year + 1, mo, dy) or x
    elif d == "past":
        if x > a:
            x = safe_date(a.year - 1, mo, dy) or x
    else:
        if (x - a).days > 183:
            x = safe_date(a.year - 1, mo, dy) or x
        elif (a - x).days > 183:
            x = safe_date(a.year + 1, mo, dy) or x
    return ymd(x)


def _r_mdy(m: re.Match[str], a: date, d: str) -> str | None:
    return _month_day(m["mdy_m"], m["mdy_d"], m["mdy_y"], a, d)


def _r_dmy(m: re.Match[str], a: date, d: str) -> str | None:
    return _month_day(m["dmy_m"], m["dmy_d"], m["dmy_y"], a, d)


def _r_my(m: re.Match[str], a: date, d: str) -> str | None:
    mo = month_number(m["my_m"])
    return ym(int(m["my_y"]), mo) if mo else None


def _r_month(m: re.Match[str], a: date, d: str) -> str | None:
    mo = month_number(m["month_m"])
    return month_in_direction(mo, a, d) if mo else None


def _r_relmonth(m: re.Match[str], a: date, d: str) -> str | None:
    return _rel_month(norm(m["relmonth_rel"]), m["relmonth_m"], a)


def _rel_month(rel: str, mon: str, a: date) -> str | None:
    mo = month_number(mon)
    if mo is None:
        return None
    if rel in ("last", "past"):
        return ym(a.year if mo < a.month else a.year - 1, mo)
    if rel == "next":
        return ym(a.year if mo > a.month else a.year + 1, mo)
    return ym(a.year, mo)


def _period_value(rel: str, what: str, a: date, d: str, ends: bool = False) -> str | None:
    """'last' + 'week' -> previous ISO week; 'this' + 'summer' -> this year's summer, etc."""
    what = norm(what)
    step = _REL_STEP.get(rel, 0)
    if what in SEASONS:
        if step == 0:
            return f"{a.year:04d}-{SEASONS[what]}"
        return season_value(SEASONS[what], a, step)
    if what in MONTHS:
        return _rel_month(rel, what, a)
    if ends and step == 0 and d == "past" and what in ("year", "month", "week", "quarter"):
        # "the end of the year" told in the past tense: the last one that has ended
        step = -1
    return shift_period(what, a, step)


def _r_rel(m: re.Match[str], a: date, d: str) -> str | None:
    return _period_value(norm(m["rel_rel"]), m["rel_what"], a, d)


def _r_modrel(m: re.Match[str], a: date, d: str) -> str | None:
    what = m["modrel_what"]
    rel = norm(m["modrel_rel"])
    if month_number(what) is not None and what[0].isupper():
        return _rel_month(rel, what, a)
    return _period_value(rel, what, a, d)


def _r_modabs(m: re.Match[str], a: date, d: str) -> str | None:
    if m["modabs_y"]:
        return m["modabs_y"]
    mo = month_number(m["modabs_m"])
    if mo is None:
        return None
    if m["modabs_my"]:
        return ym(int(m["modabs_my"]), mo)
    return month_in_direction(mo, a, d)


def _r_modper(m: re.Match[str], a: date, d: str) -> str | None:
    return _period_value("this", m["modper_what"], a, d, ends=True)


def _r_quarter(m: re.Match[str], a: date, d: str) -> str | None:
    n = ORDINALS.get(norm(m["quarter_n"]))
    if n is None:
        return None
    y = m["quarter_y"] or f"{a.year:04d}"
    if norm(m["quarter_u"]) == "half":
        return f"{y}-H{min(n, 2)}" if n <= 2 or norm(m["quarter_n"]) in ("last", "final") else None
    if norm(m["quarter_n"]) == "last" and not m["quarter_y"]:
        return shift_period("quarter", a, -1)
    return f"{y}-Q{n}"


def _r_qshort(m: re.Match[str], a: date, d: str) -> str | None:
    return f"{m['qshort_y']}-{m['qshort_q']}"


def _r_ago(m: re.Match[str], a: date, d: str) -> str | None:
    n = number(m["ago_n"])
    unit = norm(m["ago_u"])
    if n is None:
        return "PAST_REF"
    if unit == "day":
        return ymd(a - timedelta(days=n))
    if unit == "week":
        return iso_week(a - timedelta(weeks=n))
    if unit == "month":
        return ym(*add_months(a.year, a.month, -n))
    if unit == "year":
        return f"{a.year - n:04d}"
    if unit == "decade":
        return f"{(a.year - 10 * n) // 10:03d}"
    return "PAST_REF"


def _r_decade(m: re.Match[str], a: date, d: str) -> str | None:
    if m["decade_y"]:
        return m["decade_y"][:3]
    s = int(m["decade_s"])
    century = a.year // 100 if s <= a.year % 100 else a.year // 100 - 1
    return f"{century:02d}{s // 10}"


def _r_century(m: re.Match[str], a: date, d: str) -> str | None:
    return f"{int(m['century_n']) - 1:02d}"


def _r_season(m: re.Match[str], a: date, d: str) -> str | None:
    return f"{m['season_y']}-{SEASONS[norm(m['season_s'])]}"


def _r_wd(m: re.Match[str], a: date, d: str) -> str | None:
    wd = WEEKDAYS[m["wd_d"].lower()]
    v = weekday_in_direction(wd, a, d, norm(m["wd_rel"]))
    if m["wd_part"]:
        v += "T" + PART_OF_DAY[m["wd_part"].lower()]
    return v


_DEICTIC: Mapping[str, tuple[int, str]] = MappingProxyType({
    "yesterday": (-1, ""), "today": (0, ""), "tomorrow": (1, ""), "tonight": (0, "TNI"),
    "last night": (-1, "TNI"), "this morning": (0, "TMO"), "this afternoon": (0, "TAF"),
    "this evening": (0, "TEV"), "last evening": (-1, "TEV"), "this night": (0, "TNI"),
    "yesterday morning": (-1, "TMO"), "yesterday afternoon": (-1, "TAF"),
    "yesterday evening": (-1, "TEV"), "tomorrow morning": (1, "TMO"),
    "tomorrow afternoon": (1, "TAF"), "tomorrow evening": (1, "TEV"), "tomorrow night": (1, "TNI"),
    "last morning": (-1, "TMO"), "last afternoon": (-1, "TAF"),
})
_REFS: Mapping[str, str] = MappingProxyType({
    "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the time": "PAST_REF", "the past": "PAST_REF",
})


def _r_deictic(m: re.Match[str], a: date, d: str) -> str | None:
    w = norm(m.group(0))
    if w in _REFS:
        return _REFS[w]
    k, part = _DEICTIC.get(w, (0, None))  # type: ignore[assignment]
    if part is None:
        return None
    return ymd(a + timedelta(days=k)) + part


def _r_now(m: re.Match[str], a: date, d: str) -> str | None:
    return "PRESENT_REF"


def _r_dur(m: re.Match[str], a: date, d: str) -> str | None:
    n = number(m["dur_n"])
    return _duration(n, norm(m["dur_u"]))


def _duration(n: int | None, unit: str) -> str:
    code = UNITS.get(unit, "X")
    num = "X" if n is None else str(n)
    if code in ("H", "TM", "S"):
        return f"PT{num}{'M' if code == 'TM' else code}"
    if code == "DE" and n is not None:
        return f"P{n * 10}Y"
    if code == "CE" and n is not None:
        return f"P{n * 100}Y"
    return f"P{num}{code}"


def _r_durbare(m: re.Match[str], a: date, d: str) -> str | None:
    return _duration(None, norm(m["durbare_u"]).rstrip("s"))


def _r_set(m: re.Match[str], a: date, d: str) -> str | None:
    if m["set_adv"]:
        return "P1Y"
    u = norm(m["set_u"])
    return {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}.get(u, "XXXX")


def _r_year(m: re.Match[str], a: date, d: str) -> str | None:
    return m["year_y"]


def _r_clock(m: re.Match[str], a: date, d: str) -> str | None:
    h = m["clock_h"] or m["clock_h24"]
    mi = m["clock_m"] or m["clock_m24"] or "00"
    hour = int(h)
    ap = (m["clock_ap"] or "").lower().replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    return f"{ymd(a)}T{hour:02d}:{mi}"


#: alternative name -> resolver(match, anchor, direction)
RESOLVERS: Mapping[str, Callable[[re.Match[str], date, str], str | None]] = MappingProxyType({
    "iso": _r_iso, "slash": _r_slash, "mdy": _r_mdy, "dmy": _r_dmy, "modrel": _r_modrel,
    "modabs": _r_modabs, "modper": _r_modper, "my": _r_my, "quarter": _r_quarter,
    "qshort": _r_qshort, "rel": _r_rel, "relmonth": _r_relmonth, "ago": _r_ago,
    "decade": _r_decade, "century": _r_century, "season": _r_season, "wd": _r_wd,
    "deictic": _r_deictic, "now": _r_now, "dur": _r_dur, "durbare": _r_durbare,
    "set": _r_set, "year": _r_year, "clock": _r_clock, "month": _r_month,
})


def resolve(kind: str, m: re.Match[str], anchor: date | None, direction: str = "past") -> str | None:
    """Value of match ``m`` of alternative ``kind``; anchor-free forms resolve without a date."""
    fn = RESOLVERS.get(kind)
    if fn is None:
        return None
    if anchor is None:
        if kind in ("iso", "slash", "my", "qshort", "decade", "century", "season", "year", "now",
                    "dur", "durbare", "set") or (kind in ("mdy", "dmy") and m[f"{kind}_y"]):
            return fn(m, date(2000, 1, 1), direction)
        return None
    try:
        return fn(m, anchor, direction)
    except (ValueError, OverflowError, KeyError):
        return None
