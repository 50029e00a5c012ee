"""unknown_actors() on a real SQLite store filled by the local runner."""
from __future__ import annotations

import json
import sqlite3

import pytest

from newsevents.ingest.readers import read_sources
from newsevents.runners.local import run_into_store
from newsevents.store.unknown import is_news_organisation, normalise, sentence_around, unknown_actors

ARTICLES = [
    {"id": "a1", "published": "2025-03-02",
     "text": "Ilvana Dorcheska, who leads the Tarvosi Liberation Council, met Russian officials in "
             "Moscow on Monday. Dorcheska accused the Ukrainian government of lying. "
             "The Tarvosi Liberation Council condemned the talks."},
    {"id": "a2", "published": "2025-03-04",
     "text": "Ilvana Dorcheska criticised German Chancellor Friedrich Merz on Wednesday. "
             "Merz rejected the criticism."},
]


@pytest.fixture(scope="module")
def conn(tmp_path_factory, pipeline):
    root = tmp_path_factory.mktemp("unknown")
    src = root / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = root / "store.db"
    summary = run_into_store(read_sources([str(src)]), db, pipeline)
    assert summary.stored == 2
    c = sqlite3.connect(db)
    yield c
    c.close()


def test_unknown_people_are_listed_most_frequent_first(conn) -> None:
    items = unknown_actors(conn, limit=10)
    assert items == sorted(items, key=lambda x: -x["count"])
    texts = [x["text"] for x in items]
    assert "Ilvana Dorcheska" in texts
    top = next(x for x in items if x["text"] == "Ilvana Dorcheska")
    assert top["count"] >= 2 and top["articles"] == 2
    assert any("Dorcheska" in s for s in top["sentences"])
    # known actors and pronouns never show up
    assert not any(t in ("Friedrich Merz", "Merz", "Moscow", "He") for t in texts)


def test_limit_and_shape(conn) -> None:
    items = unknown_actors(conn, limit=1)
    assert len(items) == 1
    assert set(items[0]) == {"text", "count", "events", "articles", "kinds", "sentences"}


def test_helpers() -> None:
    assert normalise("the Tarvosi Council's") == "tarvosi council"
    text = "First one. Second sentence names Zed here. Third."
    i = text.index("Zed")
    assert sentence_around(text, i, i + 3) == "Second sentence names Zed here."


NOT_ACTORS = [
    {"id": "b1", "published": "2025-03-05", "source": "Kyiv Independent",
     "text": "Ilvana Dorcheska accused the Ukrainian government of corruption, the Daily Telegraph reported. "
             "Reuters and the Kyiv Independent also reported it. Dorcheska later visited Zarnovo. "
             "Petra Quillfeather, a local poet, wrote a book about Zarnovo."},
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, pipeline):
    root = tmp_path_factory.mktemp("unknown_mixed")
    src = root / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES + NOT_ACTORS), encoding="utf-8")
    db = root / "store.db"
    assert run_into_store(read_sources([str(src)]), db, pipeline).stored == 3
    c = sqlite3.connect(db)
    yield c
    c.close()


def test_places_news_organisations_and_bystanders_are_left_out(mixed) -> None:
    everyone = unknown_actors(mixed, limit=100, min_events=0)
    listed = unknown_actors(mixed, limit=100)
    texts = {x["text"] for x in listed}
    assert "Ilvana Dorcheska" in texts
    assert all(x["events"] >= 1 for x in listed)
    assert not texts & {"Reuters", "Daily Telegraph", "the Daily Telegraph", "Kyiv Independent", "Zarnovo"}
    assert len(everyone) >= len(listed)
    places = {row[0] for row in mixed.execute("SELECT text FROM places")}
    assert not texts & places


def test_news_organisations() -> None:
    assert is_news_organisation("Reuters") and is_news_organisation("The Daily Telegraph")
    assert is_news_organisation("Kyiv Post") and is_news_organisation("Wire Weekly", frozenset({"wire weekly"}))
    assert not is_news_organisation("Hamas") and not is_news_organisation("Human Rights Watch")
