"""The store with real SQLite files: schema, idempotent writes, failures, queries."""
import sqlite3

import pytest

from newsevents.errors import StoreError
from newsevents.ingest.readers import InputFailure
from newsevents.model import Article
from newsevents.pipeline import Processed
from newsevents.store import EventFilter, StoreWriter, open_store, query_events
from newsevents.store.db import SCHEMA_VERSION
from newsevents.store.queries import query_errors, store_counts


def _processed(article_id: str, text: str, events: list[dict]) -> Processed:
    record = {"id": article_id, "published": "2025-03-02", "events": events, "timexes": [],
              "quotes": [{"start": 0, "end": 4, "text": text[:4], "kind": "direct",
                          "speaker": {"start": 5, "end": 9, "text": text[5:9], "code": "FRAGOV"}, "cue": "said"}],
              "actors": [{"text": text[:5], "start": 0, "end": 5, "code": "FRA", "name": "France", "kind": "country"}]}
    return Processed(Article(id=article_id, text=text, published="2025-03-02", origin=f"{article_id}.txt"),
                     f"hash-{article_id}", record)


def _event(source, target, cameo, date, start=0, end=10, texts=(None, None)):
    return {"source": source, "source_text": texts[0], "target": target, "target_text": texts[1], "cameo": cameo,
            "root": cameo[:2], "name": "x", "plover": None, "quad_class": 1, "goldstein": 1.0, "date": date,
            "date_source": "timex", "place": None, "modality": "asserted", "sentence": 0, "start": start,
            "end": end, "trigger": "met", "confidence": 0.9, "rule": "verb:meet"}


def test_new_store_has_schema_and_wal(tmp_path):
    conn = open_store(tmp_path / "s.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store_counts(conn) == dict.fromkeys(["articles", "events", "quotes", "actor_mentions", "timexes", "errors"], 0)


def test_writing_twice_adds_nothing(tmp_path):
    db = tmp_path / "s.db"
    items = [_processed("a", "France and Chad met today.", [_event("FRA", "TCD", "042", "2025-03-01")])]
    for _ in range(2):
        conn = open_store(db)
        with StoreWriter(conn) as writer:
            for item in items:
                writer.write(item)
        conn.close()
    conn = open_store(db)
    assert store_counts(conn)["articles"] == 1
    assert store_counts(conn)["events"] == 1
    assert store_counts(conn)["quotes"] == 1


def test_failures_are_recorded_once_and_cleared_on_success(tmp_path):
    conn = open_store(tmp_path / "s.db")
    failure = InputFailure("a", "a.txt", "read", "not valid UTF-8")
    with StoreWriter(conn) as writer:
        writer.write_failure(failure)
        writer.write_failure(failure)
    assert [(e["article_id"], e["stage"]) for e in query_errors(conn)] == [("a", "read")]
    with StoreWriter(conn) as writer:
        writer.write(_processed("a", "France and Chad met today.", []))
    assert query_errors(conn) == []


def test_event_filters(tmp_path):
    conn = open_store(tmp_path / "s.db")
    text = "France and Chad met today. Russia shelled Kharkiv."
    events = [_event("FRAGOV", "TCDGOV", "042", "2025-03-01", 0, 26, ("France", "Chad")),
              _event("RUSMIL", "UKR", "195", "2025-03-02", 27, 50)]
    with StoreWriter(conn) as writer:
        writer.write(_processed("a", text, events))
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="RUS"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="chad"))] == ["042"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(cameo="19"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(since="2025-03-02"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(until="2025-03-01"))] == ["042"]
    [first] = query_events(conn, EventFilter(limit=1))
    assert first["evidence"] == "Russia shelled Kharkiv."


def test_a_newer_store_is_refused(tmp_path):
    db = tmp_path / "future.db"
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="upgrade newsevents"):
        open_store(db)
