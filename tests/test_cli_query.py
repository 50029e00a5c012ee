"""Query commands and the Store API over a demo store."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

import newsevents
from newsevents.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db), "-s"])
    assert result.exit_code == 0, result.output
    return db


def _json(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_paging_sorting_and_filters(demo_db):
    everything = _json(["events", "--db", str(demo_db), "--format", "json", "--limit", "1000"])
    first = _json(["events", "--db", str(demo_db), "--format", "json", "--limit", "3"])
    second = _json(["events", "--db", str(demo_db), "--format", "json", "--limit", "3", "--offset", "3"])
    assert [e["event_id"] for e in first + second] == [e["event_id"] for e in everything[:6]]
    dates = [e["date"] for e in everything]
    assert dates == sorted(dates, reverse=True)
    conflict = _json(["events", "--db", str(demo_db), "--format", "json", "--quad-class", "4", "--limit", "1000"])
    assert conflict and all(e["quad_class"] == 4 for e in conflict)
    sanctions = _json(["events", "--db", str(demo_db), "--format", "json", "--text", "sanctions", "--limit", "1000"])
    assert sanctions and len(sanctions) < len(everything)
    russia = _json(["events", "--db", str(demo_db), "--format", "json", "--country", "RUS"])
    assert russia and all("RUS" in ((e["source"] or "")[:3], (e["target"] or "")[:3]) for e in russia)


def test_mentions_articles_quotes_actors_stats(demo_db):
    event = _json(["events", "--db", str(demo_db), "--format", "json", "--limit", "1"])[0]
    mentions = _json(["mentions", "--db", str(demo_db), str(event["event_id"]), "--format", "json"])
    assert len(mentions) == event["num_mentions"] and mentions[0]["evidence"]
    articles = _json(["articles", "--db", str(demo_db), "--format", "json"])
    assert len(articles) == 8 and all("text" not in a for a in articles)
    quotes = _json(["quotes", "--db", str(demo_db), "--format", "json", "--limit", "500"])
    assert quotes and any(q["speaker_code"] for q in quotes)
    actors_csv = CliRunner().invoke(main, ["actors", "--db", str(demo_db), "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(actors_csv)))
    assert rows and int(rows[0]["mentions"]) >= int(rows[-1]["mentions"])
    by_root = _json(["stats", "--db", str(demo_db), "--by", "root", "--format", "json"])
    total = sum(r["count"] for r in by_root)
    assert total == len(_json(["events", "--db", str(demo_db), "--format", "json", "--limit", "10000"]))
    table = CliRunner().invoke(main, ["stats", "--db", str(demo_db), "--by", "dyad"]).stdout
    assert "mean_goldstein" in table


def test_store_api_returns_the_same_records(demo_db):
    with newsevents.open_store(str(demo_db), readonly=True) as store:
        cli = _json(["events", "--db", str(demo_db), "--format", "json", "--cameo", "1", "--limit", "20"])
        api = store.events(cameo="1", limit=20, modalities=("asserted", "reported"))
        assert [e["event_id"] for e in api] == [e["event_id"] for e in cli]
        article = store.article(api[0]["article_id"])
        assert article["text"] and article["events"]
        assert store.count_events() >= len(api)
        pytest.importorskip("pandas")
        frame = store.events(as_frame=True, limit=5)
        assert list(frame.columns)[:3] == ["event_id", "date", "source"] and len(frame) == 5


def test_actors_unknown_lists_uncoded_actors_most_frequent_first(demo_db):
    rows = _json(["actors", "unknown", "--db", str(demo_db), "--format", "json"])
    assert rows, "the demo articles name people and bodies no dictionary knows"
    counts = [r["count"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert all(r["text"] and r["sentences"] for r in rows)
