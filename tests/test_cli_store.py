"""`newsevents run`, `events`, `errors` and `demo` against real SQLite files."""
import csv
import io
import json
import sqlite3

from click.testing import CliRunner

from newsevents.cli import main

ARTICLES = [
    {"id": "n1", "published": "2024-05-10", "text": "Japanese Prime Minister Fumio Kishida met Australian "
     "Prime Minister Anthony Albanese in Tokyo on Thursday. The two leaders agreed to expand defence cooperation."},
    {"id": "n2", "published": "2024-05-11", "text": "Israeli warplanes bombed targets in southern Lebanon on "
     "Friday, the Lebanese army said. Hezbollah fired rockets at northern Israel."},
]


def _write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def _counts(db):
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "actor_mentions", "timexes", "errors")}
    finally:
        conn.close()


def test_run_twice_adds_nothing_and_events_filters(tmp_path):
    source, db = tmp_path / "in.jsonl", tmp_path / "ne.db"
    _write_jsonl(source, ARTICLES)
    runner = CliRunner()
    first = runner.invoke(main, ["run", str(source), "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = _counts(db)
    assert counts["articles"] == 2 and counts["events"] >= 2 and counts["errors"] == 0
    second = runner.invoke(main, ["run", str(source), "--db", str(db)])
    assert second.exit_code == 0 and "0 new, 2 already stored" in second.stderr
    assert _counts(db) == counts

    as_json = runner.invoke(main, ["events", "--db", str(db), "--format", "json"])
    events = json.loads(as_json.stdout)
    assert len(events) >= 2
    fights = json.loads(runner.invoke(main, ["events", "--db", str(db), "--cameo", "19", "--format", "json"]).stdout)
    assert fights and all(e["cameo"].startswith("19") for e in fights)
    israel = runner.invoke(main, ["events", "--db", str(db), "--actor", "ISR", "--format", "jsonl"]).stdout
    assert israel and all("ISR" in (json.loads(l)["source"] or "") + (json.loads(l)["target"] or "")
                          for l in israel.splitlines())
    until = json.loads(runner.invoke(main, ["events", "--db", str(db), "--until", "2024-05-09", "--format", "json"]).stdout)
    assert until and all(e["date"] <= "2024-05-09" for e in until)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["events", "--db", str(db), "--format", "csv"]).stdout)))
    assert len(rows) == len(events) and "evidence" in rows[0]
    table = runner.invoke(main, ["events", "--db", str(db), "--format", "table"]).stdout
    assert "evidence" in table


def test_demo_writes_a_store_and_prints_a_summary(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    counts = _counts(db)
    assert counts["articles"] >= 6 and counts["events"] >= 20 and counts["errors"] == 0
    last = result.stdout.strip().splitlines()
    assert any(line.startswith(f"{counts['articles']} articles") and "errors" in line for line in last)


REPORTS = [
    {"id": "r1", "source": "wire-a", "published": "2024-03-06",
     "text": "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday."},
    {"id": "r2", "source": "wire-b", "published": "2024-03-06",
     "text": "On Monday, Gabriel Boric, the president of Chile, met with Javier Milei of Argentina in Santiago."},
    {"id": "r3", "source": "wire-b", "published": "2024-03-06",
     "text": "Chile's leader Gabriel Boric met Argentina's president, Javier Milei, in Santiago on Monday, "
             "officials said."},
]


def test_one_event_reported_in_different_words_is_stored_once(tmp_path):
    source, db = tmp_path / "reports.jsonl", tmp_path / "ne.db"
    _write_jsonl(source, REPORTS)
    assert CliRunner().invoke(main, ["run", str(source), "--db", str(db)]).exit_code == 0
    events = json.loads(CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json"]).stdout)
    meeting = [e for e in events if e["source"] == "CHLGOV" and e["target"] == "ARGGOV" and e["root"] == "04"]
    assert len(meeting) == 1, events
    assert (meeting[0]["num_mentions"], meeting[0]["num_articles"], meeting[0]["num_sources"]) == (3, 3, 2)
    assert meeting[0]["date"] == "2024-03-04" and meeting[0]["place_name"] == "Santiago"
    reports = json.loads(CliRunner().invoke(
        main, ["mentions", "--db", str(db), str(meeting[0]["event_id"]), "--format", "json"]).stdout)
    assert sorted(r["article_id"] for r in reports) == ["r1", "r2", "r3"]
    assert all("Boric" in r["evidence"] for r in reports)
