"""Read events, mentions and errors back out of the store with filters, as plain dicts."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from newsevents.store.sql import Where

#: an actor filter written as a CAMEO actor code: upper-case letters in groups of three
ACTOR_CODE = re.compile(r"(?:[A-Z]{3})+")


def prefix_range(prefix: str) -> tuple[str, str]:
    """``(lo, hi)`` with ``lo <= x < hi`` exactly for strings ``x`` starting with ``prefix`` (index-friendly)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)

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

    ``actor`` written as a code (upper case, groups of three letters: "RUS", "USAGOV") matches
    source or target codes by prefix; anything else matches the actor texts of the reports
    (case-insensitive substring: "Putin"); ``country`` a source or target country code;
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


def event_where(f: EventFilter, driven_by: str | None = None) -> tuple[str, list[Any]]:
    """SQL WHERE clause (over ``events e``) and parameters for a filter.

    ``driven_by`` ("actor" or "country") leaves out the filter that an ``event_actors x``
    join already applies (see :func:`event_selection`) and ranges dates on ``x.date``.
    """
    where = Where()
    if f.actor and driven_by != "actor":
        if ACTOR_CODE.fullmatch(f.actor):  # a code (RUS, RUSGOV, IGOUNO): prefix on the indexed codes
            where.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.code >= ? AND a.code < ?)",
                      *prefix_range(f.actor))
        else:  # words of a name ("Putin", "european union") in the reports' actor texts
            text = "%" + f.actor.lower() + "%"
            where.add("e.id IN (SELECT m.event_id FROM event_mentions m "
                      "WHERE lower(m.source_text) LIKE ? OR lower(m.target_text) LIKE ?)", text, text)
    if f.country and driven_by != "country":
        where.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.country = ?)", f.country.upper()[:3])
    if f.cameo:
        if len(f.cameo) == 2:
            where.add("e.root = ?", f.cameo)
        else:
            where.add("e.cameo >= ? AND e.cameo < ?", *prefix_range(f.cameo))
    if f.quad_class is not None:
        where.add("e.quad_class = ?", f.quad_class)
    where.date_range("x.date" if driven_by else "e.date", f.since, f.until)
    if f.place:
        where.add("(lower(e.place_name) = ? OR e.place_country = ?)", f.place.lower(), f.place.upper())
    if f.modalities:
        where.add(f"e.modality IN ({', '.join('?' for _ in f.modalities)})", *f.modalities)
    if f.text:
        where.add("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.hash = m.article_hash "
                  "WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))", f.text)
    return where.sql(), where.params


@dataclass(frozen=True)
class Selection:
    """FROM and WHERE clauses (with parameters) selecting each matching event once as ``e``."""

    source: str
    where: str
    params: list[Any]
    driven: bool

    def order(self, sort: str) -> str:
        """ORDER BY for ``sort``; by date, a driven selection follows its index."""
        if self.driven and sort in ("-date", "date"):
            direction = "DESC" if sort == "-date" else "ASC"
            return f"x.date {direction}, x.event_id {direction}"
        return EVENT_SORTS[sort]


def event_selection(f: EventFilter) -> Selection:
    """The cheapest way to select ``f``'s events.

    An actor code or country filter drives the query from the ``event_actors`` index table
    (walked in date order, stopping at the page's end); an event whose source and target
    both match is kept on its source row only.
    """
    if f.actor and ACTOR_CODE.fullmatch(f.actor):
        driven_by, column, value = "actor", ("country" if len(f.actor) == 3 else "code"), f.actor
    elif f.country:
        driven_by, column, value = "country", "country", f.country.upper()[:3]
    else:
        where, params = event_where(f)
        return Selection("events e", where, params, driven=False)
    rest, params = event_where(f, driven_by=driven_by)
    same = "substr(e.source, 1, 3) = x.country" if column == "country" else "e.source = x.code"
    where = f" WHERE x.{column} = ? AND (x.role = 'source' OR e.source IS NULL OR NOT {same})"
    where += rest.replace(" WHERE ", " AND ", 1)
    return Selection("event_actors x JOIN events e ON e.id = x.event_id", where, [value, *params], driven=True)


_FIRST_MENTION = "(SELECT m.rowid FROM event_mentions m WHERE m.event_id = e.id ORDER BY m.rowid LIMIT 1)"


def query_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Distinct stored events matching ``f``, each with its counts and first report's evidence."""
    f = f or EventFilter()
    if f.sort not in EVENT_SORTS:
        raise ValueError(f"unknown sort {f.sort!r}; choose one of {', '.join(EVENT_SORTS)}")
    sel = event_selection(f)
    params = list(sel.params)
    sql = (
        "SELECT e.id AS event_id, e.date, e.source, fm.source_text, e.cameo, e.name, e.target, fm.target_text,"
        " e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.place_name, e.place_country, e.place_lat,"
        " e.place_lon, e.num_mentions, e.num_articles, e.num_sources, a.id AS article_id, fm.article_hash,"
        ' fm.seq, fm.trigger, fm.rule, fm.confidence, fm.date_source, fm.place_source, fm.start, fm."end",'
        ' substr(a.text, fm.start + 1, fm."end" - fm.start) AS evidence'
        f" FROM (SELECT e.* FROM {sel.source}{sel.where} ORDER BY {sel.order(f.sort)}"
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
    sel = event_selection(f or EventFilter())
    return conn.execute(f"SELECT count(*) FROM {sel.source}{sel.where}", sel.params).fetchone()[0]


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
