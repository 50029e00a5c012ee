"""Several worker processes, one writer: the same store, the same records, as one worker."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.config import Settings
from newsevents.ingest import read_sources
from newsevents.model import InputFailure, Processed
from newsevents.runners.parallel import MIN_ARTICLES_PER_WORKER, ParallelPipeline, choose_workers, peek

pytestmark = pytest.mark.slow

#: columns that say when a row was written, not what it holds
VOLATILE = {"processed_at", "created_at", "first_seen"}
TABLES = ("articles", "actor_mentions", "event_mentions", "events", "event_actors", "quotes", "timexes", "places",
          "place_counts", "errors")


def newsevents(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args], capture_output=True, text=True, timeout=600)


def exact_content(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in storage order, row and event ids included (only write times left out)."""
    conn = sqlite3.connect(db)
    try:
        content = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in VOLATILE]
            order = "rowid" if table not in ("event_actors",) else "event_id, role"
            content[table] = conn.execute(f"SELECT {', '.join(map(repr, columns))} FROM {table} ORDER BY {order}"
                                          .replace("'", '"')).fetchall()
        return content
    finally:
        conn.close()


def test_two_workers_write_the_same_store_as_one(news_corpus, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = newsevents("run", str(news_corpus), "--db", str(one), "--workers", "1", "-s")
    second = newsevents("run", str(news_corpus), "--db", str(two), "--workers", "2", "-s")
    assert first.returncode == second.returncode == 1, second.stderr     # the broken line fails in both
    assert first.stderr.splitlines()[-1].split(",")[:4] == second.stderr.splitlines()[-1].split(",")[:4]
    a, b = exact_content(one), exact_content(two)
    assert len(a["articles"]) == 60 and len(a["errors"]) == 1 and len(a["events"]) > 30
    assert max(r[-6] for r in a["events"]) >= 1
    for table in TABLES:
        assert a[table] == b[table], table
    conn = sqlite3.connect(one)
    assert conn.execute("SELECT max(num_articles), max(num_sources) FROM events").fetchone() == (4, 3)
    conn.close()


def test_extract_with_two_workers_prints_the_same_records(news_corpus):
    one = newsevents("extract", str(news_corpus), "--workers", "1", "-s")
    ordered = newsevents("extract", str(news_corpus), "--workers", "2", "--ordered", "-s")
    unordered = newsevents("extract", str(news_corpus), "--workers", "2", "-s")
    assert one.returncode == ordered.returncode == unordered.returncode == 1
    assert ordered.stdout == one.stdout and len(one.stdout.splitlines()) == 62
    assert sorted(unordered.stdout.splitlines()) == sorted(one.stdout.splitlines())
    assert "news.jsonl:22" in ordered.stderr and "invalid JSON" in ordered.stderr


def test_a_worker_killed_midway_loses_no_article(news_corpus, pipeline):
    items = list(read_sources([news_corpus]))
    expected = {o.article.id: o.record for o in pipeline.process(items) if isinstance(o, Processed)}

    with ParallelPipeline(Settings(), workers=2) as parallel:
        parallel.start()
        victim = parallel.worker_pids()[0]

        def feed():
            for n, item in enumerate(items):
                if n == 40:   # the first chunks are being processed: kill one worker
                    os.kill(victim, signal.SIGKILL)
                yield item

        outcomes = list(parallel.process(feed()))
    assert [o.article.id if isinstance(o, Processed) else o.id for o in outcomes] == \
        [i.article.id if hasattr(i, "article") else getattr(i, "id") for i in
         (o for o in pipeline.process(items))]
    assert {o.article.id: o.record for o in outcomes if isinstance(o, Processed)} == expected
    assert [o.stage for o in outcomes if isinstance(o, InputFailure)] == ["read"]


def test_a_bad_patterns_file_is_one_line_with_workers(tmp_path, news_corpus):
    bad = tmp_path / "bad.yml"   # valid YAML, so only loading the pipeline (in the workers) finds the fault
    bad.write_text("verbs:\n  - {verb: meet, code: '999'}\n", encoding="utf-8")
    result = newsevents("run", str(news_corpus), "--db", str(tmp_path / "x.db"), "--workers", "2",
                        "--patterns", str(bad), "-s")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("Error:") and "999" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_number_of_workers():
    assert choose_workers(3, 10) == 3
    assert choose_workers(None, 5) == 1
    assert choose_workers(None, None) >= 1
    few, items = peek(iter(range(7)), None)
    assert few == 7 and list(items) == list(range(7))
    many, items = peek(iter(range(10_000)), None)
    assert many is None and list(items) == list(range(10_000))
    given, items = peek(iter(range(3)), 2)
    assert given is None and list(items) == [0, 1, 2]
    assert MIN_ARTICLES_PER_WORKER >= 10


def test_records_are_json(news_corpus):
    assert all(json.loads(line) for line in news_corpus.read_text(encoding="utf-8").splitlines()[:3])
