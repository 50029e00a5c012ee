import csv
import io

import pytest

from newsevents.config import ALL_MODALITIES
from newsevents.export import export_csv, export_parquet
from newsevents.export.rows import EVENT_COLUMNS, EXPORT_MENTION_COLUMNS, MENTION_COLUMNS
from newsevents.store.queries import EventFilter

#: what exports hold by default: events said to have happened, as everywhere in newsevents
OCCURRED = "events WHERE modality IN ('asserted', 'reported')"
OCCURRED_MENTIONS = f"event_mentions WHERE event_id IN (SELECT id FROM {OCCURRED})"


def _count(conn, table):
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_csv_events_and_mentions(demo_conn):
    out = io.StringIO()
    assert export_csv(demo_conn, out) == _count(demo_conn, OCCURRED)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == EVENT_COLUMNS and len(rows) == _count(demo_conn, OCCURRED)
    assert all(r["evidence"] and r["cameo"] and r["article_id"] for r in rows)
    out = io.StringIO()
    assert export_csv(demo_conn, out, mentions=True) == _count(demo_conn, OCCURRED_MENTIONS)
    every = EventFilter(modalities=ALL_MODALITIES)
    assert export_csv(demo_conn, io.StringIO(), every) == _count(demo_conn, "events") > _count(demo_conn, OCCURRED)
    # the Spark dataset's mention columns, then the article's wire story
    assert out.getvalue().splitlines()[0].split(",") == [*MENTION_COLUMNS, "article_story"] == list(EXPORT_MENTION_COLUMNS)


def test_csv_filter(demo_conn):
    out = io.StringIO()
    written = export_csv(demo_conn, out, EventFilter(quad_class=1))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert written == len(rows) == _count(demo_conn, f"{OCCURRED} AND quad_class = 1") > 0
    assert {r["quad_class"] for r in rows} == {"1"}


def test_parquet(demo_conn, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    events, mentions = tmp_path / "events.parquet", tmp_path / "mentions.parquet"
    written = export_parquet(demo_conn, events, mentions_path=mentions, batch_size=10)
    assert written == {"events": _count(demo_conn, OCCURRED), "mentions": _count(demo_conn, OCCURRED_MENTIONS)}
    table = pq.read_table(events)
    assert table.num_rows == written["events"] and tuple(table.column_names) == EVENT_COLUMNS
    assert str(table.schema.field("num_mentions").type) == "int64"
    assert str(table.schema.field("in_lead").type) == "bool"
    assert all(table.column("evidence").to_pylist())
    assert pq.read_table(mentions).num_rows == written["mentions"]


def test_parquet_empty(demo_conn, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "none.parquet"
    assert export_parquet(demo_conn, path, EventFilter(actor="ZZZZZZ")) == {"events": 0}
    assert pq.read_table(path).num_rows == 0
