"""The JSON endpoints against a real server on loopback: filters, paging, records and evidence."""
from __future__ import annotations

import json

import httpx
import pytest
from click.testing import CliRunner

from newsevents.store import open_store
from newsevents.store.queries import EventFilter, count_events

from .conftest import MAX_PAGE


def get(server: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(server + path, params=params, timeout=10)


def items(server: str, path: str, **params: object) -> list[dict]:
    response = get(server, path, **params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_summary_counts_the_store(server, demo_db):
    counts = get(server, "/api/summary").json()
    assert counts["articles"] == 8 and counts["events"] > 20 and counts["quotes"] > 10


def test_events_page_envelope_and_total(server, demo_db):
    body = get(server, "/api/events", limit=5).json()
    conn = open_store(demo_db, readonly=True)
    assert body["total"] == count_events(conn, EventFilter())
    assert body["limit"] == 5 and body["offset"] == 0 and body["more"] is True and len(body["items"]) == 5
    first = body["items"][0]
    assert {"event_id", "date", "source", "target", "cameo", "quad_class", "goldstein", "evidence", "article_hash",
            "seq", "num_mentions"} <= set(first)


def test_paging_walks_every_event_once(server):
    total = get(server, "/api/events").json()["total"]
    seen: list[int] = []
    offset = 0
    while True:
        body = get(server, "/api/events", limit=MAX_PAGE, offset=offset, sort="date").json()
        seen += [e["event_id"] for e in body["items"]]
        if not body["more"]:
            break
        offset += MAX_PAGE
    assert len(seen) == len(set(seen)) == total


def test_page_size_is_capped(server):
    body = get(server, "/api/events", limit=100_000).json()
    assert body["limit"] == MAX_PAGE and len(body["items"]) == MAX_PAGE and body["more"] is True
    assert len(items(server, "/api/quotes", limit=10_000)) <= MAX_PAGE


@pytest.mark.parametrize("params, check", [
    ({"actor": "RUS"}, lambda e: (e["source"] or "").startswith("RUS") or (e["target"] or "").startswith("RUS")
     or "rus" in f"{e['source_text']}{e['target_text']}".lower()),
    ({"cameo": "04"}, lambda e: e["cameo"].startswith("04")),
    ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
    ({"country": "UKR"}, lambda e: "UKR" in (e["source"] or "")[:3] + (e["target"] or "")[:3]),
    ({"since": "2026-01-01", "until": "2026-03-31"}, lambda e: "2026-01-01" <= e["date"] <= "2026-03-31"),
    ({"modality": "reported"}, lambda e: e["modality"] == "reported"),
])
def test_event_filters(server, params, check):
    found = items(server, "/api/events", limit=MAX_PAGE, **params)
    assert found, params
    assert all(check(e) for e in found), params


def test_filters_combine_and_narrow(server):
    everything = get(server, "/api/events").json()["total"]
    both = get(server, "/api/events", actor="RUS", quad_class=4).json()["total"]
    assert 0 < both < everything


def test_several_modalities(server):
    found = items(server, "/api/events", modality=["asserted", "reported"], limit=MAX_PAGE)
    assert {e["modality"] for e in found} <= {"asserted", "reported"}


def test_full_text_filter(server):
    found = items(server, "/api/events", text="Zelensky", limit=MAX_PAGE)
    assert found
    for event in found:
        article = get(server, f"/api/articles/{event['article_hash']}").json()
        assert "zelensky" in article["text"].lower()


def test_sorts(server):
    dates = [e["date"] for e in items(server, "/api/events", sort="date", limit=MAX_PAGE)]
    assert dates == sorted(dates)
    scores = [e["goldstein"] for e in items(server, "/api/events", sort="goldstein", limit=MAX_PAGE)]
    assert scores == sorted(scores)


def test_one_event_has_every_mention_with_its_evidence(server):
    first = items(server, "/api/events", sort="mentions", limit=1)[0]
    event = get(server, f"/api/events/{first['event_id']}").json()
    assert event["event_id"] == first["event_id"] and event["cameo"] == first["cameo"]
    assert len(event["mentions"]) == event["num_mentions"] == first["num_mentions"]
    for mention in event["mentions"]:
        text = get(server, f"/api/articles/{mention['article_hash']}").json()["text"]
        assert mention["evidence"] == text[mention["start"]:mention["end"]]


def test_article_by_hash_and_by_id_with_records(server):
    listed = items(server, "/api/articles", limit=MAX_PAGE)
    assert len(listed) == 8 and "text" not in listed[0]
    by_hash = get(server, f"/api/articles/{listed[0]['hash']}").json()
    by_id = get(server, f"/api/articles/{listed[0]['id']}").json()
    assert by_hash == by_id
    assert {"text", "events", "quotes", "actors", "timexes"} <= set(by_hash)
    for quote in by_hash["quotes"]:
        assert by_hash["text"][quote["start"]:quote["end"]].strip()


def test_article_filters(server):
    assert items(server, "/api/articles", text="ceasefire")
    assert not items(server, "/api/articles", since="2100-01-01")


def test_quotes_and_actors(server):
    quotes = items(server, "/api/quotes", limit=MAX_PAGE)
    speaker = next(q["speaker_code"] for q in quotes if q["speaker_code"])
    assert all((q["speaker_code"] or "").startswith(speaker[:3]) or speaker[:3].lower() in (q["speaker_text"] or "").lower()
               for q in items(server, "/api/quotes", speaker=speaker[:3]))
    actors = items(server, "/api/actors", code="RUS")
    assert actors and all(a["code"].startswith("RUS") for a in actors)


@pytest.mark.parametrize("by", ["root", "quad_class", "day", "day_quad", "dyad", "actor", "country", "place", "grid"])
def test_stats(server, by):
    body = get(server, "/api/stats", by=by).json()
    assert body["by"] == by and body["items"]
    if by in ("root", "quad_class", "day"):
        assert sum(r["count"] for r in body["items"]) == body["total"]


def test_places_with_counts_and_precision(server, demo_db):
    from newsevents.cli import main as cli

    body = get(server, "/api/places", limit=5).json()
    assert body["limit"] == 5 and len(body["items"]) == 5 and body["more"]
    first = body["items"][0]
    assert set(first) >= {"name", "country", "adm1", "feature", "lat", "lon", "mentions", "articles", "events"}
    assert [p["mentions"] for p in body["items"]] == sorted((p["mentions"] for p in body["items"]), reverse=True)
    everything = items(server, "/api/places", limit=MAX_PAGE)
    assert {p["feature"] for p in everything} >= {"city", "country"}
    cities = items(server, "/api/places", feature="city")
    assert cities and all(p["feature"] == "city" for p in cities)
    russia = items(server, "/api/places", country="RUS")
    assert russia and all(p["country"] == "RUS" for p in russia)
    assert all("mos" in p["name"].lower() for p in items(server, "/api/places", name="mos"))
    assert get(server, "/api/places", feature="planet").status_code == 422
    # the CLI lists the same places
    cli_rows = json.loads(CliRunner().invoke(cli, ["places", "--db", str(demo_db), "--format", "json",
                                                   "--limit", "5"]).stdout)
    assert cli_rows == body["items"]
    located = get(server, "/api/stats", by="place").json()["items"]
    assert located and all(r["lat"] is not None and r["feature"] for r in located)
    assert all(r["count"] == r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in located)


def test_stats_follow_event_filters(server):
    rows = get(server, "/api/stats", by="quad_class", quad_class=3).json()["items"]
    assert [r["quad_class"] for r in rows] == [3]
