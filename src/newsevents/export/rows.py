"""Stream events and event mentions out of the store for exports (one row at a time)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsevents.store.queries import EventFilter, event_where

#: columns of an exported event row, in order (distinct event, counts, first report's evidence)
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "source", "source_text", "cameo", "name", "target", "target_text", "root", "plover",
    "quad_class", "goldstein", "modality", "place_name", "place_country", "place_adm1", "place_lat", "place_lon",
    "place_feature", "num_mentions", "num_articles", "num_sources", "first_seen", "article_id", "article_hash", "url", "published",
    "article_source", "title", "sentence", "start", "end", "trigger", "rule", "confidence", "date_source",
    "place_source", "in_lead", "evidence",
)
#: columns of an exported event-mention row (one report of an event in one article)
MENTION_COLUMNS: tuple[str, ...] = (
    "event_id", "article_hash", "seq", "article_id", "url", "published", "article_source", "source",
    "source_text", "target", "target_text", "cameo", "root", "name", "plover", "quad_class", "goldstein", "date",
    "date_source", "modality", "place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_feature",
    "place_source", "sentence", "start", "end", "trigger", "confidence", "rule", "evidence",
)

#: columns of a mention row exported from the store: the Spark dataset's and the article's wire story
#: (the hash of its copy cluster's first article; null when no copy of it is known)
EXPORT_MENTION_COLUMNS: tuple[str, ...] = (*MENTION_COLUMNS, "article_story")

_FIRST_MENTION = "(SELECT m.rowid FROM event_mentions m WHERE m.event_id = e.id ORDER BY m.rowid LIMIT 1)"
_EVIDENCE = 'substr(a.text, fm.start + 1, fm."end" - fm.start)'
# the lead paragraph is the text before the first line break (the whole text when there is none)
_IN_LEAD = "(CASE WHEN instr(a.text, char(10)) = 0 THEN fm.sentence = 0 ELSE fm.start < instr(a.text, char(10)) END)"


def _paging(f: EventFilter, params: list[Any]) -> str:
    if f.limit is None:
        return ""
    params += [f.limit, f.offset]
    return " LIMIT ? OFFSET ?"


def iter_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Distinct events matching ``f`` in event-id order, each with counts and its first report's evidence.

    The filter's sort is not used (exports are in id order, stable across runs); its limit and
    offset are.
    """
    f = f or EventFilter()
    where, params = event_where(f)
    inner = f"SELECT * FROM events e{where} ORDER BY e.id{_paging(f, params)}"
    sql = (
        "SELECT e.id AS event_id, e.date, e.source, fm.source_text, e.cameo, e.name, e.target, fm.target_text,"
        " e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.place_name, e.place_country, e.place_adm1,"
        " e.place_lat, e.place_lon, e.place_feature, e.num_mentions, e.num_articles, e.num_sources, e.first_seen,"
        " a.id AS article_id, fm.article_hash, a.url, a.published, a.source AS article_source, a.title,"
        ' fm.sentence, fm.start, fm."end", fm.trigger, fm.rule, fm.confidence, fm.date_source,'
        f" fm.place_source, {_IN_LEAD} AS in_lead, {_EVIDENCE} AS evidence"
        f" FROM ({inner}) e JOIN event_mentions fm ON fm.rowid = {_FIRST_MENTION}"
        " JOIN articles a ON a.hash = fm.article_hash ORDER BY e.id"
    )
    for row in conn.execute(sql, params):
        yield dict(zip(EVENT_COLUMNS, tuple(row)))


def iter_mentions(conn: sqlite3.Connection, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Every report of the events matching ``f``, in event-id then report order, with evidence text."""
    f = f or EventFilter()
    where, params = event_where(f)
    inner = f"SELECT e.id FROM events e{where} ORDER BY e.id{_paging(f, params)}"
    sql = (
        "SELECT fm.event_id, fm.article_hash, fm.seq, a.id AS article_id, a.url, a.published,"
        " a.source AS article_source, fm.source, fm.source_text, fm.target, fm.target_text, fm.cameo, fm.root,"
        " fm.name, fm.plover, fm.quad_class, fm.goldstein, fm.date, fm.date_source, fm.modality, fm.place_name,"
        ' fm.place_country, fm.place_adm1, fm.place_lat, fm.place_lon, fm.place_feature, fm.place_source, fm.sentence, fm.start, fm."end",'
        f" fm.trigger, fm.confidence, fm.rule, {_EVIDENCE} AS evidence, a.story AS article_story"
        f" FROM ({inner}) e JOIN event_mentions fm ON fm.event_id = e.id"
        " JOIN articles a ON a.hash = fm.article_hash ORDER BY fm.event_id, fm.rowid"
    )
    for row in conn.execute(sql, params):
        yield dict(zip(EXPORT_MENTION_COLUMNS, tuple(row)))
