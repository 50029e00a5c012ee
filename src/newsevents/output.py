"""Print records as JSON, JSONL, CSV or a readable table."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("json", "jsonl", "csv", "table")
#: columns of the event table, as (header, key)
EVENT_TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "date"), ("source", "source_label"), ("event", "event_label"), ("target", "target_label"),
    ("modality", "modality"), ("place", "place_label"), ("evidence", "evidence"),
)


def write_json_lines(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO, columns: Sequence[str] | None = None) -> None:
    """Write rows in ``fmt`` (json, jsonl, csv; table is :func:`event_table`)."""
    if fmt == "jsonl":
        write_json_lines(rows, out)
    elif fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        fields = list(columns or (rows[0].keys() if rows else []))
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _actor_label(code: str | None, text: str | None) -> str:
    if code and text:
        return f"{code} ({text})"
    return code or text or "—"


def _place_label(event: dict[str, Any]) -> str:
    place = event.get("place")
    if isinstance(place, dict):
        return f"{place.get('name')} ({place.get('country')})"
    if event.get("place_name"):
        return f"{event['place_name']} ({event.get('place_country')})"
    return ""


def snippet(text: str, width: int = 110) -> str:
    """One line of at most ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def event_rows_for_table(events: Iterable[dict[str, Any]], evidence_of: Callable[[dict[str, Any]], str] | None = None) -> list[dict[str, str]]:
    """Events flattened to the labelled cells of the event table."""
    rows = []
    for e in events:
        name = e.get("name") or ""
        label = f"{e.get('cameo')} {name}".strip()
        evidence = e.get("evidence") if evidence_of is None else evidence_of(e)
        rows.append({
            "date": e.get("date") or "",
            "source_label": _actor_label(e.get("source"), e.get("source_text")),
            "event_label": label,
            "target_label": _actor_label(e.get("target"), e.get("target_text")),
            "modality": e.get("modality") or "asserted",
            "place_label": _place_label(e),
            "evidence": snippet(evidence or e.get("trigger") or ""),
        })
    return rows


def event_table(rows: Sequence[dict[str, str]], title: str | None = None) -> Table:
    """A rich table of events (rows from :func:`event_rows_for_table`)."""
    table = Table(title=plain(title), show_lines=False, expand=False)
    for header, _ in EVENT_TABLE_COLUMNS:
        table.add_column(header, overflow="fold", max_width=56 if header == "evidence" else 24,
                         min_width=len(header))
    for row in rows:
        table.add_row(*(plain(row[key]) for _, key in EVENT_TABLE_COLUMNS))
    return table


def plain(value: str | None) -> Text | None:
    """Cell or title text shown exactly as it is (article text may hold ``[red]``-like markup)."""
    return None if value is None else Text(value)


def print_table(table: Table, out: TextIO) -> None:
    Console(file=out, width=max(120, Console(file=out).width)).print(table)
