"""The Spark runner with the real engine (local[2]): the same reports and distinct events as
`newsevents run` on the same input, failures as rows, --resume, Parquet input, import DIR."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.ingest import read_sources
from newsevents.runners.dataset import read_table
from newsevents.runners.local import run_into_store

pytest.importorskip("pyspark", reason="the Spark tests need pip install 'newsevents[spark]'")
if shutil.which("java") is None:
    pytest.skip("the Spark tests need Java 17 (apt-get install openjdk-17-jre-headless)", allow_module_level=True)

from newsevents.runners.spark import SparkRunError, run_spark, spark_session  # noqa: E402
from newsevents.runners.spark_files import DatasetFiles  # noqa: E402

pytestmark = pytest.mark.slow

IDENTITY = ("source", "target", "cameo", "date", "modality", "place_name", "place_country", "place_adm1",
            "place_feature", "num_mentions", "num_articles", "num_sources")
REPORT = ("article_hash", "seq", "start", "end", "cameo", "source", "target", "modality", "date", "place_name")


@pytest.fixture(scope="module")
def spark():
    session = spark_session("local[2]", app_name="newsevents-tests", partitions=4)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, news_corpus, pipeline) -> Path:
    db = tmp_path_factory.mktemp("local") / "run.db"
    run_into_store(read_sources([news_corpus]), db, pipeline)
    return db


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, news_corpus, spark):
    out = tmp_path_factory.mktemp("spark") / "dataset"
    summary = run_spark([str(news_corpus)], str(out), partitions=4, spark=spark)
    return out, summary


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _store_events(db: Path) -> list[tuple]:
    return sorted(_rows(db, f"SELECT {', '.join(IDENTITY)} FROM events"), key=repr)


def _dataset_events(out: Path) -> list[tuple]:
    return sorted((tuple(e[c] for c in IDENTITY) for e in read_table(out, "events")), key=repr)


def test_spark_equals_the_local_store(dataset, local_store):
    out, summary = dataset
    assert (summary.articles, summary.stored, summary.skipped, summary.errors) == (62, 60, 1, 1)
    reports = sorted((tuple(m[c] for c in REPORT) for m in read_table(out, "event_mentions")), key=repr)
    quoted = ", ".join(f'"{c}"' for c in REPORT)
    store_reports = sorted(_rows(local_store, f"SELECT {quoted} FROM event_mentions"), key=repr)
    assert reports == store_reports and len(reports) > 100
    events = _dataset_events(out)
    assert events == _store_events(local_store)
    assert max(e[IDENTITY.index("num_articles")] for e in events) == 4        # one event, four outlets
    for table, key in (("actor_mentions", ("article_hash", "start", "end", "code")),
                       ("quotes", ("article_hash", "seq", "start", "end", "speaker_code")),
                       ("places", ("article_hash", "start", "name", "feature")),
                       ("timexes", ("article_hash", "start", "value"))):
        quoted = ", ".join(f'"{c}"' for c in key)
        assert sorted((tuple(r[c] for c in key) for r in read_table(out, table)), key=repr) == \
            sorted(_rows(local_store, f"SELECT {quoted} FROM {table}"), key=repr), table
    errors = read_table(out, "errors")
    assert [(e["article_id"], e["stage"]) for e in errors] == [(r[0], r[1]) for r in
                                                               _rows(local_store, "SELECT article_id, stage FROM errors")]
    links = {(m["article_hash"], m["seq"]): m["event_id"] for m in read_table(out, "event_mentions")}
    assert set(links.values()) == {e["event_id"] for e in read_table(out, "events")}
    assert all((out / t).is_dir() for t in ("articles", "events", "event_mentions", "quotes", "timexes", "places",
                                            "actor_mentions", "errors"))
    assert any(p.name.startswith("published=2019-") for p in (out / "articles").iterdir())


def test_import_gives_the_store_run_gives(dataset, local_store, tmp_path):
    out, _ = dataset
    db = tmp_path / "imported.db"
    result = subprocess.run([sys.executable, "-m", "newsevents.cli", "import", str(out), "--db", str(db)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "60 new" in result.stderr       # the broken line is an error row
    for table in ("articles", "events", "event_mentions", "quotes", "places", "timexes", "actor_mentions",
                  "place_counts", "event_actors"):
        columns = [r[1] for r in _rows(db, f"PRAGMA table_info({table})") if r[1] not in ("processed_at", "first_seen")]
        sql = f"SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM {table}"
        assert sorted(_rows(db, sql), key=repr) == sorted(_rows(local_store, sql), key=repr), table


def test_resume_adds_only_new_articles_and_keeps_event_ids(dataset, news_corpus, tmp_path, pipeline, spark):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out, _ = dataset
    copy = tmp_path / "dataset"
    shutil.copytree(out, copy)
    before = {e["event_id"]: e for e in read_table(copy, "events")}
    with pytest.raises(SparkRunError, match="--resume"):
        run_spark([str(news_corpus)], str(copy), spark=spark)
    extra = [{"id": f"extra{n}", "published": "2024-05-08", "source": "bbc",
              "text": "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, "
                      f"officials said. Police arrested 12 protesters outside the venue on Tuesday. (Extra {n}.)"}
             for n in range(3)]
    pq.write_table(pa.Table.from_pylist(extra), tmp_path / "extra.parquet")
    result = subprocess.run([sys.executable, "-m", "newsevents.cli", "spark", str(news_corpus),
                             str(tmp_path / "extra.parquet"), "--out", str(copy), "--resume", "--master", "local[2]",
                             "--partitions", "2"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr       # the broken line fails again
    assert "65 articles (3 new, 61 already in" in result.stderr.splitlines()[-1]
    after = {e["event_id"]: e for e in read_table(copy, "events")}
    assert set(before) <= set(after)                  # ids never change
    merged = next(e for e in after.values() if e["num_articles"] == 7)   # 4 reports before, 3 more now
    assert before[merged["event_id"]]["num_articles"] == 4
    assert len(read_table(copy, "errors")) == 1 and len(read_table(copy, "articles")) == 63

    jsonl = tmp_path / "extra.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in extra), encoding="utf-8")
    db = tmp_path / "both.db"
    run_into_store(read_sources([news_corpus, jsonl]), db, pipeline)
    assert _dataset_events(copy) == _store_events(db)


def test_an_unfinished_run_leaves_nothing_and_an_unfinished_commit_is_finished(dataset, spark, tmp_path):
    out, _ = dataset
    copy = tmp_path / "dataset"
    shutil.copytree(out, copy)
    files = DatasetFiles(spark, str(copy))
    (copy / "_staging" / "quotes" / "published=2030-01-01").mkdir(parents=True)
    shutil.copy(next((copy / "quotes").rglob("*.parquet")), copy / "_staging" / "quotes" / "published=2030-01-01")
    files.recover()                                   # no commit mark: the staged files are dropped
    assert not (copy / "_staging").exists() and not (copy / "quotes" / "published=2030-01-01").exists()
    (copy / "_staging" / "quotes" / "published=2030-01-01").mkdir(parents=True)
    shutil.copy(next((copy / "quotes").rglob("*.parquet")), copy / "_staging" / "quotes" / "published=2030-01-01")
    (copy / "_commit.json").write_text('{"batch": 1}', encoding="utf-8")
    files.recover()                                   # a commit mark: the move is finished
    assert (copy / "quotes" / "published=2030-01-01").is_dir() and not (copy / "_commit.json").exists()
