"""Read events back out of the store with filters, as plain dicts."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventFilter:
    """Filters for :func:`query_events`; every field is optional and they combine with AND.

    ``actor`` matches a source or target code by prefix ("RUS" finds RUSGOV) or the
    actor's text (case-insensitive substring); ``cameo`` is a code prefix ("04", "041").
    """

    actor: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    modalities: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.actor:
        code = f.actor.upper() + "%"
        text = "%" + f.actor.lower() + "%"
        clauses.append("(e.source LIKE ? OR e.target LIKE ? OR lower(e.source_text) LIKE ? OR lower(e.target_text) LIKE ?)")
        params += [code, code, text, text]
    if f.cameo:
        clauses.append("e.cameo LIKE ?")
        params.append(f.cameo + "%")
    if f.since:
        clauses.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("e.date <= ?")
        params.append(f.until)
    if f.modalities:
        clauses.append(f"e.modality IN ({', '.join('?' for _ in f.modalities)})")
        params += list(f.modalities)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Stored events matching ``f``, newest first, each with its article id and evidence text."""
    f = f or EventFilter()
    where, params = _where(f)
    sql = (
        "SELECT a.id AS article_id, e.article_hash, e.seq, e.date, e.source, e.source_text, e.cameo, e.name,"
        ' e.target, e.target_text, e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.trigger,'
        ' e.rule, e.confidence, e.sentence, e.start, e."end", e.date_source, e.place,'
        ' substr(a.text, e.start + 1, e."end" - e.start) AS evidence'
        " FROM events e JOIN articles a ON a.hash = e.article_hash"
        f"{where} ORDER BY e.date DESC, a.id, e.seq"
    )
    if f.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [f.limit, f.offset]
    return [dict(row) for row in conn.execute(sql, params)]


def query_errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every recorded input failure."""
    return [dict(r) for r in conn.execute("SELECT * FROM errors ORDER BY created_at, origin")]


def store_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = ("articles", "events", "quotes", "actor_mentions", "timexes", "errors")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
