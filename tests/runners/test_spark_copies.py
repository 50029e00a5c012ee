"""Wire copies in the Spark runner (local[2]): an event reported by five copies of one story from
five outlets counts the same sources in the Spark dataset as in the SQLite store."""
from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from newsevents.ingest import read_sources
from newsevents.runners.dataset import read_table
from newsevents.runners.local import run_into_store

pytest.importorskip("pyspark", reason="the Spark tests need pip install 'newsevents[spark]'")
if shutil.which("java") is None:
    pytest.skip("the Spark tests need Java 17 (apt-get install openjdk-17-jre-headless)", allow_module_level=True)

from newsevents.runners.spark import run_spark, spark_session  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from test_copies import OTHER, _copies  # noqa: E402 (the store test's wire story and its reprints)

pytestmark = pytest.mark.slow
IDENTITY = ("source", "target", "cameo", "date", "modality", "place_name", "num_mentions", "num_articles",
            "num_sources")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The wire story, its four reprints (a copy of a copy among them), an outlet's own report, and another story."""
    records = [{"id": f"c{n}", "text": text, "published": "2024-05-06", "source": outlet}
               for n, (outlet, text) in enumerate(_copies())]
    records.insert(2, {"id": "own", "published": "2024-05-06", "source": "observer",
                       "text": "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed an agreement "
                               "in Nairobi on Monday. " + OTHER})
    path = tmp_path_factory.mktemp("copies") / "copies.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _store_events(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(f"SELECT {', '.join(IDENTITY)} FROM events").fetchall(), key=repr)
    finally:
        conn.close()


def test_spark_counts_copies_as_the_store_does(corpus, tmp_path, pipeline):
    db = tmp_path / "run.db"
    assert run_into_store(read_sources([corpus]), db, pipeline).stored == 6
    store = _store_events(db)
    assert any(e[IDENTITY.index("num_articles")] >= 5 and e[IDENTITY.index("num_sources")] <= 2 for e in store)

    session = spark_session("local[2]", app_name="newsevents-copies-tests", partitions=2)
    try:
        run_spark([str(corpus)], str(tmp_path / "dataset"), partitions=2, spark=session)
    finally:
        session.stop()
    dataset = sorted((tuple(e[c] for c in IDENTITY) for e in read_table(tmp_path / "dataset", "events")), key=repr)
    assert dataset == store
