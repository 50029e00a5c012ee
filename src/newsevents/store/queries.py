"""Read events, mentions and errors back out of the store with filters, as plain dicts."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from newsevents.store.sql import Where

#: sort keys users may ask for -> SQL (never interpolate user text into ORDER BY)
EVENT_SORTS = {
    "date": "e.date ASC, e.id ASC",
    "-date": "e.date DESC, e.id DESC",
    "mentions": "e.num_mentions DESC, e.date DESC, e.id DESC",
    "goldstein": "e.goldstein ASC, e.id ASC",
    "-goldstein": "e.goldstein DESC, e.id ASC",
}


@dataclass(frozen=True)
class EventFilter:
    """Filters for :func:`query_events`; every field is optional and they combine with AND.

    ``actor`` matches a source or target code by prefix ("RUS" finds RUSGOV) or the text
    of a mention (case-insensitive substring); ``country`` a source or target country code;
    ``cameo`` is a code prefix ("04", "041"); ``text`` a full-text query over the reporting
    articles' titles and text (SQLite FTS5 syntax).
    """

    actor: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    modalities: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0
    country: str | None = None
    quad_class: int | None = None
    place: str | None = None
    text: str | None = None
    sort: str = "-date"


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL WHERE clause (over ``events e``) and parameters for a filter."""
    where = Where()
    if f.actor:
        code, text = f.actor.upper() + "%", "%" + f.actor.lower() + "%"
        where.add("(e.source LIKE ? OR e.target LIKE ? OR EXISTS (SELECT 1 FROM event_mentions m WHERE "
                  "m.event_id = e.id AND (lower(m.source_text) LIKE ? OR lower(m.target_text) LIKE ?)))",
                  code, code, text, text)
    if f.country:
        where.add("(substr(e.source, 1, 3) = ? OR substr(e.target, 1, 3) = ?)", *[f.country.upper()[:3]] * 2)
    if f.cameo:
        where.add("e.cameo LIKE ?", f.cameo + "%")
    if f.quad_class is not None:
        where.add("e.quad_class = ?", f.quad_class)
    where.date_range("e.date", f.since, f.until)
    if f.place:
        where.add("(lower(e.place_name) = ? OR e.place_country = ?)", f.place.lower(), f.place.upper())
    if f.modalities:
        where.add(f"e.modality IN ({', '.join('?' for _ in f.modalities)})", *f.modalities)
    if f.text:
        where.add("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.hash = m.article_hash "
                  "WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))", f.text)
    return where.sql(), where.params


_FIRST_MENTION = "(SELECT m.rowid FROM event_mentions m WHERE m.event_id = e.id ORDER BY m.rowid LIMIT 1)"


def query_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Distinct stored events matching ``f``, each with its counts and first report's evidence."""
    f = f or EventFilter()
    if f.sort not in EVENT_SORTS:
        raise ValueError(f"unknown sort {f.sort!r}; choose one of {', '.join(EVENT_SORTS)}")
    where, params = event_where(f)
    sql = (
        "SELECT e.id AS event_id, e.date, e.source, fm.source_text, e.cameo, e.name, e.target, fm.target_text,"
        " e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.place_name, e.place_country, e.place_lat,"
        " e.place_lon, e.num_mentions, e.num_articles, e.num_sources, a.id AS article_id, fm.article_hash,"
        ' fm.seq, fm.trigger, fm.rule, fm.confidence, fm.date_source, fm.place_source, fm.start, fm."end",'
        ' substr(a.text, fm.start + 1, fm."end" - fm.start) AS evidence'
        f" FROM (SELECT * FROM events e{where} ORDER BY {EVENT_SORTS[f.sort]}"
        + (" LIMIT ? OFFSET ?" if f.limit is not None else "")
        + f") e JOIN event_mentions fm ON fm.rowid = {_FIRST_MENTION}"
        " JOIN articles a ON a.hash = fm.article_hash"
        f" ORDER BY {EVENT_SORTS[f.sort]}"
    )
    if f.limit is not None:
        params += [f.limit, f.offset]
    return [dict(row) for row in conn.execute(sql, params)]


def count_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> int:
    """How many distinct events match ``f`` (ignoring paging)."""
    where, params = event_where(f or EventFilter())
    return conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


def query_mentions(conn: sqlite3.Connection, event_id: int) -> list[dict[str, Any]]:
    """Every report of one event, with its article and evidence text."""
    sql = (
        "SELECT m.*, a.id AS article_id, a.title, a.source AS article_source, a.url, a.published,"
        ' substr(a.text, m.start + 1, m."end" - m.start) AS evidence'
        " FROM event_mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.event_id = ? ORDER BY m.rowid"
    )
    return [dict(row) for row in conn.execute(sql, (event_id,))]


def query_errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every recorded input failure."""
    return [dict(r) for r in conn.execute("SELECT * FROM errors ORDER BY created_at, origin")]


def store_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = ("articles", "events", "event_mentions", "quotes", "actor_mentions", "timexes", "places", "errors")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
