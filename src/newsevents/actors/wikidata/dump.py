"""Lines of a filtered Wikidata JSON dump (one entity a line) -> statements.

A filtered dump holds the people with position-held (P39) claims, and may hold the states
(ISO3 code P298; offices of head of state P1906 and of government P1313) and the offices
themselves (instance/subclass P31/P279 of a class in wikidata_offices.tsv, jurisdiction
P1001): those place offices that wikidata_offices.tsv does not list.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

from newsevents.actors.wikidata.offices import listed_offices, office_code
from newsevents.actors.wikidata.statements import Statement, WikidataRead, WikiTime, rank_of

Entity = Mapping[str, object]


def entity_lines(lines: Iterable[str], read: WikidataRead) -> list[Entity]:
    """The entities of dump lines (``[``/``]`` lines and trailing commas of a full dump are
    fine); lines that are not JSON objects are counted in ``read.skipped``."""
    out = []
    for line in lines:
        text = line.strip().rstrip(",")
        if text in ("", "[", "]"):
            continue
        try:
            entity = json.loads(text)
        except ValueError:
            read.skipped["lines that are not JSON"] += 1
            continue
        if isinstance(entity, dict) and isinstance(entity.get("claims"), dict):
            out.append(entity)
        else:
            read.skipped["lines that are not entities"] += 1
    return out


def _claims(entity: Entity, prop: str) -> list[Mapping]:
    claims = entity.get("claims") or {}
    return [c for c in claims.get(prop, ()) if isinstance(c, Mapping)] if isinstance(claims, Mapping) else []


def _snak_value(snak: object) -> object:
    if not isinstance(snak, Mapping) or snak.get("snaktype", "value") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def _item_values(entity: Entity, prop: str) -> list[str]:
    """QIDs (or strings) of the non-deprecated claims of ``prop``."""
    out = []
    for claim in _claims(entity, prop):
        value = _snak_value(claim.get("mainsnak"))
        if rank_of(claim.get("rank")) != "deprecated" and value is not None:
            out.append(value.get("id", "") if isinstance(value, Mapping) else str(value))
    return [v for v in out if v]


def office_kinds(entities: Iterable[Entity]) -> dict[str, tuple[str, str]]:
    """Office QID -> (kind, ISO3) from the states and offices present in the dump."""
    entities = list(entities)
    iso3 = {e.get("id"): codes[0] for e in entities if (codes := _item_values(e, "P298"))}
    out: dict[str, tuple[str, str]] = {}
    for e in entities:
        if e.get("id") not in iso3:
            continue
        for office in _item_values(e, "P1313"):
            out.setdefault(office, ("head of government", iso3[e["id"]]))
        for office in _item_values(e, "P1906"):
            out.setdefault(office, ("head of state", iso3[e["id"]]))
    classes = {o.qid: o.note for o in listed_offices().values() if o.scope == "class"}
    for e in entities:
        kinds = [classes[c] for c in (*_item_values(e, "P31"), *_item_values(e, "P279")) if c in classes]
        states = [iso3[s] for s in _item_values(e, "P1001") if s in iso3]
        if kinds and states:
            out.setdefault(str(e.get("id")), (kinds[0], states[0]))
    return out


def read_dump(lines: Iterable[str], read: WikidataRead) -> None:
    """Add the statements and names of dump lines to ``read``; the data date is the newest
    ``modified`` time of an entity."""
    read.shape = "dump"
    entities = entity_lines(lines, read)
    kinds = office_kinds(entities)
    for entity in entities:
        modified = str(entity.get("modified") or "")[:10]
        if len(modified) == 10:
            try:
                day = date.fromisoformat(modified)
            except ValueError:
                day = None
            if day and (read.data_date is None or day > read.data_date):
                read.data_date = day
        if _claims(entity, "P39"):
            _person(entity, kinds, read)


def _person(entity: Entity, kinds: Mapping[str, tuple[str, str]], read: WikidataRead) -> None:
    person = str(entity.get("id") or "")
    names = read.names_of(person)
    for lang, label in (entity.get("labels") or {}).items():
        if isinstance(label, Mapping):
            names.add_label(str(lang), str(label.get("value") or ""))
    for lang, aliases in (entity.get("aliases") or {}).items():
        if str(lang).startswith("en") and isinstance(aliases, list):
            for alias in aliases:
                if isinstance(alias, Mapping):
                    names.add_alias(str(alias.get("value") or ""))
    for claim in _claims(entity, "P39"):
        value = _snak_value(claim.get("mainsnak"))
        office = value.get("id", "") if isinstance(value, Mapping) else ""
        kind, iso3 = kinds.get(office, ("", ""))
        placed = office_code(office, kind, iso3 or None) if office else None
        if placed is None:
            read.skipped["statements of offices not in wikidata_offices.tsv"] += 1
            continue
        rank = rank_of(claim.get("rank"))
        if rank == "deprecated":
            read.skipped["deprecated statements"] += 1
            continue
        start, _ = _qualifier_time(claim, "P580")
        end, unknown_end = _qualifier_time(claim, "P582")
        read.statements.append(Statement(person, office, placed[0], placed[1], str(claim.get("id") or ""),
                                         rank, start, end, unknown_end))


def _qualifier_time(claim: Mapping, prop: str) -> tuple[WikiTime | None, bool]:
    """The first usable time of a qualifier, and whether it is "unknown value" (somevalue)."""
    for snak in (claim.get("qualifiers") or {}).get(prop, ()):
        if isinstance(snak, Mapping) and snak.get("snaktype") == "somevalue":
            return None, True
        value = _snak_value(snak)
        if isinstance(value, Mapping):
            time = WikiTime.parse(str(value.get("time") or ""), value.get("precision"))
            if time:
                return time, False
    return None, False
