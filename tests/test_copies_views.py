"""Wire copies as users see them: `newsevents copies`, the mentions export, and the API the
dashboard reads (a real uvicorn on loopback), over a store written with five copies of one story."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from newsevents.api import ServerThread, create_app
from newsevents.cli import main
from newsevents.export import export_csv
from newsevents.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from test_copies import write_copies_store  # noqa: E402 (the store test's articles)


@pytest.fixture()
def copies_db(tmp_path: Path) -> Path:
    db = tmp_path / "copies.db"
    write_copies_store(db)
    return db


def test_the_copies_command_lists_the_story(copies_db):
    result = CliRunner().invoke(main, ["copies", "--db", str(copies_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.output)
    assert [(s["story"], s["size"], [a["id"] for a in s["articles"]]) for s in stories] == [
        ("hash-c0", 5, ["c0", "c1", "c2", "c3", "c4"])]
    table = CliRunner().invoke(main, ["copies", "--db", str(copies_db)])
    assert table.exit_code == 0 and "first" in table.output and "gazette" in table.output


def test_the_mentions_export_names_each_article_story(copies_db):
    conn = open_store(copies_db)
    out = io.StringIO()
    export_csv(conn, out, mentions=True)
    conn.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["article_id"]: r["article_story"] for r in rows} == {
        **{f"c{n}": "hash-c0" for n in range(5)}, "own": ""}


def test_the_api_shows_copies_on_articles_and_events(copies_db):
    with ServerThread(create_app(copies_db)) as running:
        article = httpx.get(running.url + "/api/articles/c3").json()
        event_id = article["events"][0]["event_id"]
        event = httpx.get(f"{running.url}/api/events/{event_id}").json()
        first = httpx.get(running.url + "/api/articles/c0").json()
    assert article["story"] == "hash-c0" and article["copy_overlap"] >= 0.7
    assert [c["id"] for c in article["copies"]] == ["c0", "c1", "c2", "c4"]
    assert [c["id"] for c in first["copies"]] == ["c1", "c2", "c3", "c4"]
    assert (event["num_articles"], event["num_sources"], event["num_copies"]) == (6, 2, 4)
    assert {m["article_story"] for m in event["mentions"]} == {"hash-c0", None}
