"""What `newsevents watch` and `fetch` have seen: polled feeds and the pages they listed.

Pages form a queue in the store: a feed's new links are added as ``pending`` (a link already
there, whatever its status, is left alone), every poll fetches what is pending, and a page
leaves the queue as ``stored`` or ``failed``. A restart therefore resumes where the last run
stopped, and a page that was stored or given up on is never fetched again.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FeedState:
    """The validators and body hash of a feed's last answer."""

    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None


@dataclass(frozen=True)
class PendingPage:
    """A page waiting to be fetched, with what its feed said about it."""

    url: str
    feed: str | None
    title: str | None
    published: str | None
    attempts: int


def feed_state(conn: sqlite3.Connection, url: str) -> FeedState:
    """The stored state of a feed (empty for one never polled)."""
    row = conn.execute("SELECT etag, last_modified, content_hash FROM feeds WHERE url = ?", (url,)).fetchone()
    return FeedState(*row) if row else FeedState()


def save_feed(conn: sqlite3.Connection, url: str, kind: str | None, state: FeedState, entries: int | None) -> None:
    """Record a feed's answer (its validators, body hash and number of links)."""
    conn.execute(
        "INSERT INTO feeds (url, kind, etag, last_modified, content_hash, entries, checked_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET kind = coalesce(excluded.kind, feeds.kind), etag = excluded.etag,"
        " last_modified = excluded.last_modified, content_hash = excluded.content_hash,"
        " entries = coalesce(excluded.entries, feeds.entries), checked_at = excluded.checked_at",
        (url, kind, state.etag, state.last_modified, state.content_hash, entries, _now()),
    )


def add_pages(conn: sqlite3.Connection, pages: Iterable[tuple[str, str | None, str | None, str | None]]) -> int:
    """Queue ``(url, feed, title, published)`` pages not seen before; how many were new."""
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO pages (url, feed, title, published, listed_at) VALUES (?, ?, ?, ?, ?)",
        [(url, feed, title, published, _now()) for url, feed, title, published in pages],
    )
    return conn.total_changes - before


def pending_pages(conn: sqlite3.Connection, max_attempts: int, urls: Iterable[str] | None = None) -> list[PendingPage]:
    """Pages still to fetch (tried fewer than ``max_attempts`` times), in the order they were listed;
    only those among ``urls`` when given."""
    rows = conn.execute(
        "SELECT url, feed, title, published, attempts FROM pages WHERE status = 'pending' AND attempts < ?"
        " ORDER BY listed_at, rowid", (max_attempts,),
    ).fetchall()
    wanted = None if urls is None else set(urls)
    return [PendingPage(*row) for row in rows if wanted is None or row[0] in wanted]


def page_status(conn: sqlite3.Connection, url: str) -> str | None:
    """``pending``, ``stored`` or ``failed``; None for a URL never seen."""
    row = conn.execute("SELECT status FROM pages WHERE url = ?", (url,)).fetchone()
    return row[0] if row else None


def mark_fetched(conn: sqlite3.Connection, url: str, *, http_status: int | None, final_url: str | None,
                 etag: str | None, last_modified: str | None, content_hash: str | None) -> None:
    """Record a page's answer (it stays pending until its article is stored)."""
    conn.execute(
        "UPDATE pages SET http_status = ?, final_url = ?, etag = ?, last_modified = ?,"
        " content_hash = ?, fetched_at = ? WHERE url = ?",
        (http_status, final_url, etag, last_modified, content_hash, _now(), url),
    )


def mark_stored(conn: sqlite3.Connection, url: str, article_hash: str) -> None:
    """The page's article is in the store (stored now or before): it is never fetched again."""
    conn.execute("UPDATE pages SET status = 'stored', article_hash = ? WHERE url = ?", (article_hash, url))


def mark_failed(conn: sqlite3.Connection, url: str, permanent: bool, max_attempts: int,
                http_status: int | None = None) -> None:
    """Count a failed try; the page is given up on when the failure is permanent or it has had its tries."""
    conn.execute(
        "UPDATE pages SET attempts = attempts + 1, http_status = coalesce(?, http_status), fetched_at = ?,"
        " status = CASE WHEN ? OR attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE url = ?",
        (http_status, _now(), permanent, max_attempts, url),
    )


def page_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many pages are pending, stored and failed."""
    counts = dict.fromkeys(("pending", "stored", "failed"), 0)
    counts.update({status: n for status, n in conn.execute("SELECT status, count(*) FROM pages GROUP BY status")})
    return counts


def requeue(conn: sqlite3.Connection, urls: Iterable[str]) -> None:
    """Give pages that were given up on a fresh start (a user named them again)."""
    conn.executemany("UPDATE pages SET status = 'pending', attempts = 0 WHERE url = ? AND status = 'failed'",
                     [(url,) for url in urls])


def clear_error(conn: sqlite3.Connection, origin: str) -> None:
    """Remove the error rows of an input that now works (a feed that answers again)."""
    conn.execute("DELETE FROM errors WHERE origin = ?", (origin,))
