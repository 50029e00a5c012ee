"""The summary tables the store keeps by triggers equal a recount, and the queries that read
them answer as counting the events would (summaries=False)."""
from __future__ import annotations

import random
import sqlite3

import pytest

from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store
from newsevents.store.browse import STATS_BY, Page, event_stats, query_actors
from newsevents.store.queries import EventFilter, count_events, query_events
from newsevents.store.summaries import REBUILD, rebuild_summaries

ACTORS = ("RUSGOV", "RUSMIL", "UKRGOV", "USAGOV", "IGOUNO", "KENCOP", None)
PLACES = (None, {"name": "Kyiv", "country": "UKR", "adm1": "UA12", "lat": 50.45, "lon": 30.52, "feature": "city"},
          {"name": "Ukraine", "country": "UKR", "adm1": None, "lat": 49.0, "lon": 32.0, "feature": "country"},
          {"name": "Nairobi", "country": "KEN", "adm1": "KE05", "lat": -1.28, "lon": 36.82, "feature": "city"})
CODES = (("042", 1, 1.9), ("057", 1, 8.0), ("112", 3, -2.0), ("190", 4, -10.0), ("073", 2, 7.0))


def _article(rng: random.Random, n: int) -> Processed:
    text = f"Article {n}. " + "Officials of both sides met and fought and talked. " * 4
    events, actors = [], []
    for seq in range(rng.randint(0, 5)):
        cameo, quad, goldstein = rng.choice(CODES)
        source, target = rng.choice(ACTORS), rng.choice(ACTORS)
        events.append({"source": source, "source_text": f"the {source or 'someone'} side", "target": target,
                       "target_text": "the other side" if target else None, "cameo": cameo, "root": cameo[:2],
                       "name": "x", "plover": None, "quad_class": quad, "goldstein": goldstein,
                       "date": f"2025-06-{rng.randint(1, 4):02d}", "date_source": "timex", "place": rng.choice(PLACES),
                       "modality": rng.choice(("asserted", "reported", "reported", "negated", "future")),
                       "sentence": 0, "start": 10 + seq, "end": 40, "trigger": "met", "confidence": 0.5, "rule": "t"})
    for start in rng.sample(range(60), rng.randint(0, 6)):
        code = rng.choice(ACTORS)
        actors.append({"text": f"name{start % 3}", "start": start, "end": start + 3, "code": code,
                       "name": f"Canonical {code}" if code and start % 2 else None, "kind": "person"})
    record = {"id": f"a{n}", "published": "2025-06-05", "events": events, "quotes": [], "timexes": [],
              "actors": actors, "places": []}
    article = Article(id=f"a{n}", text=text, published="2025-06-05", source=f"outlet{n % 4}")
    return Processed(article, f"h{n:04d}", record)


def _snapshot(conn: sqlite3.Connection) -> dict[str, list]:
    snap = {}
    for table in REBUILD:
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        # rows that counted down to zero are as good as absent
        snap[table] = sorted((tuple(round(v, 6) if isinstance(v, float) else v for v in r) for r in rows if not (table != "place_counts" and all(
            v == 0 for k, v in zip(r.keys(), r) if k in ("count", "mentions", "articles", "as_source", "as_target",
                                                         "happened")))), key=repr)
    return snap


@pytest.fixture()
def store(tmp_path):
    conn = open_store(tmp_path / "s.db")
    writer = StoreWriter(conn)
    rng = random.Random(5)
    for n in range(120):
        writer.write(_article(rng, n))
    yield conn
    conn.close()


def test_triggers_keep_the_summaries_equal_to_a_recount(store):
    kept = _snapshot(store)
    assert kept["dyad_counts"] and kept["event_place_counts"] and kept["actor_names"]
    store.execute("BEGIN")
    rebuild_summaries(store)
    store.execute("COMMIT")
    assert _snapshot(store) == kept
    store.execute("DELETE FROM articles WHERE hash < 'h0040'")
    store.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_mentions)")
    after_delete = _snapshot(store)
    store.execute("BEGIN")
    rebuild_summaries(store)
    store.execute("COMMIT")
    assert _snapshot(store) == after_delete


FILTERS = [EventFilter(), EventFilter(quad_class=4), EventFilter(cameo="19"), EventFilter(since="2025-06-02"),
           EventFilter(modalities=("asserted", "reported", "negated", "future", "hypothetical")),
           EventFilter(since="2025-06-02", until="2025-06-03", cameo="04", modalities=("reported",))]


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("by", STATS_BY)
def test_stats_from_summaries_equal_counting_the_events(store, by, f):
    fast, slow = event_stats(store, by, f), event_stats(store, by, f, summaries=False)
    if by == "country":
        fast, slow = [r for r in fast if r["country"]], [r for r in slow if r["country"]]
    if by in ("country", "place", "grid"):
        for row in fast + slow:
            row["lat"], row["lon"] = round(row["lat"], 6), round(row["lon"], 6)
    assert fast == slow
    assert count_events(store, f) == count_events(store, f, summaries=False) == len(
        query_events(store, f))


def test_the_actors_list_and_name_filters(store):
    actors = query_actors(store, page=Page(100))
    assert [a["code"] for a in actors][:1] and all(a["mentions"] > 0 for a in actors)
    live = {r[0]: r[1:] for r in store.execute(
        "SELECT code, count(*), count(DISTINCT article_hash) FROM actor_mentions WHERE code IS NOT NULL GROUP BY code")}
    assert {a["code"]: (a["mentions"], a["articles"]) for a in actors} == live
    ukr = query_actors(store, code="ukr")
    assert [a["code"] for a in ukr] == ["UKRGOV"] and ukr[0]["as_source"] == store.execute(
        "SELECT count(*) FROM events WHERE source = 'UKRGOV'").fetchone()[0]
    assert {a["code"] for a in query_actors(store, name="canonical rus")} == {"RUSGOV", "RUSMIL"}
    assert query_actors(store, name="name1") and "Canonical" in (query_actors(store, code="USAGOV")[0]["names"] or "")
    by_name = query_events(store, EventFilter(actor="RUSMIL side", modalities=()))
    assert by_name and all(e["source_text"] == "the RUSMIL side" or "RUSMIL" in (e["source"] or "") for e in by_name)
    assert count_events(store, EventFilter(actor="rusm")) == count_events(store, EventFilter(actor="the rusmil side"))
