"""Queries that once crashed or missed: FTS syntax, huge ids, ids with slashes, LIKE wildcards."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from newsevents.api import ServerThread, create_app
from newsevents.cli import main
from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store

TEXTS = {
    "world/europe/1": "Families held at al-Hawl camp in Syria asked the U.S. for help, Shamima Begum said.",
    "plain": "The 100% turnout claim by the ruling_party was disputed by observers in Caracas.",
}


def _record(article_id: str, text: str) -> dict:
    event = {"source": "SYR", "source_text": "Syria", "target": "USA", "target_text": "U.S.", "cameo": "020",
             "root": "02", "name": "Appeal", "plover": "REQUEST", "quad_class": 1, "goldstein": 3.0,
             "date": "2024-05-01", "date_source": "published", "place": None, "modality": "asserted",
             "sentence": 0, "start": 0, "end": len(text), "trigger": "asked", "confidence": 0.8, "rule": "t"}
    quote = {"start": 4, "end": 20, "text": text[4:20], "kind": "direct",
             "speaker": {"start": 0, "end": 3, "text": text[0:3], "code": "VENGOV"}, "cue": "said"}
    return {"id": article_id, "published": "2024-05-01", "events": [event] if "Hawl" in text else [],
            "quotes": [quote], "timexes": [], "actors": [], "places": []}


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("hard") / "s.db"
    conn = open_store(db)
    writer = StoreWriter(conn)
    for n, (article_id, text) in enumerate(TEXTS.items()):
        writer.write(Processed(Article(id=article_id, text=text, published="2024-05-01"), f"h{n}",
                               _record(article_id, text)))
    conn.close()
    return db


@pytest.fixture(scope="module")
def url(small_db) -> Iterator[str]:
    with ServerThread(create_app(small_db)) as running:
        yield running.url


@pytest.mark.parametrize("query", ["al-Hawl", "U.S.", '"Shamima', "Shamima AND", "x:y", "NOT", "a+b", "((camp"])
def test_any_full_text_query_answers_without_a_server_error(url, query):
    for path in ("/api/events", "/api/articles", "/api/stats?by=root&"):
        response = httpx.get(url + path.split("?")[0], params={"text": query, **({"by": "root"} if "stats" in path
                                                                                   else {})})
        assert response.status_code == 200, (path, query, response.text)


@pytest.mark.parametrize("query", ["al-Hawl", "U.S.", '"Shamima'])
def test_words_that_are_not_fts_syntax_are_searched_for(url, query):
    items = httpx.get(url + "/api/articles", params={"text": query}).json()["items"]
    assert [i["id"] for i in items] == ["world/europe/1"]
    assert httpx.get(url + "/api/events", params={"text": query}).json()["total"] == 1


@pytest.mark.parametrize("query", ["*", '"', "-", "()", "(", "^"])
def test_a_query_with_no_words_is_a_400(url, query):
    response = httpx.get(url + "/api/events", params={"text": query})
    assert response.status_code == 400 and "no words" in response.json()["detail"]


@pytest.mark.parametrize("event_id", [2**63 - 1, 2**63, 2**64, 10**30])
def test_huge_event_ids_are_not_found(url, event_id):
    assert httpx.get(f"{url}/api/events/{event_id}").status_code == 404


def test_article_ids_with_slashes(url):
    for path in ("world/europe/1", "world%2Feurope%2F1"):
        response = httpx.get(f"{url}/api/articles/{path}")
        assert response.status_code == 200, path
        assert response.json()["id"] == "world/europe/1"


@pytest.mark.parametrize(("path", "params", "expected"), [
    ("/api/quotes", {"text": "%"}, 1), ("/api/quotes", {"text": "_"}, 0), ("/api/quotes", {"text": "100%"}, 1),
    ("/api/quotes", {"speaker": "%"}, 0), ("/api/quotes", {"speaker": "_"}, 0),
    ("/api/actors", {"name": "%"}, 0), ("/api/events", {"actor": "%"}, 0), ("/api/events", {"actor": "u.s"}, 1),
])
def test_like_wildcards_are_literal(url, path, params, expected):
    body = httpx.get(url + path, params=params).json()
    assert len(body["items"]) == expected, body


@pytest.mark.parametrize("query", ["al-Hawl", "U.S.", '"Shamima'])
def test_cli_full_text_queries(small_db, query):
    for command in ("events", "articles"):
        result = CliRunner().invoke(main, [command, "--db", str(small_db), "--text", query, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        assert result.stdout.count("\n") == 1


def test_cli_query_without_words_is_one_line(small_db):
    result = CliRunner().invoke(main, ["events", "--db", str(small_db), "--text", "*"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: full-text query '*' has no words to search for"]
