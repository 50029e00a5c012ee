"""Events as PLOVER (POLECAT-style) JSON objects: type, mode, context, actor, recipient, date, place, evidence.

Mode and contexts come from the CAMEO -> PLOVER 2021 table (``data/plover_modes.tsv``); the
CAMEO code, QuadClass and Goldstein score are kept as fields so nothing is lost.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, TextIO

from newsevents.export.actor_codes import split_actor_code
from newsevents.export.rows import iter_events
from newsevents.store.queries import EventFilter

#: CAMEO role codes -> PLOVER/POLECAT-style sector names
SECTORS: Mapping[str, str] = MappingProxyType({
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "OPP": "opposition", "REB": "rebel", "INS": "insurgent", "SEP": "separatist", "SPY": "intelligence",
    "UAF": "armed_group", "BUS": "business", "MED": "media", "EDU": "education", "REL": "religious",
    "CVL": "civilian", "REF": "refugees", "LAB": "labor", "HLH": "health", "HRI": "human_rights",
    "AGR": "agriculture", "CRM": "criminal", "DEV": "development", "ELI": "elite", "ENV": "environment",
    "IGO": "igo", "NGO": "ngo", "IMG": "armed_group", "MNC": "business", "NGM": "movement", "PKO": "peacekeepers",
})


@lru_cache(maxsize=1)
def plover_modes() -> Mapping[str, tuple[str | None, tuple[str, ...]]]:
    """CAMEO code -> (PLOVER mode or None, contexts); read-only."""
    text = resources.files("newsevents.export").joinpath("data/plover_modes.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, mode, contexts = line.split("\t")
        table[code] = (None if mode == "-" else mode, () if contexts == "-" else tuple(contexts.split("|")))
    return MappingProxyType(table)


def mode_and_context(cameo: str | None) -> tuple[str | None, tuple[str, ...]]:
    """PLOVER mode and contexts of a CAMEO code (its 3-digit parent's when it has none of its own)."""
    table = plover_modes()
    for key in ((cameo or ""), (cameo or "")[:3]):
        if key in table:
            return table[key]
    return None, ()


def _actor(code: str | None, text: str | None) -> dict[str, Any] | None:
    if not code and not text:
        return None
    parts = split_actor_code(code)
    sector = next((SECTORS[t] for t in parts.types if t in SECTORS), None)
    return {"code": code, "text": text, "country": parts.country or None, "group": parts.known_group or None,
            "sector": sector, "agents": list(parts.types)}


def _precision(date: str | None) -> str | None:
    if not date:
        return None
    return {4: "year", 7: "month"}.get(len(date), "day")


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER object from an exported event row (:func:`~newsevents.export.rows.iter_events`)."""
    mode, contexts = mode_and_context(event.get("cameo"))
    place = None
    if event.get("place_name") or event.get("place_country"):
        place = {"name": event.get("place_name"), "country": event.get("place_country"),
                 "adm1": event.get("place_adm1"), "lat": event.get("place_lat"), "lon": event.get("place_lon")}
    return {
        "id": f"newsevents-{event['event_id']}",
        "event_type": event.get("plover"),
        "mode": mode,
        "context": list(contexts),
        "date": event.get("date"),
        "date_precision": _precision(event.get("date")),
        "actor": _actor(event.get("source"), event.get("source_text")),
        "recipient": _actor(event.get("target"), event.get("target_text")),
        "location": place,
        "modality": event.get("modality"),
        "cameo": event.get("cameo"),
        "cameo_root": event.get("root"),
        "cameo_name": event.get("name"),
        "quad_class": event.get("quad_class"),
        "goldstein": event.get("goldstein"),
        "num_mentions": event.get("num_mentions"),
        "num_articles": event.get("num_articles"),
        "num_sources": event.get("num_sources"),
        "evidence": {"text": event.get("evidence"), "trigger": event.get("trigger"), "start": event.get("start"),
                     "end": event.get("end"), "article_id": event.get("article_id"), "url": event.get("url"),
                     "published": event.get("published"), "source": event.get("article_source")},
    }


def write_plover(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write event rows as PLOVER JSON, one object a line; returns how many."""
    count = 0
    for event in events:
        out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_plover(conn: sqlite3.Connection, out: TextIO, f: EventFilter | None = None) -> int:
    """Write the events matching ``f`` as PLOVER JSON lines."""
    return write_plover(iter_events(conn, f), out)
