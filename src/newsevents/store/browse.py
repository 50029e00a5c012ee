"""Queries over articles, quotes and actors, and summary statistics, as plain dicts."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from newsevents.config import DEFAULT_MODALITIES
from newsevents.store.copies import story_members
from newsevents.store.fts import match_query
from newsevents.store.queries import (
    ACTOR_CODE,
    EventFilter,
    Selection,
    count_events,
    event_selection,
    prefix_range,
    summary_filter,
    summary_where,
    with_events,
)
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
    # the other articles of its wire story (copies of it, or the article it copies), first stored first
    article["copies"] = [a for a in story_members(conn, article["story"]) if a["hash"] != h] if article["story"] else []
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
    # walks the articles newest first (their publication index) and stops at the page's end
    sql = ("SELECT q.*, a.id AS article_id, a.title, a.published FROM articles a CROSS JOIN quotes q"
           f" ON q.article_hash = a.hash{where.sql()} ORDER BY a.published DESC, a.id, q.seq LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, page.limit, page.offset])]


#: canonical names shown per actor code
ACTOR_NAMES_SHOWN = 8


def query_actors(conn: sqlite3.Connection, code: str | None = None, name: str | None = None,
                 page: Page = Page()) -> list[dict[str, Any]]:
    """Actor codes with how often they were mentioned and acted as event source or target.

    ``code`` is a code prefix; ``name`` words of a canonical name or of a mention's text
    (case-insensitive substring). Read from the ``actor_counts`` and ``actor_names`` tables
    the store keeps, so the list costs the same at any size.
    """
    where = Where().add("c.mentions > 0")
    if code:
        where.add("c.code >= ? AND c.code < ?", *prefix_range(code.upper()))
    if name:
        where.add(f"c.code IN (SELECT n.code FROM actor_names n WHERE lower(n.name) LIKE ? {LIKE_ESCAPE})",
                  "%" + like_escape(name.lower()) + "%")
    names = ("(SELECT group_concat(name) FROM (SELECT n.name FROM actor_names n WHERE n.code = c.code"
             f" AND n.canonical = 1 ORDER BY n.mentions DESC, n.name LIMIT {ACTOR_NAMES_SHOWN}))")
    sql = (f"SELECT c.code, c.mentions, c.articles, {names} AS names, c.as_source, c.as_target"
           f" FROM actor_counts c{where.sql()} ORDER BY c.mentions DESC, c.code LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, page.limit, page.offset])]


def _unfiltered(f: EventFilter) -> bool:
    return summary_filter(f) and not (f.cameo or f.since or f.until) and set(f.modalities) == set(DEFAULT_MODALITIES)


def _from_summaries_applies(by: str, f: EventFilter) -> bool:
    if by in ("day", "day_quad", "quad_class", "root") and summary_filter(f):
        return True
    if not summary_filter(f) or f.cameo or f.since or f.until or set(f.modalities) != set(DEFAULT_MODALITIES):
        return False
    return by in ("place", "country", "grid") or (f.quad_class is None and by in ("dyad", "actor"))


def _from_summaries(conn: sqlite3.Connection, by: str, f: EventFilter, limit: int) -> list[dict[str, Any]] | None:
    """``event_stats`` from the summary tables when they answer it (None when they do not)."""
    if by in ("day", "day_quad", "quad_class", "root") and summary_filter(f):
        where, params = summary_where(f)
        group = {"day": ("date AS day", "date", "day"), "day_quad": ("date AS day, quad_class", "date, quad_class",
                                                                     "day, quad_class"),
                 "quad_class": ("quad_class", "quad_class", "quad_class"), "root": ("root", "root", "count DESC, root")}
        select, columns, order = group[by]
        rows = conn.execute(f"SELECT {select}, sum(count) AS count FROM event_days{where} GROUP BY {columns}"
                            f" HAVING sum(count) > 0 ORDER BY {order} LIMIT ?", [*params, limit]).fetchall()
        return [{k: (None if k in ("day",) and r[k] == "" else None if k == "quad_class" and r[k] == 0 else r[k])
                 for k in r.keys()} for r in rows]
    if not summary_filter(f) or f.cameo or f.since or f.until or set(f.modalities) != set(DEFAULT_MODALITIES):
        return None
    if by in ("place", "country", "grid"):
        quad = " AND quad_class = ?" if f.quad_class is not None else ""
        params = [f.quad_class] if f.quad_class is not None else []
        if by == "place":
            sql = ("SELECT name, nullif(country, '') AS country, nullif(feature, '') AS feature, min(lat) AS lat,"
                   " min(lon) AS lon, " + ", ".join(f"sum(count * (quad_class = {q})) AS q{q}" for q in (1, 2, 3, 4))
                   + f", sum(count) AS count FROM event_place_counts WHERE count > 0{quad}"
                   " GROUP BY name, country, feature ORDER BY count DESC, name, country LIMIT ?")
        elif by == "grid":
            sql = (f"SELECT {_GRID_CELL} AS cell, sum(lat * count) / sum(count) AS lat, sum(lon * count) / sum(count)"
                   " AS lon, " + ", ".join(f"sum(count * (quad_class = {q})) AS q{q}" for q in (1, 2, 3, 4))
                   + f", sum(count) AS count FROM event_place_counts WHERE count > 0 AND lat IS NOT NULL{quad}"
                   " GROUP BY cell ORDER BY count DESC, cell LIMIT ?")
        else:
            sql = ("SELECT nullif(country, '') AS country, sum(lat * count) / sum(count) AS lat,"
                   " sum(lon * count) / sum(count) AS lon, sum(count) AS count FROM event_place_counts"
                   f" WHERE count > 0{quad} GROUP BY country ORDER BY count DESC, country LIMIT ?")
        rows = [dict(r) for r in conn.execute(sql, [*params, limit])]
        return [r for r in rows if r.get("country") is not None] if by == "country" else rows
    if f.quad_class is not None:
        return None
    if by == "dyad":
        return [dict(r) for r in conn.execute(
            "SELECT source, target, round(goldstein / count, 2) AS mean_goldstein, count FROM dyad_counts"
            " WHERE count > 0 ORDER BY count DESC, source, target LIMIT ?", (limit,))]
    if by == "actor":
        return [dict(r) for r in conn.execute(
            "SELECT code AS actor, happened AS count FROM actor_counts WHERE happened > 0"
            " ORDER BY happened DESC, code LIMIT ?", (limit,))]
    return None


#: events of each QuadClass in a group (a place on the map)
_QUAD_COUNTS = ", ".join(f"sum(e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
#: groupings that read every matching event (so a broad filter reads a sample of them)
SAMPLED_BY = ("root", "quad_class", "actor", "country", "dyad", "place", "grid")
#: most events those groupings read: a filter matching more is counted over its most recent ones
STATS_SAMPLE = 10_000


def stats_sample(conn: sqlite3.Connection, by: str, f: EventFilter) -> int | None:
    """:data:`STATS_SAMPLE` when ``event_stats(by, f)`` counts only the most recent matching events,
    else None (the summary tables answer it, or few enough events match)."""
    if by not in SAMPLED_BY or _from_summaries_applies(by, f):
        return None
    if f.text or (f.actor and not ACTOR_CODE.fullmatch(f.actor)):
        return None   # a full-text or actor-name filter reads a bounded sample already (filter_samples)
    if by == "quad_class":   # the index table alone answers it for an actor or country filter
        sel = event_selection(f, conn)
        if sel.driven and not sel.needs_events:
            return None
    return STATS_SAMPLE if count_events(conn, f, cap=STATS_SAMPLE) > STATS_SAMPLE else None


#: what :func:`event_stats` can count by
STATS_BY = ("root", "quad_class", "day", "day_quad", "dyad", "actor", "country", "place", "grid")
#: the map's cells for ``grid``: 2 degrees of latitude by 2 of longitude
_GRID_CELL = "(CAST(floor((lat + 90) / 2) AS INTEGER) * 180 + CAST(floor((lon + 180) / 2) AS INTEGER))"


def event_stats(conn: sqlite3.Connection, by: str, f: EventFilter | None = None,
                limit: int = 100_000, summaries: bool = True, sample: int | None | bool = True) -> list[dict[str, Any]]:
    """Event counts grouped ``by`` one of :data:`STATS_BY`.

    ``place`` counts located events by place (name, country, precision ``feature``, with
    coordinates and counts per QuadClass ``q1`` … ``q4``), most events first; ``grid`` counts
    every located event by cell of 2 × 2 degrees (``cell``, the events' mean ``lat``/``lon``). The store's
    summary tables answer what they can (``summaries=False``: always count every event).
    ``sample``: True decides by :func:`stats_sample`, else the number of most recent matching
    events to count (None: all of them).
    """
    f = f or EventFilter()
    summary = _from_summaries(conn, by, f, limit) if summaries else None
    if summary is not None:
        return summary
    sel = event_selection(f, conn)
    where, params = sel.where, sel.params
    if sample is True:
        sample = stats_sample(conn, by, f) if summaries else None
    if sample:   # the most recent matching events
        column = "x.event_id" if sel.driven else "e.id"
        where = (f" WHERE e.id IN (SELECT {column} FROM {sel.source}{sel.where} ORDER BY {sel.order('-date')}"
                 " LIMIT ?)")
        params = [*sel.params, int(sample)]
        sel = Selection("events e", where, params)
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
        "grid": (f"{_GRID_CELL.replace('lat', 'e.place_lat').replace('lon', 'e.place_lon')} AS cell,"
                 " avg(e.place_lat) AS lat, avg(e.place_lon) AS lon, " + _QUAD_COUNTS, "cell", "count DESC, cell"),
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
    if by in ("place", "grid"):
        where = where + (" AND " if where else " WHERE ") + "e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
    sql = f"SELECT {select}, count(*) AS count FROM {source}{where} GROUP BY {group} ORDER BY {order} LIMIT ?"
    return [dict(r) for r in conn.execute(sql, [*params, limit])]
