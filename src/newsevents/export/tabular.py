"""Events (and their mentions) as CSV or Parquet files."""
from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from newsevents.errors import require_extra
from newsevents.export.rows import EVENT_COLUMNS, EXPORT_MENTION_COLUMNS, iter_events, iter_mentions
from newsevents.store.queries import EventFilter

_INT = ("event_id", "quad_class", "num_mentions", "num_articles", "num_sources", "sentence", "start", "end", "seq")
_FLOAT = ("goldstein", "place_lat", "place_lon", "confidence")
_BOOL = ("in_lead",)


def export_csv(conn: sqlite3.Connection, out: TextIO, f: EventFilter | None = None, mentions: bool = False) -> int:
    """Write events matching ``f`` (or, with ``mentions``, every report of them) as CSV with a header; rows written."""
    columns, rows = (EXPORT_MENTION_COLUMNS, iter_mentions(conn, f)) if mentions else (EVENT_COLUMNS, iter_events(conn, f))
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _schema(columns: tuple[str, ...]) -> Any:
    import pyarrow as pa

    def kind(name: str) -> Any:
        if name in _INT:
            return pa.int64()
        if name in _FLOAT:
            return pa.float64()
        if name in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(name, kind(name)) for name in columns])


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _write_parquet(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], path: Path, batch_size: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(columns)
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for batch in _batches(rows, batch_size):
            for row in batch:
                if "in_lead" in row and row["in_lead"] is not None:
                    row["in_lead"] = bool(row["in_lead"])
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def export_parquet(conn: sqlite3.Connection, path: str | Path, f: EventFilter | None = None,
                   mentions_path: str | Path | None = None, batch_size: int = 50_000) -> dict[str, int]:
    """Write events matching ``f`` to a Parquet file, and their reports to ``mentions_path`` if given.

    Returns rows written per file kind (``events``, ``mentions``). Needs ``pyarrow`` (the ``parquet`` extra).
    """
    require_extra("pyarrow", "Parquet export", "parquet")
    written = {"events": _write_parquet(iter_events(conn, f), EVENT_COLUMNS, Path(path), batch_size)}
    if mentions_path is not None:
        written["mentions"] = _write_parquet(iter_mentions(conn, f), EXPORT_MENTION_COLUMNS, Path(mentions_path), batch_size)
    return written
