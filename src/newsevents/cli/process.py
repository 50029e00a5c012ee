"""Commands that process articles: ``extract``, ``run`` and ``demo``."""
from __future__ import annotations

import signal
import sys
from contextlib import nullcontext
from importlib import resources
from typing import Any

import click
from rich.console import Console

from newsevents.cli.common import (
    actors_option,
    make_processor,
    make_settings,
    model_option,
    patterns_option,
    progress_bar,
    published_option,
    report_failure,
    silent_option,
    workers_option,
)
from newsevents.cli.group import main
from newsevents.cli.notices import Notices
from newsevents.config import Settings
from newsevents.ingest.readers import count_articles, read_sources
from newsevents.model import InputFailure, Processed
from newsevents.output import event_rows_for_table, event_table, print_table, write_json_lines, write_rows
from newsevents.runners.local import RunSummary, run_into_store
from newsevents.runners.parallel import ParallelPipeline, choose_workers, peek
from newsevents.store.db import open_store
from newsevents.store.queries import EventFilter, query_events

DEMO_DB = "newsevents-demo.db"


@main.command()
@click.argument("sources", nargs=-1)
@published_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True,
              help="jsonl: one output record a line; json: one list; table: events, quotes and dates to read.")
@click.option("--max-chars", type=int, default=Settings().max_chars, show_default=True,
              help="Refuse articles longer than this.")
@model_option
@actors_option
@patterns_option
@workers_option
@click.option("--ordered", is_flag=True,
              help="With several workers, print the records in input order (by default as soon as each is done).")
@silent_option
def extract(sources: tuple[str, ...], published: str | None, fmt: str, max_chars: int, model: str | None,
            actors: tuple[str, ...], patterns: tuple[str, ...], workers: int | None, ordered: bool,
            silent: bool) -> None:
    """Print the output record of each article in SOURCES (files, folders, JSONL; none or - for stdin).

    Exit status 1 when any article failed (each failure is also printed on stderr).
    """
    settings = make_settings(model, actors, patterns, max_chars=max_chars)
    out = sys.stdout
    failed = 0
    records: list[dict[str, Any]] = []
    notices = Notices(published)
    sources = sources or ("-",)
    first, items = peek(read_sources(sources, published), workers)
    processor = make_processor(settings, choose_workers(workers, first), ordered=ordered)
    with progress_bar(silent) as progress, _closing(processor):
        task = progress.add_task("extracting", total=count_articles(sources)) if progress else None
        for outcome in processor.process(items):
            notices.check(outcome)
            if isinstance(outcome, InputFailure):
                failed += 1
                report_failure(outcome)
                record = {"id": outcome.id, "published": None, "events": [], "quotes": [], "timexes": [],
                          "actors": [], "error": f"{outcome.stage}: {outcome.message}"}
            else:
                record = outcome.record
            if fmt == "jsonl":
                write_json_lines([record], out)
                out.flush()
            elif fmt == "json":
                records.append(record)
            elif isinstance(outcome, Processed):
                _print_article_table(outcome, out)
            if progress:
                progress.advance(task)
    if fmt == "json":
        write_rows(records, "json", out)
    notices.finish()
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
        console.print(f"  {q.get('kind') or 'quote':<16} {who}{code}: “{q['text']}”", highlight=False, markup=False)
    if record["timexes"]:
        dates = ", ".join(f"{t['text']} = {t['value']}" for t in record["timexes"])
        console.print(f"  {'dates':<16} {dates}", highlight=False, markup=False)
    if record.get("places"):
        places = ", ".join(dict.fromkeys(f"{p['text']} ({p['country']}{'/' + p['adm1'] if p.get('adm1') else ''})"
                                         for p in record["places"]))
        console.print(f"  {'places':<16} {places}", highlight=False, markup=False)


def _closing(processor: Any) -> Any:
    return processor if isinstance(processor, ParallelPipeline) else nullcontext()


def _run(sources: list[Any], db: str, settings: Settings, silent: bool, published: str | None = None,
         workers: int | None = None) -> RunSummary:
    """Run SOURCES into DB with a progress bar (a total when the inputs can be counted) and notices.

    SIGTERM stops the run as Ctrl-C does: what is processed is stored and the summary printed.
    """
    open_store(db).close()  # a --db that cannot be a store fails now, before the model loads
    first, items = peek(read_sources(sources, published), workers)
    pipeline = make_processor(settings, choose_workers(workers, first))
    notices = Notices(published)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with progress_bar(silent) as progress, _closing(pipeline):
            task = progress.add_task("processing", total=count_articles(sources)) if progress else None

            def on_outcome(outcome: Processed | InputFailure) -> None:
                notices.check(outcome)
                if isinstance(outcome, InputFailure):
                    report_failure(outcome)
                if progress:
                    progress.advance(task)

            summary = run_into_store(items, db, pipeline, on_outcome)
    finally:
        signal.signal(signal.SIGTERM, previous)
    notices.finish()
    return summary


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _finish(summary: RunSummary) -> None:
    """Exit status: 130 when interrupted, 1 when any article failed, else 0."""
    sys.exit(130 if summary.interrupted else 1 if summary.errors else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file (created if missing).")
@published_option
@click.option("--max-chars", type=int, default=Settings().max_chars, show_default=True,
              help="Refuse articles longer than this.")
@workers_option
@click.option("--n-process", type=click.IntRange(min=1), default=None, hidden=True,
              help="Former name of --workers.")
@model_option
@actors_option
@patterns_option
@silent_option
def run(sources: tuple[str, ...], db: str, published: str | None, max_chars: int, workers: int | None,
        n_process: int | None, model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...],
        silent: bool) -> None:
    """Process SOURCES (files, folders, JSONL, CSV, HTML, - for stdin) into the SQLite store DB.

    Articles already stored (same text) are skipped, so re-running adds nothing. With several
    --workers, worker processes parse and code while this process writes, in input order: the
    store is the same as with one. Several runs may write into one store at once. Ctrl-C (or SIGTERM) stops the run: every article
    processed so far is stored; re-run the same command to go on.
    Exit status 1 when any article failed (failures are kept in the store's errors table),
    130 when interrupted.
    """
    settings = make_settings(model, actors, patterns, max_chars=max_chars)
    summary = _run(list(sources), db, settings, silent, published=published, workers=workers or n_process)
    click.echo(summary.line(), err=True)
    _finish(summary)


@main.command()
@click.option("--db", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite file to write the demo into.")
@model_option
@silent_option
def demo(db: str, model: str | None, silent: bool) -> None:
    """Process the bundled demo articles into a SQLite file and print their events."""
    demo_file = resources.files("newsevents.data").joinpath("demo/articles.jsonl")
    with resources.as_file(demo_file) as path:
        summary = _run([path], db, make_settings(model, (), ()), silent)
    conn = open_store(db)
    try:
        rows = query_events(conn, EventFilter())
    finally:
        conn.close()
    rows.sort(key=lambda r: (r["date"] or "", r["article_id"], r["seq"]))
    print_table(event_table(event_rows_for_table(rows), title=f"Events in the demo articles ({db})"),
                sys.stdout)
    click.echo(summary.line())
    click.echo(f"Explore: newsevents events --db {db} --actor RUS   |   sqlite3 {db}")
    _finish(summary)
