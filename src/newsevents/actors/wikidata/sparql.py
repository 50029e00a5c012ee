"""SPARQL JSON results (``application/sparql-results+json``) of wikidata_offices.rq -> statements."""
from __future__ import annotations

from collections.abc import Mapping

from newsevents.actors.wikidata.offices import office_code
from newsevents.actors.wikidata.statements import (
    Statement,
    WikidataInputError,
    WikidataRead,
    WikiTime,
    qid_of,
    rank_of,
)

#: kinds in order of trust: a listed office (wikidata_offices.tsv) before one found through a class
_KIND_ORDER = ("listed", "head of state", "head of government")


def _value(row: Mapping[str, Mapping[str, str]], name: str) -> str:
    cell = row.get(name)
    return str(cell.get("value", "")) if isinstance(cell, Mapping) else ""


def _lang(row: Mapping[str, Mapping[str, str]], name: str) -> str:
    cell = row.get(name)
    return str(cell.get("xml:lang", "en")) if isinstance(cell, Mapping) else "en"


def read_sparql(data: object, read: WikidataRead) -> None:
    """Add the statements and names of a SPARQL JSON result to ``read``.

    Rows repeat a statement once per label and alias (and per way the office was found);
    they are grouped by statement. Deprecated statements and offices no row places are
    counted in ``read.skipped``.
    """
    rows = data.get("results", {}).get("bindings") if isinstance(data, Mapping) else None
    if not isinstance(rows, list):
        raise WikidataInputError("not SPARQL JSON results: no results.bindings list")
    read.shape = "sparql"
    found: dict[str, tuple[int, Statement]] = {}
    for row in rows:
        if not isinstance(row, Mapping):
            read.skipped["malformed rows"] += 1
            continue
        person, office = qid_of(_value(row, "person")), qid_of(_value(row, "office"))
        if not person or not office:
            read.skipped["rows without a person or office"] += 1
            continue
        names = read.names_of(person)
        for col in ("label", "personLabel"):
            if _value(row, col):
                names.add_label(_lang(row, col), _value(row, col))
        if _value(row, "alias") and _lang(row, "alias").startswith("en"):
            names.add_alias(_value(row, "alias"))
        statement = _statement(row, person, office)
        if statement is None:
            read.skipped["statements of offices not in wikidata_offices.tsv"] += 1
            continue
        if statement.rank == "deprecated":
            read.skipped["deprecated statements"] += 1
            continue
        kind = _value(row, "kind")
        trust = _KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER)
        have = found.get(statement.statement_id)
        if have is None or trust < have[0]:
            found[statement.statement_id] = (trust, statement)
    read.statements.extend(s for _, s in found.values())


def _statement(row: Mapping[str, Mapping[str, str]], person: str, office: str) -> Statement | None:
    placed = office_code(office, _value(row, "kind"), _value(row, "iso3") or None)
    if placed is None:
        return None
    start = WikiTime.parse(_value(row, "start"), _value(row, "startPrecision"))
    end = WikiTime.parse(_value(row, "end"), _value(row, "endPrecision"))
    sid = _value(row, "statement").rsplit("/", 1)[-1] or "|".join(
        (person, office, _value(row, "start"), _value(row, "end")))
    return Statement(person, office, placed[0], placed[1], sid, rank_of(_value(row, "rank")), start, end)
