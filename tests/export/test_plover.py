import io
import json

from newsevents.export import export_plover
from newsevents.export.plover import mode_and_context


def test_modes_from_the_2021_table():
    assert mode_and_context("041") == ("phone", ())
    assert mode_and_context("1121") == ("allege", ("crime", "corruption"))
    assert mode_and_context("0000") == (None, ())


def test_one_object_per_event(demo_conn):
    out = io.StringIO()
    written = export_plover(demo_conn, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(records) == demo_conn.execute(
        "SELECT count(*) FROM events WHERE modality IN ('asserted', 'reported')").fetchone()[0]
    for record in records:
        assert record["cameo"] and record["quad_class"] in (1, 2, 3, 4)
        assert record["evidence"]["text"] and record["evidence"]["article_id"]
        assert isinstance(record["context"], list)
        if record["actor"] and record["actor"]["code"] and record["actor"]["code"].endswith("GOV"):
            assert record["actor"]["sector"] == "government"
    assert any(r["event_type"] for r in records)
