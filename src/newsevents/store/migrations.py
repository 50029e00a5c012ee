"""Versioned schema migrations: each brings a store from version N-1 to N, in place."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import resources

from newsevents.store.copies import link_stored
from newsevents.store.identity import assign_event_ids, refresh_counts
from newsevents.store.summaries import REBUILD, rebuild_summaries


def statements(sql: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies stay whole)."""
    out: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:80]}")
    return out


def _script(name: str) -> Callable[[sqlite3.Connection], None]:
    """A migration that runs a packaged SQL file, statement by statement, inside the caller's transaction."""
    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements(resources.files("newsevents.store").joinpath(name).read_text(encoding="utf-8")):
            conn.execute(statement)
    return apply


def _events_from_mentions(conn: sqlite3.Connection) -> None:
    _script("schema_v2.sql")(conn)
    hashes = [row[0] for row in conn.execute("SELECT DISTINCT article_hash FROM event_mentions")]
    assign_event_ids(conn, hashes)


def _summaries(conn: sqlite3.Connection) -> None:
    _script("schema_v7.sql")(conn)
    rebuild_summaries(conn, tuple(t for t in REBUILD if t != "place_counts"))


def _copies(conn: sqlite3.Connection) -> None:
    _script("schema_v10.sql")(conn)
    if link_stored(conn):
        refresh_counts(conn, [row[0] for row in conn.execute("SELECT id FROM events")])


#: (version, what it does, how) in order; the store's PRAGMA user_version is the last applied
MIGRATIONS: tuple[tuple[int, str, Callable[[sqlite3.Connection], None]], ...] = (
    (1, "articles, actor mentions, per-article events, quotes, timexes, errors", _script("schema_v1.sql")),
    (2, "distinct events with mention counts (Events/Mentions split); FTS5 over articles", _events_from_mentions),
    (3, "places named in articles; place_source of event mentions", _script("schema_v3.sql")),
    (4, "event_actors: events indexed by actor code and country", _script("schema_v4.sql")),
    (5, "quotes.parts: the pieces of a split quotation", _script("schema_v5.sql")),
    (6, "place_feature of events; place_counts; place filter indexes", _script("schema_v6.sql")),
    (7, "summary tables for millions of events; full-text index of the reports' actor words", _summaries),
    (8, "event_mentions by article and event (full-text filters from an index alone)", _script("schema_v8.sql")),
    (9, "feeds polled and pages seen by `watch` and `fetch`", _script("schema_v9.sql")),
    (10, "wire copies: articles.story, fingerprints and LSH bands; stored articles linked", _copies),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Apply every migration after the store's version (up to ``upto``), each in one transaction.

    Safe when several processes open a new store at once: each migration runs under the
    write lock (``BEGIN IMMEDIATE``) and re-reads the version there, so a migration another
    process applied meanwhile is skipped, never applied twice.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, _, apply in MIGRATIONS:
        if not version < number <= upto:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < number:
                apply(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                version = number
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return version
