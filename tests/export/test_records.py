import io
import json

from newsevents.export import export_records, import_records
from newsevents.store import open_store
from newsevents.store.queries import store_counts

DESIGN_KEYS = {"id", "published", "events", "quotes", "timexes", "actors", "places"}
_EVENT_IDENTITY = ("source", "target", "cameo", "root", "date", "modality", "quad_class", "goldstein", "place_name",
                   "num_mentions", "num_articles", "num_sources")


def _events(conn):
    columns = ", ".join(_EVENT_IDENTITY)
    return sorted((tuple(r) for r in conn.execute(f"SELECT {columns} FROM events")), key=repr)


def _mentions(conn):
    return sorted((tuple(r) for r in conn.execute(
        'SELECT a.id, m.seq, m.source, m.source_text, m.target, m.cameo, m.date, m.start, m."end", m.trigger,'
        " m.confidence, m.rule, m.place_name, m.place_country, m.place_lat, m.place_source FROM event_mentions m JOIN articles a ON a.hash = m.article_hash")), key=repr)


def test_strict_shape_without_text(demo_conn):
    out = io.StringIO()
    export_records(demo_conn, out, text=False)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records and all(set(r) == DESIGN_KEYS for r in records)
    event = next(e for r in records for e in r["events"])
    assert {"source", "source_text", "target", "cameo", "root", "plover", "quad_class", "goldstein", "date", "place",
            "modality", "sentence", "start", "end", "trigger", "confidence", "rule"} <= set(event)


def test_round_trip(demo_conn, tmp_path):
    path = tmp_path / "records.jsonl"
    with path.open("w", encoding="utf-8") as out:
        written = export_records(demo_conn, out)
    assert written == store_counts(demo_conn)["articles"]
    conn = open_store(tmp_path / "copy.db")
    try:
        summary = import_records(conn, path)
        assert (summary.stored, summary.skipped, summary.failures) == (written, 0, [])
        assert store_counts(conn) == store_counts(demo_conn)
        assert _events(conn) == _events(demo_conn)
        assert _mentions(conn) == _mentions(demo_conn)
        again = import_records(conn, path)
        assert (again.stored, again.skipped) == (0, written)
        assert store_counts(conn) == store_counts(demo_conn)
        # and the copy exports the same records
        first, second = io.StringIO(), io.StringIO()
        export_records(demo_conn, first)
        export_records(conn, second)
        assert first.getvalue() == second.getvalue()
    finally:
        conn.close()


def test_records_without_text_are_errors(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "events": []}\nnot json\n{"id": "b", "text": "Ukraine and Poland met.", '
                    '"published": "2025-01-02", "events": [], "quotes": [], "timexes": [], "actors": [], "places": []}\n',
                    encoding="utf-8")
    conn = open_store(tmp_path / "s.db")
    try:
        summary = import_records(conn, path)
        assert (summary.records, summary.stored, len(summary.failures)) == (3, 1, 2)
        errors = {r["article_id"]: r["stage"] for r in conn.execute("SELECT * FROM errors")}
        assert errors == {"a": "import", "line 2": "import"}
        assert conn.execute("SELECT id, published FROM articles").fetchone()[:] == ("b", "2025-01-02")
    finally:
        conn.close()
