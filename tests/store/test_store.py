"""The store with real SQLite files: schema, idempotent writes, failures, queries."""
import sqlite3

import pytest

from newsevents.errors import StoreError
from newsevents.model import Article, InputFailure, Processed
from newsevents.store import EventFilter, StoreWriter, open_store, query_events
from newsevents.store.migrations import SCHEMA_VERSION, migrate
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
    assert store_counts(conn) == dict.fromkeys(
        ["articles", "events", "event_mentions", "quotes", "actor_mentions", "timexes", "places", "errors"], 0)


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


def test_a_version_1_store_is_upgraded_in_place(tmp_path):
    db = tmp_path / "old.db"
    raw = sqlite3.connect(db, isolation_level=None)
    assert migrate(raw, upto=1) == 1
    raw.execute("INSERT INTO articles (hash, id, title, published, text, processed_at) VALUES "
                "('h1', 'a1', 'Talks', '2024-01-02', 'Chad and Niger met. Chad and Niger met again.', 'then'),"
                "('h2', 'a2', 'Talks', '2024-01-02', 'Niger hosted Chad.', 'then')")
    columns = "(article_hash, seq, source, target, cameo, root, name, quad_class, goldstein, date, modality, start, \"end\")"
    raw.execute(f"INSERT INTO events {columns} VALUES "
                "('h1', 0, 'TCD', 'NER', '042', '04', 'visit', 1, 1.9, '2024-01-01', 'asserted', 0, 19),"
                "('h2', 0, 'TCD', 'NER', '042', '04', 'visit', 1, 1.9, '2024-01-01', 'asserted', 0, 18),"
                "('h2', 1, 'NER', 'TCD', '043', '04', 'host', 1, 2.8, '2024-01-01', 'asserted', 0, 18)")
    raw.close()

    conn = open_store(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    counts = store_counts(conn)
    assert (counts["articles"], counts["event_mentions"], counts["events"]) == (2, 3, 2)
    visit = query_events(conn, EventFilter(cameo="042"))
    assert [(e["num_mentions"], e["num_articles"]) for e in visit] == [(2, 2)]
    assert sorted(e["cameo"] for e in query_events(conn, EventFilter(text="hosted"))) == ["042", "043"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(text="again"))] == ["042"]
    assert conn.execute("SELECT count(*) FROM event_mentions WHERE event_id IS NULL").fetchone()[0] == 0


def test_one_event_many_reports(tmp_path):
    conn = open_store(tmp_path / "s.db")
    event = _event("FRAGOV", "TCDGOV", "042", "2025-03-01", 0, 26, ("France", "Chad"))
    place = {"name": "N'Djamena", "country": "TCD", "adm1": None, "lat": 12.1, "lon": 15.0}
    reports = [
        _processed("a", "France visited Chad on Saturday.", [event]),
        _processed("b", "The French minister visited N'Djamena on Saturday.", [{**event, "place": place}]),
        _processed("c", "Chad received a visit from France on Saturday.", [event, {**event, "cameo": "043"}]),
    ]
    reports[1] = Processed(Article(**{**reports[1].article.to_dict(), "source": "wire"}), reports[1].hash,
                           reports[1].record)
    with StoreWriter(conn) as writer:
        for report in reports:
            writer.write(report)
    events = {e["cameo"]: e for e in query_events(conn)}
    assert set(events) == {"042", "043"}
    visit = events["042"]
    assert (visit["num_mentions"], visit["num_articles"], visit["num_sources"]) == (3, 3, 3)
    assert visit["place_name"] == "N'Djamena"
    from newsevents.store.queries import query_mentions
    mentions = query_mentions(conn, visit["event_id"])
    assert [m["article_id"] for m in mentions] == ["a", "b", "c"]
    assert all(m["evidence"] for m in mentions)


def test_actor_and_country_filters_count_each_event_once(tmp_path):
    conn = open_store(tmp_path / "s.db")
    text = "Russian troops shelled Russian border towns. Ukraine struck Russia. Kenya met Uganda."
    events = [_event("RUSMIL", "RUS", "195", "2025-03-03", 0, 44, ("Russian troops", "Russian border towns")),
              _event("UKR", "RUS", "190", "2025-03-02", 45, 67, ("Ukraine", "Russia")),
              _event("KEN", "UGA", "042", "2025-03-01", 68, 85, ("Kenya", "Uganda"))]
    with StoreWriter(conn) as writer:
        writer.write(_processed("a", text, events))
    from newsevents.store.browse import event_stats
    from newsevents.store.queries import count_events

    for f in (EventFilter(country="RUS"), EventFilter(actor="RUS")):
        assert [e["cameo"] for e in query_events(conn, f)] == ["195", "190"]
        assert count_events(conn, f) == 2
        assert sum(r["count"] for r in event_stats(conn, "day_quad", f)) == 2
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="RUSMIL"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="RUS", sort="date"))] == ["190", "195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="RUS", since="2025-03-03"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(actor="border towns"))] == ["195"]
    assert [e["cameo"] for e in query_events(conn, EventFilter(country="UGA", actor="KEN"))] == ["042"]
    page = query_events(conn, EventFilter(country="RUS", limit=1, offset=1))
    assert [e["cameo"] for e in page] == ["190"]


def test_a_version_4_store_gets_quote_parts(tmp_path):
    db = tmp_path / "v4.db"
    raw = sqlite3.connect(db, isolation_level=None)
    assert migrate(raw, upto=4) == 4
    raw.execute("INSERT INTO articles (hash, id, text, processed_at) VALUES ('h1', 'a1', '\"A,\" he said.', 'then')")
    raw.execute("INSERT INTO quotes (article_hash, seq, start, \"end\", text, kind) VALUES ('h1', 0, 1, 3, 'A,', "
                "'direct')")
    raw.close()
    conn = open_store(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
    assert [tuple(r) for r in conn.execute("SELECT text, parts FROM quotes")] == [("A,", None)]
    conn.close()
