"""One event, many reports: link event mentions to distinct events and keep their counts.

Two mentions report the same event when source, target, CAMEO code and date are equal,
both say it happened (asserted or reported; a negated, future or hypothetical mention only
matches its own kind) and their places agree where both are known; an event whose place was unknown takes
the place of the first report that knows it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone

_IDENTITY = ("source", "target", "cameo", "date")
#: modalities that say the event happened; reports with either are the same event
_OCCURRED = ("asserted", "reported")
_PLACE = ("place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_feature")


def _null_eq(column: str) -> str:
    return f"{column} IS ?"


def find_or_create_event(conn: sqlite3.Connection, mention: sqlite3.Row) -> int:
    """The id of the event ``mention`` reports, created if no stored event matches."""
    where = " AND ".join(_null_eq(c) for c in _IDENTITY)
    modalities = _OCCURRED if mention["modality"] in _OCCURRED else (mention["modality"],)
    candidates = conn.execute(
        f"SELECT id, place_name, place_country, modality FROM events WHERE {where}"
        f" AND modality IN ({', '.join('?' for _ in modalities)}) ORDER BY id",
        [*(mention[c] for c in _IDENTITY), *modalities],
    ).fetchall()
    place_known = mention["place_name"] is not None
    place = [c for c in _PLACE if c in mention.keys()]  # a store being upgraded may not have them all yet
    for event_id, place_name, place_country, modality in candidates:
        same_place = (place_name, place_country) == (mention["place_name"], mention["place_country"])
        if place_known and place_name is not None and not same_place:
            continue
        if place_known and place_name is None:
            conn.execute(f"UPDATE events SET {', '.join(f'{c} = ?' for c in place)} WHERE id = ?",
                         [*(mention[c] for c in place), event_id])
        if mention["modality"] == "asserted" and modality != "asserted":
            conn.execute("UPDATE events SET modality = 'asserted' WHERE id = ?", (event_id,))
        return event_id
    columns = (*_IDENTITY, "modality", "root", "name", "plover", "quad_class", "goldstein", *place)
    cursor = conn.execute(
        f"INSERT INTO events ({', '.join(columns)}, first_seen) VALUES ({', '.join('?' for _ in columns)}, ?)",
        [*(mention[c] for c in columns), datetime.now(timezone.utc).isoformat(timespec="seconds")],
    )
    return int(cursor.lastrowid)


def assign_event_ids(conn: sqlite3.Connection, article_hashes: Iterable[str], refresh: bool = True) -> set[int]:
    """Link the unlinked mentions of these articles to events; refresh the touched counts unless told not to."""
    touched: set[int] = set()
    conn_factory = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        for article_hash in article_hashes:
            rows = conn.execute(
                "SELECT * FROM event_mentions WHERE article_hash = ? AND event_id IS NULL ORDER BY seq",
                (article_hash,),
            ).fetchall()
            for row in rows:
                event_id = find_or_create_event(conn, row)
                conn.execute("UPDATE event_mentions SET event_id = ? WHERE article_hash = ? AND seq = ?",
                             (event_id, article_hash, row["seq"]))
                touched.add(event_id)
    finally:
        conn.row_factory = conn_factory
    if refresh:
        refresh_counts(conn, touched)
    return touched


#: the outlet an article counts as: its own (or itself when unnamed); a wire copy counts as the
#: outlet of its story's first stored article (schema version 10 on)
_OUTLET = "coalesce(a.source, a.hash)"
_STORY_OUTLET = ("coalesce((SELECT coalesce(r.source, r.hash) FROM articles r WHERE r.hash = a.story),"
                 " a.source, a.hash)")


def _has_stories(conn: sqlite3.Connection) -> bool:
    return any(row[1] == "story" for row in conn.execute("PRAGMA table_info(articles)"))


def refresh_counts(conn: sqlite3.Connection, event_ids: Iterable[int]) -> None:
    """Recount mentions, articles and distinct sources of the given events.

    ``num_sources`` counts outlets, and the copies of one wire story (``articles.story``) as
    one: the outlet of the story's first stored article.
    """
    outlet = _STORY_OUTLET if _has_stories(conn) else _OUTLET
    conn.executemany(
        f"""UPDATE events SET
               num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id),
               num_articles = (SELECT count(DISTINCT m.article_hash) FROM event_mentions m WHERE m.event_id = events.id),
               num_sources = (SELECT count(DISTINCT {outlet}) FROM event_mentions m
                              JOIN articles a ON a.hash = m.article_hash WHERE m.event_id = events.id)
           WHERE id = ?""",
        [(event_id,) for event_id in event_ids],
    )


def link_unlinked(conn: sqlite3.Connection) -> int:
    """Link every stored mention that has no event yet, in one transaction; how many articles had some.

    Writers of this version never leave such mentions; stores written by earlier versions
    that were interrupted inside the linking step may have them.
    """
    hashes = [row[0] for row in conn.execute("SELECT DISTINCT article_hash FROM event_mentions WHERE event_id IS NULL")]
    if hashes:
        conn.execute("BEGIN IMMEDIATE")
        try:
            assign_event_ids(conn, hashes)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(hashes)
