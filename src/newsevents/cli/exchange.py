"""``newsevents export`` and ``newsevents import``: take data out of a store and back in."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

import click

from newsevents.cli.common import db_option, validate_date
from newsevents.cli.group import main
from newsevents.config import ALL_MODALITIES, DEFAULT_MODALITIES
from newsevents.export import (
    EXPORT_FORMATS,
    export_csv,
    export_gdelt,
    export_parquet,
    export_plover,
    export_records,
    import_records,
)
from newsevents.store.db import open_store
from newsevents.store.queries import EventFilter


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="parquet and csv: events (with --mentions, their reports); gdelt: GDELT 2.0 event table; "
                   "plover: PLOVER JSON lines; jsonl: one output record per article.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (standard output when omitted; required for parquet).")
@click.option("--mentions", is_flag=True, help="csv: one row per report instead of per event.")
@click.option("--mentions-out", type=click.Path(dir_okay=False, path_type=Path),
              help="parquet: also write the reports to this file.")
@click.option("--no-text", is_flag=True,
              help="jsonl: leave out the article text (exactly the output record of docs/design.md).")
@click.option("--actor", help="Actor code prefix (RUS, USAGOV) or name (Putin).")
@click.option("--country", help="Source or target country code (RUS).")
@click.option("--cameo", help="CAMEO code or root prefix: 04, 041, 19.")
@click.option("--since", callback=validate_date, help="From this date (YYYY-MM-DD).")
@click.option("--until", callback=validate_date, help="Up to this date (YYYY-MM-DD).")
@click.option("--all-modalities", is_flag=True,
              help="Also negated, future and hypothetical events (by default only those said to have happened).")
def export_command(db: str, fmt: str, output: Path | None, mentions: bool, mentions_out: Path | None,
                   no_text: bool, actor: str | None, country: str | None, cameo: str | None, since: str | None,
                   until: str | None, all_modalities: bool) -> None:
    """Export events (or records) from the store DB, with the same filters as ``events``."""
    f = EventFilter(actor=actor, country=country, cameo=cameo, since=since, until=until,
                    modalities=ALL_MODALITIES if all_modalities else DEFAULT_MODALITIES)
    conn = open_store(db, readonly=True)
    try:
        if fmt == "parquet":
            if output is None:
                raise click.UsageError("--format parquet needs --output FILE")
            counts = export_parquet(conn, output, f, mentions_path=mentions_out)
            click.echo(f"wrote {counts['events']} events to {output}"
                       + (f" and {counts['mentions']} reports to {mentions_out}" if mentions_out else ""), err=True)
            return
        with (output.open("w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)) as out:
            count = _export_text(conn, fmt, out, f, mentions, not no_text)
        click.echo(f"wrote {count} {'records' if fmt == 'jsonl' else 'rows'}" + (f" to {output}" if output else ""),
                   err=True)
    finally:
        conn.close()


def _export_text(conn, fmt: str, out: TextIO, f: EventFilter, mentions: bool, text: bool) -> int:
    if fmt == "csv":
        return export_csv(conn, out, f, mentions=mentions)
    if fmt == "gdelt":
        return export_gdelt(conn, out, f)
    if fmt == "plover":
        return export_plover(conn, out, f)
    return export_records(conn, out, f, text=text)


@main.command("import")
@click.argument("records", type=click.Path(exists=True, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file (created if missing).")
def import_command(records: Path, db: str) -> None:
    """Import output records (JSONL with article text, as `export --format jsonl` writes), or a
    Parquet dataset folder that `newsevents spark` wrote, into DB.

    Records already stored are skipped; records without text are listed in the errors table.
    A dataset is imported in its input order, so the store equals `newsevents run` over the
    same input.
    """
    from newsevents.runners.dataset import import_dataset, is_dataset

    if records.is_dir() and not is_dataset(records):
        raise click.BadParameter(f"{records} is a folder but not a newsevents dataset (no articles table)",
                                 param_hint="RECORDS")
    conn = open_store(db)
    try:
        summary = import_dataset(conn, records) if records.is_dir() else import_records(conn, records)
    finally:
        conn.close()
    click.echo(summary.line(), err=True)
    sys.exit(1 if summary.failures else 0)
