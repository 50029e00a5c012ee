"""Queries over articles, quotes and actors, and summary statistics, as plain dicts."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from newsevents.store.fts import match_query
from newsevents.store.queries import EventFilter, event_selection, with_events
from newsevents.store.sql import LIKE_ESCAPE, Where, like_escape


@dataclass(frozen=True)
class Page:
    """Paging for list queries."""

    limit: int = 50
    offset: int = 0


def query_articles(conn: sqlite3.Connection, text: str | None = None, source: str | None = None,
                   since: str | None = None, until: str | None = None, page: Page = Page()) -> list[dict[str, Any]]:
    """Articles (without their text) matching a full-text query, source and date range, newest first."""
    where = Where()
    if text:
        where.add("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", match_query(text))
    if source:
        where.add("a.source = ?", source)
    where.date_range("a.published", since, until)
    sql = ("SELECT a.hash, a.id, a.title, a.published, a.url, a.source, a.origin, a.processed_at, length(a.text) AS chars,"
           " (SELECT count(*) FROM event_mentions m WHERE m.article_hash = a.hash) AS events,"
           " (SELECT count(*) FROM quotes q WHERE q.article_hash = a.hash) AS quotes"
           f" FROM articles a{where.sql()} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, page.limit, page.offset])]


def get_article(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One article by content hash or id, with its text and every record found in it."""
    row = conn.execute("SELECT * FROM articles WHERE hash = ? OR id = ? ORDER BY hash = ? DESC LIMIT 1",
                       (key, key, key)).fetchone()
    if row is None:
        return None
    article = dict(row)
    h = article["hash"]
    article["events"] = [dict(r) for r in conn.execute(
        "SELECT * FROM event_mentions WHERE article_hash = ? ORDER BY seq", (h,))]
    article["quotes"] = [dict(r) for r in conn.execute("SELECT * FROM quotes WHERE article_hash = ? ORDER BY seq", (h,))]
    article["actors"] = [dict(r) for r in conn.execute(
        "SELECT * FROM actor_mentions WHERE article_hash = ? ORDER BY start", (h,))]
    article["timexes"] = [dict(r) for r in conn.execute("SELECT * FROM timexes WHERE article_hash = ? ORDER BY start", (h,))]
    article["places"] = [dict(r) for r in conn.execute("SELECT * FROM places WHERE article_hash = ? ORDER BY start", (h,))]
    return article


def query_quotes(conn: sqlite3.Connection, speaker: str | None = None, text: str | None = None,
                 since: str | None = None, until: str | None = None, page: Page = Page()) -> list[dict[str, Any]]:
    """Quotes whose speaker code starts with / speaker text contains ``speaker``, or whose text contains ``text``."""
    where = Where()
    if speaker:
        where.add(f"(q.speaker_code LIKE ? {LIKE_ESCAPE} OR lower(q.speaker_text) LIKE ? {LIKE_ESCAPE})",
                  like_escape(speaker.upper()) + "%", "%" + like_escape(speaker.lower()) + "%")
    if text:
        where.add(f"lower(q.text) LIKE ? {LIKE_ESCAPE}", "%" + like_escape(text.lower()) + "%")
    where.date_range("a.published", since, until)
    sql = ("SELECT q.*, a.id AS article_id, a.title, a.published FROM quotes q JOIN articles a ON a.hash = q.article_hash"
           f"{where.sql()} ORDER BY a.published DESC, a.id, q.seq LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, page.limit, page.offset])]


def query_actors(conn: sqlite3.Connection, code: str | None = None, name: str | None = None,
                 page: Page = Page()) -> list[dict[str, Any]]:
    """Actor codes with how often they were mentioned and acted as event source or target."""
    where = Where().add("m.code IS NOT NULL")
    if code:
        where.add(f"m.code LIKE ? {LIKE_ESCAPE}", like_escape(code.upper()) + "%")
    if name:
        where.add(f"(lower(m.name) LIKE ? {LIKE_ESCAPE} OR lower(m.text) LIKE ? {LIKE_ESCAPE})",
                  *["%" + like_escape(name.lower()) + "%"] * 2)
    sql = ("SELECT m.code, count(*) AS mentions, count(DISTINCT m.article_hash) AS articles,"
           " group_concat(DISTINCT m.name) AS names,"
           " (SELECT count(*) FROM events e WHERE e.source = m.code) AS as_source,"
           " (SELECT count(*) FROM events e WHERE e.target = m.code) AS as_target"
           f" FROM actor_mentions m{where.sql()} GROUP BY m.code"
           " ORDER BY mentions DESC, m.code LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, page.limit, page.offset])]


#: events of each QuadClass in a group (a place on the map)
_QUAD_COUNTS = ", ".join(f"sum(e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
#: what :func:`event_stats` can count by
STATS_BY = ("root", "quad_class", "day", "day_quad", "dyad", "actor", "country", "place")


def event_stats(conn: sqlite3.Connection, by: str, f: EventFilter | None = None,
                limit: int = 100_000) -> list[dict[str, Any]]:
    """Event counts grouped ``by`` one of :data:`STATS_BY`.

    ``place`` counts located events by place (name, country, precision ``feature``, with
    coordinates and counts per QuadClass ``q1`` … ``q4``), most events first.
    """
    sel = event_selection(f or EventFilter(), conn)
    where, params = sel.where, sel.params
    if sel.driven and not sel.needs_events and by in ("day", "day_quad", "quad_class"):
        alias, source = "x", sel.source  # the index table alone answers counts by date and QuadClass
    else:
        alias, source = "e", with_events(sel)
    groups = {
        "root": ("e.root AS root", "e.root", "count DESC, root"),
        "quad_class": (f"{alias}.quad_class AS quad_class", f"{alias}.quad_class", "quad_class"),
        "day": (f"{alias}.date AS day", f"{alias}.date", "day"),
        "day_quad": (f"{alias}.date AS day, {alias}.quad_class AS quad_class", f"{alias}.date, {alias}.quad_class",
                     "day, quad_class"),
        "dyad": ("e.source AS source, e.target AS target, round(avg(e.goldstein), 2) AS mean_goldstein",
                 "e.source, e.target", "count DESC, source, target"),
        "country": ("e.place_country AS country, avg(e.place_lat) AS lat, avg(e.place_lon) AS lon",
                    "e.place_country", "count DESC, country"),
        "place": ("e.place_name AS name, e.place_country AS country, e.place_feature AS feature,"
                  " min(e.place_lat) AS lat, min(e.place_lon) AS lon, " + _QUAD_COUNTS,
                  "e.place_name, e.place_country, e.place_feature", "count DESC, name, country"),
    }
    if by == "actor":
        sql = (f"SELECT actor, count(*) AS count FROM (SELECT e.source AS actor FROM {source}{where} UNION ALL "
               f"SELECT e.target AS actor FROM {source}{where}) WHERE actor IS NOT NULL GROUP BY actor "
               "ORDER BY count DESC, actor LIMIT ?")
        return [dict(r) for r in conn.execute(sql, [*params, *params, limit])]
    if by not in groups:
        raise ValueError(f"unknown grouping {by!r}; choose one of actor, {', '.join(groups)}")
    select, group, order = groups[by]
    if by == "dyad":
        where = where + (" AND " if where else " WHERE ") + "e.source IS NOT NULL AND e.target IS NOT NULL"
    if by == "place":
        where = where + (" AND " if where else " WHERE ") + "e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
    sql = f"SELECT {select}, count(*) AS count FROM {source}{where} GROUP BY {group} ORDER BY {order} LIMIT ?"
    return [dict(r) for r in conn.execute(sql, [*params, limit])]
