"""`newsevents export` in every format and `newsevents import` back, through the CLI."""
import csv
import io
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.store import open_store
from newsevents.store.queries import store_counts


def test_export_every_format_and_import_back(tmp_path):
    runner = CliRunner()
    db = tmp_path / "demo.db"
    assert runner.invoke(main, ["demo", "--db", str(db), "-s"]).exit_code == 0
    events = json.loads(runner.invoke(main, ["events", "--db", str(db), "--format", "json", "--limit", "10000"]).stdout)

    gdelt = runner.invoke(main, ["export", "--db", str(db), "--format", "gdelt"]).stdout.splitlines()
    assert len(gdelt) == len(events) and all(len(line.split("\t")) == 61 for line in gdelt)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["export", "--db", str(db), "--format", "csv"]).stdout)))
    assert len(rows) == len(events)
    plover = [json.loads(line) for line in runner.invoke(main, ["export", "--db", str(db), "--format", "plover"]).stdout.splitlines()]
    assert len(plover) == len(events)
    parquet = tmp_path / "events.parquet"
    assert runner.invoke(main, ["export", "--db", str(db), "--format", "parquet", "-o", str(parquet)]).exit_code == 0
    assert pq.read_table(parquet).num_rows == len(events)

    records = tmp_path / "records.jsonl"
    assert runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(records)]).exit_code == 0
    copy = tmp_path / "copy.db"
    first = runner.invoke(main, ["import", str(records), "--db", str(copy)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["import", str(records), "--db", str(copy)])
    assert again.exit_code == 0
    original, imported = open_store(db), open_store(copy)
    expected = store_counts(original)
    assert store_counts(imported) == expected
