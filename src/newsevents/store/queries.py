"""Read events, mentions and errors back out of the store with filters, as plain dicts."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from newsevents.config import ALL_MODALITIES, DEFAULT_MODALITIES
from newsevents.store.fts import match_query, words_query
from newsevents.store.sql import Where

#: an actor filter written as a CAMEO actor code: upper-case letters in groups of three
ACTOR_CODE = re.compile(r"(?:[A-Z]{3})+")


def prefix_range(prefix: str) -> tuple[str, str]:
    """``(lo, hi)`` with ``lo <= x < hi`` exactly for strings ``x`` starting with ``prefix`` (index-friendly)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)

#: sort keys users may ask for -> SQL (never interpolate user text into ORDER BY)
EVENT_SORTS: Mapping[str, str] = MappingProxyType({
    "date": "e.date ASC, e.id ASC",
    "-date": "e.date DESC, e.id DESC",
    "mentions": "e.num_mentions DESC, e.date DESC, e.id DESC",
    "goldstein": "e.goldstein ASC, e.id ASC",
    "-goldstein": "e.goldstein DESC, e.id ASC",
})


@dataclass(frozen=True)
class EventFilter:
    """Filters for :func:`query_events`; every field is optional and they combine with AND.

    ``actor`` written as a code (upper case, groups of three letters: "RUS", "USAGOV") matches
    source or target codes by prefix; anything else matches the actor texts of the reports
    (each word a word or the start of one, any case: "Putin", "russian gov"; through a full-text
    index of those texts); ``country`` a source or target country code;
    ``cameo`` is a code prefix ("04", "041"); ``text`` a full-text query over the reporting
    articles' titles and text (SQLite FTS5 syntax; other text is searched for as its words).
    ``modalities`` defaults to the events said to have happened (asserted, reported), as
    everywhere in newsevents; ``()`` or :data:`ALL_MODALITIES` selects every event.
    """

    actor: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    modalities: tuple[str, ...] = DEFAULT_MODALITIES
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
    if f.actor and driven_by == "country" and ACTOR_CODE.fullmatch(f.actor):
        where.add("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = x.event_id AND +a.code >= ? AND +a.code < ?)",
                  *prefix_range(f.actor))
    elif f.actor and driven_by != "actor":
        if ACTOR_CODE.fullmatch(f.actor):  # a code (RUS, RUSGOV, IGOUNO): prefix on the indexed codes
            where.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.code >= ? AND a.code < ?)",
                      *prefix_range(f.actor))
        else:  # words of a name ("Putin", "european union") in the reports' actor texts (full-text index)
            try:
                where.add("e.id IN (SELECT m.event_id FROM (SELECT rowid FROM mention_actors_fts"
                          " WHERE mention_actors_fts MATCH ? ORDER BY rowid DESC LIMIT ?) w"
                          " CROSS JOIN event_mentions m ON m.rowid = w.rowid)", words_query(f.actor), ACTOR_SAMPLE)
            except ValueError:  # no words ("%"): no actor is named so
                where.add("0")
    if f.country and driven_by == "actor":  # checked per driving row by primary key (the + keeps SQLite off the country index)
        where.add("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = x.event_id AND +a.country = ?)",
                  f.country.upper()[:3])
    elif f.country and driven_by != "country":
        where.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.country = ?)", f.country.upper()[:3])
    if f.cameo:
        if len(f.cameo) == 2:
            where.add("e.root = ?", f.cameo)
        else:
            where.add("e.cameo >= ? AND e.cameo < ?", *prefix_range(f.cameo))
    if f.quad_class is not None:
        where.add(f"{'x' if driven_by else 'e'}.quad_class = ?", f.quad_class)
    where.date_range("x.date" if driven_by else "e.date", f.since, f.until)
    if f.place:
        # a country code (three capitals: "CHN") or a place name ("Beijing", any case), each on its index
        if PLACE_COUNTRY.fullmatch(f.place):
            where.add("e.place_country = ?", f.place)
        else:
            where.add("e.place_name = ? COLLATE NOCASE", f.place)
    if f.modalities and set(f.modalities) != set(ALL_MODALITIES):
        where.add(f"e.modality IN ({', '.join('?' for _ in f.modalities)})", *f.modalities)
    if f.text:
        # driven by the full-text index, by rowid; a query matching more than TEXT_SAMPLE articles is
        # answered from the TEXT_SAMPLE most recently stored of them (see text_sampled)
        where.add("e.id IN (SELECT m.event_id FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                  " ORDER BY rowid DESC LIMIT ?) t CROSS JOIN articles a ON a.rowid = t.rowid"
                  " CROSS JOIN event_mentions m ON m.article_hash = a.hash)", match_query(f.text), TEXT_SAMPLE)
    return where.sql(), where.params


#: most articles a full-text filter is evaluated on (the most recently stored that match)
TEXT_SAMPLE = 2_000
#: most reports an actor-name filter is evaluated on (the most recently stored that match)
ACTOR_SAMPLE = 20_000
#: a place filter of three capital letters is a country code
PLACE_COUNTRY = re.compile(r"[A-Z]{3}")


def _fts_over(conn: sqlite3.Connection, table: str, query: str, cap: int) -> bool:
    return conn.execute(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)",
                        (query, cap + 1)).fetchone()[0] > cap


def filter_samples(conn: sqlite3.Connection, f: EventFilter) -> list[str]:
    """What ``f`` was evaluated on when its words match too much to read it all (empty: everything):
    a full-text query over more than :data:`TEXT_SAMPLE` articles uses the most recently stored of
    them, an actor name in more than :data:`ACTOR_SAMPLE` reports the most recent of those."""
    notes = []
    if f.text and _fts_over(conn, "articles_fts", match_query(f.text), TEXT_SAMPLE):
        notes.append(f"the full-text query matches more than {TEXT_SAMPLE:,} articles: the {TEXT_SAMPLE:,} "
                     "most recently stored of them are used")
    if f.actor and not ACTOR_CODE.fullmatch(f.actor):
        try:
            over = _fts_over(conn, "mention_actors_fts", words_query(f.actor), ACTOR_SAMPLE)
        except ValueError:
            over = False
        if over:
            notes.append(f"the actor name is in more than {ACTOR_SAMPLE:,} reports: the {ACTOR_SAMPLE:,} "
                         "most recently stored of them are used")
    return notes


@dataclass(frozen=True)
class Selection:
    """FROM and WHERE clauses (with parameters) selecting each matching event once.

    A driven selection reads the ``event_actors x`` index table first; ``needs_events``
    says whether its WHERE also reads ``events e`` (else ``x`` alone can answer counts by
    date and QuadClass).
    """

    source: str
    where: str
    params: list[Any]
    driven: bool = False
    needs_events: bool = True

    def order(self, sort: str, alias: str = "x") -> str:
        """ORDER BY for ``sort``; by date, a driven selection follows its index (date, QuadClass, event)."""
        if self.driven and sort in ("-date", "date"):
            d = "DESC" if sort == "-date" else "ASC"
            event = "x.event_id" if alias == "x" else "e.id"
            return f"{alias}.date {d}, {alias}.quad_class {d}, {event} {d}"
        return EVENT_SORTS[sort]


def _index_rows(conn: sqlite3.Connection, column: str, value: str) -> int:
    return conn.execute(f"SELECT count(*) FROM event_actors WHERE {column} = ? AND shared_{column} = 0",
                        (value,)).fetchone()[0]


def event_selection(f: EventFilter, conn: sqlite3.Connection | None = None) -> Selection:
    """The cheapest way to select ``f``'s events.

    An actor code or country filter drives the query from the ``event_actors`` index table,
    walked in date order so a page stops early; an event whose source and target both
    match is kept once (its target row is marked shared). With ``conn``, a filter on both
    an actor code and a country is driven by whichever matches fewer rows.
    """
    actor_code = bool(f.actor and ACTOR_CODE.fullmatch(f.actor))
    if actor_code and f.country and conn is not None:  # both index conditions: drive by the rarer
        actor_column = "country" if len(f.actor) == 3 else "code"
        if _index_rows(conn, "country", f.country.upper()[:3]) < _index_rows(conn, actor_column, f.actor):
            actor_code = False
    if actor_code:
        driven_by, column, value = "actor", ("country" if len(f.actor) == 3 else "code"), f.actor
    elif f.country:
        driven_by, column, value = "country", "country", f.country.upper()[:3]
    else:
        where, params = event_where(f)
        return Selection("events e", where, params)
    rest, params = event_where(f, driven_by=driven_by)
    where = Where().add(f"x.{column} = ? AND x.shared_{column} = 0", value).sql()
    if rest:
        where += rest.replace(" WHERE ", " AND ", 1)
    needs_events = "e." in rest
    source = "event_actors x CROSS JOIN events e ON e.id = x.event_id" if needs_events else "event_actors x"
    return Selection(source, where, [value, *params], driven=True, needs_events=needs_events)


_FIRST_MENTION = "(SELECT m.rowid FROM event_mentions m WHERE m.event_id = e.id ORDER BY m.rowid LIMIT 1)"


def query_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Distinct stored events matching ``f``, each with its counts and first report's evidence."""
    f = f or EventFilter()
    if f.sort not in EVENT_SORTS:
        raise ValueError(f"unknown sort {f.sort!r}; choose one of {', '.join(EVENT_SORTS)}")
    sel = event_selection(f, conn)
    params = list(sel.params)
    sql = (
        "SELECT e.id AS event_id, e.date, e.source, fm.source_text, e.cameo, e.name, e.target, fm.target_text,"
        " e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.place_name, e.place_country, e.place_lat,"
        " e.place_lon, e.place_feature, e.num_mentions, e.num_articles, e.num_sources, a.id AS article_id, fm.article_hash,"
        ' fm.seq, fm.trigger, fm.rule, fm.confidence, fm.date_source, fm.place_source, fm.start, fm."end",'
        ' substr(a.text, fm.start + 1, fm."end" - fm.start) AS evidence'
        f" FROM (SELECT e.* FROM {with_events(sel)}{sel.where} ORDER BY {sel.order(f.sort)}"
        + (" LIMIT ? OFFSET ?" if f.limit is not None else "")
        + f") e JOIN event_mentions fm ON fm.rowid = {_FIRST_MENTION}"
        " JOIN articles a ON a.hash = fm.article_hash"
        f" ORDER BY {sel.order(f.sort, alias='e')}"
    )
    if f.limit is not None:
        params += [f.limit, f.offset]
    return [dict(row) for row in conn.execute(sql, params)]


def with_events(sel: Selection) -> str:
    """The selection's FROM clause, joined to ``events e`` when it is not already."""
    return sel.source if sel.needs_events or not sel.driven else "event_actors x CROSS JOIN events e ON e.id = x.event_id"


def summary_filter(f: EventFilter) -> bool:
    """Whether the ``event_days`` summary answers ``f``: dates, a CAMEO root, a QuadClass and modalities only."""
    return not (f.actor or f.country or f.place or f.text) and (f.cameo is None or len(f.cameo) == 2)


def summary_where(f: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause over ``event_days`` for a filter :func:`summary_filter` accepts."""
    where = Where()
    if f.cameo:
        where.add("root = ?", f.cameo)
    if f.quad_class is not None:
        where.add("quad_class = ?", f.quad_class)
    where.date_range("date", f.since, f.until)
    if f.since:
        where.add("date != ''")
    if f.modalities and set(f.modalities) != set(ALL_MODALITIES):
        where.add(f"modality IN ({', '.join('?' for _ in f.modalities)})", *f.modalities)
    return where.sql(), where.params


def count_events(conn: sqlite3.Connection, f: EventFilter | None = None, cap: int | None = None,
                 summaries: bool = True) -> int:
    """How many distinct events match ``f`` (ignoring paging); with ``cap``, at most ``cap`` + 1
    (counting stops there: "more than ``cap``"). The ``event_days`` summary answers filters of
    dates, CAMEO root, QuadClass and modality (``summaries=False``: always count the events)."""
    f = f or EventFilter()
    if summaries and summary_filter(f):
        where, params = summary_where(f)
        return conn.execute(f"SELECT coalesce(sum(count), 0) FROM event_days{where}", params).fetchone()[0]
    sel = event_selection(f, conn)
    if cap is not None:
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {sel.source}{sel.where} LIMIT ?)",
                            [*sel.params, cap + 1]).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM {sel.source}{sel.where}", sel.params).fetchone()[0]


def query_mentions(conn: sqlite3.Connection, event_id: int) -> list[dict[str, Any]]:
    """Every report of one event, with its article and evidence text."""
    sql = (
        "SELECT m.*, a.id AS article_id, a.title, a.source AS article_source, a.url, a.published, a.story AS article_story,"
        ' substr(a.text, m.start + 1, m."end" - m.start) AS evidence'
        " FROM event_mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.event_id = ? ORDER BY m.rowid"
    )
    return [dict(row) for row in conn.execute(sql, (event_id,))]


def event_counts(conn: sqlite3.Connection, event_id: int) -> dict[str, int] | None:
    """The stored report counts of one event: num_mentions, num_articles and num_sources (wire copies as one)."""
    row = conn.execute("SELECT num_mentions, num_articles, num_sources FROM events WHERE id = ?", (event_id,)).fetchone()
    return dict(zip(("num_mentions", "num_articles", "num_sources"), tuple(row))) if row else None


def query_errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every recorded input failure."""
    return [dict(r) for r in conn.execute("SELECT * FROM errors ORDER BY created_at, origin")]


def store_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = ("articles", "events", "event_mentions", "quotes", "actor_mentions", "timexes", "places", "errors")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
