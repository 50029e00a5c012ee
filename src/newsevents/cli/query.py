"""Commands that read a store: ``events``, ``mentions``, ``articles``, ``quotes``, ``actors``, ``places``,
``stats``, ``errors``."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click
from rich.table import Table

from newsevents.cli.common import db_option, validate_date
from newsevents.cli.group import main
from newsevents.config import ALL_MODALITIES, DEFAULT_MODALITIES
from newsevents.output import FORMATS, event_rows_for_table, event_table, plain, print_table, snippet, write_rows
from newsevents.store.browse import STATS_BY, Page, event_stats, query_actors, query_articles, query_quotes
from newsevents.store.db import open_store
from newsevents.store.places import FEATURES, PLACE_SORTS, query_places
from newsevents.store.queries import EVENT_SORTS, EventFilter, query_errors, query_events, query_mentions

format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="table for reading; json, jsonl or csv for other programs.")
limit_option = click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
                            help="Most rows to print.")
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                             help="Rows to skip first (for paging).")
since_option = click.option("--since", callback=validate_date, help="From this date (YYYY-MM-DD).")
until_option = click.option("--until", callback=validate_date, help="Up to this date (YYYY-MM-DD).")


def _read(db: str, query: Any, *args: Any, **kwargs: Any) -> Any:
    conn = open_store(db, readonly=True)
    try:
        return query(conn, *args, **kwargs)
    except ValueError as exc:  # a filter the store cannot use (a full-text query with no words)
        raise click.ClickException(str(exc)) from exc
    finally:
        conn.close()


def _emit(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str], title: str) -> None:
    """Rows as json/jsonl/csv, or a table of ``columns``."""
    if fmt != "table":
        write_rows(rows, fmt, sys.stdout)
        return
    table = Table(title=plain(title))
    for column in columns:
        table.add_column(column, overflow="fold", max_width=70)
    for row in rows:
        table.add_row(*(plain(snippet(str(row.get(c) if row.get(c) is not None else ""), 70)) for c in columns))
    print_table(table, sys.stdout)


@main.command()
@db_option
@click.option("--actor", help="Actor code prefix (RUS, USAGOV) or name (Putin).")
@click.option("--country", help="Source or target country code (RUS).")
@click.option("--cameo", help="CAMEO code or root prefix: 04, 041, 19.")
@click.option("--quad-class", type=click.IntRange(1, 4), help="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")
@click.option("--place", help="Place name or country code of the event location.")
@click.option("--text", help="Full-text query over the reporting articles (FTS5 syntax).")
@since_option
@until_option
@click.option("--all-modalities", is_flag=True,
              help="Also negated, future and hypothetical events (by default only those said to have happened).")
@click.option("--sort", type=click.Choice(sorted(EVENT_SORTS)), default="-date", show_default=True,
              help="Order: by date (-date newest first), by number of reports, or by Goldstein score.")
@limit_option
@offset_option
@format_option
def events(db: str, actor: str | None, country: str | None, cameo: str | None, quad_class: int | None,
           place: str | None, text: str | None, since: str | None, until: str | None, all_modalities: bool,
           sort: str, limit: int, offset: int, fmt: str) -> None:
    """List distinct stored events with how often they were reported (newest first)."""
    modalities = ALL_MODALITIES if all_modalities else DEFAULT_MODALITIES
    f = EventFilter(actor=actor, cameo=cameo, since=since, until=until, modalities=modalities, limit=limit,
                    offset=offset, country=country, quad_class=quad_class, place=place, text=text, sort=sort)
    rows = _read(db, query_events, f)
    if fmt == "table":
        print_table(event_table(event_rows_for_table(rows), title=f"{len(rows)} events"), sys.stdout)
    else:
        write_rows(rows, fmt, sys.stdout)


@main.command()
@db_option
@click.argument("event_id", type=int)
@format_option
def mentions(db: str, event_id: int, fmt: str) -> None:
    """Every report of one event (EVENT_ID from `newsevents events`), with its evidence."""
    rows = _read(db, query_mentions, event_id)
    _emit(rows, fmt, ("article_id", "published", "source_text", "trigger", "target_text", "modality", "evidence"),
          f"{len(rows)} reports of event {event_id}")


@main.command()
@db_option
@click.option("--text", help="Full-text query over titles and text (FTS5 syntax).")
@click.option("--source", help="Publisher / source name.")
@since_option
@until_option
@limit_option
@offset_option
@format_option
def articles(db: str, text: str | None, source: str | None, since: str | None, until: str | None,
             limit: int, offset: int, fmt: str) -> None:
    """List stored articles, newest first."""
    rows = _read(db, query_articles, text=text, source=source, since=since, until=until, page=Page(limit, offset))
    _emit(rows, fmt, ("id", "published", "title", "source", "events", "quotes"), f"{len(rows)} articles")


@main.command()
@db_option
@click.option("--speaker", help="Speaker code prefix (USAGOV) or name.")
@click.option("--text", help="Words in the quotation.")
@since_option
@until_option
@limit_option
@offset_option
@format_option
def quotes(db: str, speaker: str | None, text: str | None, since: str | None, until: str | None,
           limit: int, offset: int, fmt: str) -> None:
    """List stored quotations with their speakers."""
    rows = _read(db, query_quotes, speaker=speaker, text=text, since=since, until=until, page=Page(limit, offset))
    _emit(rows, fmt, ("published", "speaker_text", "speaker_code", "kind", "text", "article_id"), f"{len(rows)} quotes")


@main.group(invoke_without_command=True)
@click.option("--db", type=click.Path(exists=True, dir_okay=False), help="newsevents SQLite file.")
@click.option("--code", help="Actor code prefix.")
@click.option("--name", help="Words of the actor's name.")
@limit_option
@offset_option
@format_option
@click.pass_context
def actors(ctx: click.Context, db: str | None, code: str | None, name: str | None, limit: int, offset: int,
           fmt: str) -> None:
    """List actor codes with their mentions and events (``actors unknown`` lists the uncoded ones)."""
    if ctx.invoked_subcommand is not None:
        return
    if db is None:
        raise click.UsageError("Missing option '--db'.")
    rows = _read(db, query_actors, code=code, name=name, page=Page(limit, offset))
    _emit(rows, fmt, ("code", "names", "mentions", "articles", "as_source", "as_target"), f"{len(rows)} actors")


@main.command()
@db_option
@click.option("--name", help="Words of the place's name (Kyiv, Darfur).")
@click.option("--country", help="ISO3 country code of the place (UKR).")
@click.option("--feature", type=click.Choice(FEATURES), help="Precision: city, adm2, adm1 (divisions), country, …")
@since_option
@until_option
@click.option("--sort", type=click.Choice(sorted(PLACE_SORTS)), default="mentions", show_default=True,
              help="Most named first, in most articles first, or by name.")
@limit_option
@offset_option
@format_option
def places(db: str, name: str | None, country: str | None, feature: str | None, since: str | None,
           until: str | None, sort: str, limit: int, offset: int, fmt: str) -> None:
    """List the places named in the articles, with their precision, how often they were named and
    how many events happened there (since/until: articles published in that range)."""
    rows = _read(db, query_places, name=name, country=country, feature=feature, since=since, until=until,
                 sort=sort, limit=limit, offset=offset)
    _emit(rows, fmt, ("name", "country", "adm1", "feature", "lat", "lon", "mentions", "articles", "events"),
          f"{len(rows)} places")


@main.command()
@db_option
@click.option("--by", type=click.Choice(STATS_BY), default="root", show_default=True,
              help="What to count events by (place: located events by place, with its precision).")
@click.option("--actor", help="Actor code prefix (RUS, USAGOV) or name (Putin).")
@click.option("--cameo", help="CAMEO code or root prefix: 04, 041, 19.")
@since_option
@until_option
@click.option("--all-modalities", is_flag=True,
              help="Also negated, future and hypothetical events (by default only those said to have happened).")
@click.option("--limit", type=click.IntRange(min=1), default=100_000, show_default=True, help="Most rows to print.")
@format_option
def stats(db: str, by: str, actor: str | None, cameo: str | None, since: str | None, until: str | None,
          all_modalities: bool, limit: int, fmt: str) -> None:
    """Event counts by CAMEO root, QuadClass, day, dyad, actor or country."""
    f = EventFilter(actor=actor, cameo=cameo, since=since, until=until,
                    modalities=ALL_MODALITIES if all_modalities else DEFAULT_MODALITIES)
    rows = _read(db, event_stats, by, f, limit)
    columns = tuple(rows[0].keys()) if rows else ("count",)
    _emit(rows, fmt, columns, f"events by {by}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl or json for other programs, csv, or a table.")
def errors(db: str, fmt: str) -> None:
    """List the inputs that failed, with the stage and message."""
    rows = _read(db, query_errors)
    if not rows:
        click.echo(f"no errors recorded in {db}: every input was stored", err=True)
        if fmt in ("jsonl", "csv"):
            return
    _emit(rows, fmt, ("origin", "article_id", "stage", "message", "created_at"), f"{len(rows)} errors")


@actors.command("unknown")
@db_option
@limit_option
@format_option
def actors_unknown(db: str, limit: int, fmt: str) -> None:
    """People and organisations that acted in events but got no code, most frequent first."""
    from newsevents.store.unknown import unknown_actors

    rows = _read(db, unknown_actors, limit)
    if fmt == "table":
        for row in rows:
            row["example"] = (row.get("sentences") or [""])[0]
            if isinstance(row.get("kinds"), dict):
                row["kinds"] = ", ".join(f"{kind} {n}" for kind, n in row["kinds"].items())
    _emit(rows, fmt, ("text", "count", "events", "articles", "kinds", "example"), f"{len(rows)} uncoded actors")
