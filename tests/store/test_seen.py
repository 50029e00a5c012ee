"""The store's record of what `watch` and `fetch` have seen (schema version 9), on real SQLite files."""
from __future__ import annotations

import sqlite3

from newsevents.store import seen
from newsevents.store.db import open_store
from newsevents.store.migrations import migrate


def test_a_version_8_store_gets_the_seen_tables_and_keeps_its_articles(tmp_path):
    db = tmp_path / "v8.db"
    raw = sqlite3.connect(db, isolation_level=None)
    assert migrate(raw, upto=8) == 8
    raw.execute("INSERT INTO articles (hash, id, text, processed_at) VALUES ('h1', 'a1', 'Chad met Niger.', 'then')")
    raw.close()
    conn = open_store(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 9
    assert [tuple(r) for r in conn.execute("SELECT hash, id FROM articles")] == [("h1", "a1")]
    assert seen.page_counts(conn) == {"pending": 0, "stored": 0, "failed": 0}
    assert seen.feed_state(conn, "http://x.example/feed") == seen.FeedState()
    conn.close()


def test_pages_are_queued_once_and_leave_the_queue_stored_or_failed(tmp_path):
    conn = open_store(tmp_path / "q.db")
    feed = "http://x.example/feed"
    pages = [("http://x.example/1", feed, "One", "2024-01-01"), ("http://x.example/2", feed, None, None)]
    assert seen.add_pages(conn, pages) == 2
    assert seen.add_pages(conn, [*pages, ("http://x.example/3", feed, None, None)]) == 1
    assert [p.url for p in seen.pending_pages(conn, 3)] == ["http://x.example/1", "http://x.example/2",
                                                            "http://x.example/3"]
    seen.mark_stored(conn, "http://x.example/1", "hash1")
    seen.mark_failed(conn, "http://x.example/2", permanent=True, max_attempts=3)
    for _ in range(2):  # a timeout: tried again until it has had its three tries
        seen.mark_failed(conn, "http://x.example/3", permanent=False, max_attempts=3)
        assert seen.page_status(conn, "http://x.example/3") == "pending"
    seen.mark_failed(conn, "http://x.example/3", permanent=False, max_attempts=3)
    assert seen.page_counts(conn) == {"pending": 0, "stored": 1, "failed": 2}
    assert seen.add_pages(conn, pages) == 0  # a feed listing them again queues nothing
    seen.requeue(conn, ["http://x.example/2", "http://x.example/1"])  # `fetch URL` names them again
    assert [p.url for p in seen.pending_pages(conn, 3)] == ["http://x.example/2"]
    conn.close()


def test_a_feed_keeps_its_validators(tmp_path):
    conn = open_store(tmp_path / "f.db")
    url = "http://x.example/feed"
    seen.save_feed(conn, url, "feed", seen.FeedState('"v1"', "Mon, 06 May 2024 09:00:00 GMT", "abc"), 4)
    seen.save_feed(conn, url, None, seen.FeedState('"v1"', "Mon, 06 May 2024 09:00:00 GMT", "abc"), None)
    assert seen.feed_state(conn, url) == seen.FeedState('"v1"', "Mon, 06 May 2024 09:00:00 GMT", "abc")
    assert tuple(conn.execute("SELECT kind, entries FROM feeds").fetchone()) == ("feed", 4)
    conn.close()
