"""Places with their counts: the store's place_counts, `newsevents places`, the v5 → v6 upgrade."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store
from newsevents.store.browse import event_stats
from newsevents.store.migrations import SCHEMA_VERSION, migrate
from newsevents.store.places import query_places
from newsevents.store.queries import EventFilter, query_events

KYIV = {"name": "Kyiv", "country": "UKR", "adm1": "UA12", "lat": 50.45, "lon": 30.52, "feature": "city"}
UKRAINE = {"name": "Ukraine", "country": "UKR", "adm1": None, "lat": 49.0, "lon": 32.0, "feature": "country"}
DONETSK = {"name": "Donetsk Oblast", "country": "UKR", "adm1": "UA05", "lat": 48.0, "lon": 37.8, "feature": "adm1"}
BLACK_SEA = {"name": "Black Sea", "country": None, "adm1": None, "lat": 43.0, "lon": 35.0, "feature": "sea"}


def _processed(n: int, day: str, named: list[dict], event_place: dict | None) -> Processed:
    text = f"Report {n}: Russian forces shelled a town. " + " ".join(p["name"] for p in named)
    places, at = [], text.index("town.")
    for p in named:
        at = text.index(p["name"], at)
        places.append({"text": p["name"], "start": at, "end": at + len(p["name"]), **p})
        at += len(p["name"])
    event = {"source": "RUSMIL", "source_text": "Russian forces", "target": "UKR", "target_text": "a town",
             "cameo": "195", "root": "19", "name": "Employ aerial weapons", "plover": "ASSAULT", "quad_class": 4,
             "goldstein": -9.5, "date": day, "date_source": "published", "place": event_place,
             "modality": "asserted", "sentence": 0, "start": 0, "end": 20, "trigger": "shelled", "confidence": 0.9,
             "rule": "test"}
    record = {"id": f"a{n}", "published": day, "events": [event], "quotes": [], "timexes": [], "actors": [],
              "places": places}
    return Processed(Article(id=f"a{n}", text=text, published=day), f"hash{n}", record)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "places.db"
    conn = open_store(path)
    writer = StoreWriter(conn)
    writer.write(_processed(1, "2025-06-01", [KYIV, KYIV, UKRAINE], KYIV))
    writer.write(_processed(2, "2025-06-02", [KYIV, DONETSK], DONETSK))
    writer.write(_processed(3, "2025-06-03", [UKRAINE, BLACK_SEA], None))
    conn.close()
    return path


def test_places_are_counted_with_their_precision(db):
    conn = open_store(db, readonly=True)
    rows = {r["name"]: r for r in query_places(conn)}
    assert rows["Kyiv"] == {"name": "Kyiv", "country": "UKR", "adm1": "UA12", "feature": "city", "lat": 50.45,
                                 "lon": 30.52, "mentions": 3, "articles": 2, "events": 1}
    assert (rows["Ukraine"]["feature"], rows["Ukraine"]["mentions"], rows["Ukraine"]["articles"]) == ("country", 2, 2)
    assert rows["Donetsk Oblast"]["feature"] == "adm1" and rows["Donetsk Oblast"]["events"] == 1
    assert rows["Black Sea"]["country"] is None and rows["Black Sea"]["feature"] == "sea"
    assert [r["name"] for r in query_places(conn)][0] == "Kyiv"                       # most named first
    assert [r["name"] for r in query_places(conn, feature="country")] == ["Ukraine"]
    assert [r["name"] for r in query_places(conn, name="donetsk")] == ["Donetsk Oblast"]
    assert {r["name"] for r in query_places(conn, country="ukr")} == {"Kyiv", "Ukraine", "Donetsk Oblast"}
    dated = {r["name"]: r["mentions"] for r in query_places(conn, since="2025-06-02")}
    assert dated == {"Kyiv": 1, "Donetsk Oblast": 1, "Ukraine": 1, "Black Sea": 1}
    assert len(query_places(conn, limit=2)) == 2 and query_places(conn, limit=2, offset=3)[0]["name"]
    with pytest.raises(ValueError):
        query_places(conn, feature="planet")
    conn.close()


def test_event_places_keep_their_precision_and_the_map_counts_them(db):
    conn = open_store(db, readonly=True)
    events = query_events(conn, EventFilter())
    assert {e["place_name"]: e["place_feature"] for e in events} == {"Kyiv": "city", "Donetsk Oblast": "adm1",
                                                                     None: None}
    by_place = event_stats(conn, "place")
    assert {(r["name"], r["feature"], r["count"], r["q4"]) for r in by_place} == {
        ("Kyiv", "city", 1, 1), ("Donetsk Oblast", "adm1", 1, 1)}
    assert [e["place_name"] for e in query_events(conn, EventFilter(place="kyiv"))] == ["Kyiv"]
    assert len(query_events(conn, EventFilter(place="UKR"))) == 2
    conn.close()


def test_deleting_an_article_takes_its_places_out_of_the_counts(db):
    conn = open_store(db)
    conn.execute("DELETE FROM articles WHERE hash = 'hash1'")
    rows = {r["name"]: r for r in query_places(conn)}
    assert (rows["Kyiv"]["mentions"], rows["Kyiv"]["articles"]) == (1, 1)
    conn.execute("DELETE FROM articles")
    assert query_places(conn) == [] and conn.execute("SELECT count(*) FROM place_counts").fetchone()[0] == 0
    conn.close()


def test_places_command_formats(db):
    runner = CliRunner()
    result = runner.invoke(main, ["places", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [p["name"] for p in json.loads(result.stdout)][:1] == ["Kyiv"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["places", "--db", str(db), "--feature", "adm1",
                                                                "--format", "csv"]).stdout)))
    assert [(r["name"], r["feature"], r["events"]) for r in rows] == [("Donetsk Oblast", "adm1", "1")]
    table = runner.invoke(main, ["places", "--db", str(db), "--country", "UKR", "--limit", "2"]).stdout
    assert "Kyiv" in table and "city" in table and "2 places" in table
    bad = runner.invoke(main, ["places", "--db", str(db), "--feature", "planet"])
    assert bad.exit_code == 2 and "planet" in bad.output
    stats = json.loads(runner.invoke(main, ["stats", "--db", str(db), "--by", "place", "--format", "json"]).stdout)
    assert {r["name"] for r in stats} == {"Kyiv", "Donetsk Oblast"}


def test_a_version_5_store_is_upgraded_with_its_places_counted(tmp_path):
    db = tmp_path / "v5.db"
    raw = sqlite3.connect(db, isolation_level=None)
    assert migrate(raw, upto=5) == 5
    raw.execute("INSERT INTO articles (hash, id, text, processed_at) VALUES ('h1', 'a1', 'In Kyiv and Kyiv.', 'then')")
    for start in (3, 12):
        raw.execute('INSERT INTO places (article_hash, start, "end", text, name, country, lat, lon, feature)'
                    " VALUES ('h1', ?, ?, 'Kyiv', 'Kyiv', 'UKR', 50.45, 30.52, 'city')", (start, start + 4))
    raw.close()
    conn = open_store(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 6
    assert [(r["name"], r["mentions"], r["articles"]) for r in query_places(conn)] == [("Kyiv", 2, 1)]
    assert conn.execute("SELECT place_feature FROM events").fetchall() == []
    conn.close()
