"""Commands that bring news in from the web: ``watch`` (feeds, sitemaps, sites) and ``fetch`` (pages)."""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import click

from newsevents.cli.common import (
    actors_option,
    make_pipeline,
    make_settings,
    model_option,
    patterns_option,
    report_failure,
    silent_option,
)
from newsevents.cli.group import main
from newsevents.fetch.client import ClientSettings, PoliteClient
from newsevents.model import InputFailure, Processed
from newsevents.runners.watch import WatchSummary, fetch_pages, watch_once
from newsevents.store.db import open_store

_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(ctx: click.Context | None, param: click.Parameter | None, value: str) -> float:
    """Seconds in ``15m``, ``90s``, ``1h`` or a bare number of seconds."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not found or float(found.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a period like 15m, 90s or 1h")
    return float(found.group(1)) * _UNITS[found.group(2)]


def read_url_list(path: Path) -> list[str]:
    """The URLs in a FEEDS file: one a line; blank lines and lines starting with # left out."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _client_options(func: click.decorators.FC) -> click.decorators.FC:
    defaults = ClientSettings()
    for option in reversed((
        click.option("--rate", type=click.FloatRange(min=0), default=defaults.host_interval, show_default=True,
                     help="Seconds between two requests to one host (robots.txt Crawl-delay may ask for more)."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=defaults.timeout, show_default=True,
                     help="Seconds a connection or read may stall before the request is retried."),
        click.option("--retries", type=click.IntRange(min=0), default=defaults.retries, show_default=True,
                     help="Further tries after a timeout, network error, 429 or 5xx (with doubling backoff)."),
        click.option("--max-bytes", type=click.IntRange(min=1024), default=defaults.max_bytes, show_default=True,
                     help="Refuse pages larger than this (after gzip is undone)."),
    )):
        func = option(func)
    return func


def _client(rate: float, timeout: float, retries: int, max_bytes: int) -> PoliteClient:
    return PoliteClient(ClientSettings(host_interval=rate, timeout=timeout, retries=retries, max_bytes=max_bytes,
                                       max_seconds=max(60.0, 3 * timeout)))


def _report(outcome: Processed | InputFailure) -> None:
    if isinstance(outcome, InputFailure):
        report_failure(outcome)


def _finish(summary: WatchSummary) -> None:
    click.echo(summary.line(), err=True)


@main.command()
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file (created if missing).")
@click.option("--every", default="15m", show_default=True, callback=parse_every,
              help="How often to poll (15m, 90s, 1h).")
@click.option("--once", is_flag=True, help="Poll once, fetch what is new, and stop.")
@_client_options
@model_option
@actors_option
@patterns_option
@silent_option
def watch(feeds: Path, db: str, every: float, once: bool, rate: float, timeout: float, retries: int,
          max_bytes: int, model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...],
          silent: bool) -> None:
    """Keep DB current from the RSS/Atom feeds, sitemaps and sites listed in FEEDS (one URL a line).

    Each poll fetches only pages never fetched before (the store remembers them, with each
    feed's ETag and Last-Modified), extracts their main text, title and date, and processes
    them. robots.txt is honoured, each host is asked at most once per --rate seconds.
    Every broken feed or page gets one row in the store's errors table and the loop goes on.
    Ctrl-C stops; run the same command again to resume. With --once, exit status 1 when
    anything failed.
    """
    sources = read_url_list(feeds)
    if not sources:
        raise click.ClickException(f"{feeds} lists no URL")
    open_store(db).close()  # a --db that cannot be a store fails now, before the model loads
    pipeline = make_pipeline(make_settings(model, actors, patterns))
    client = _client(rate, timeout, retries, max_bytes)
    try:
        while True:
            summary = watch_once(sources, db, pipeline, client, _report)
            _finish(summary)
            if once or summary.run.interrupted:
                break
            time.sleep(every)
    except KeyboardInterrupt:
        click.echo("interrupted: every article counted so far is stored; run the same command to go on", err=True)
        sys.exit(130)
    sys.exit(130 if summary.run.interrupted else 1 if summary.errors else 0)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file (created if missing).")
@_client_options
@model_option
@actors_option
@patterns_option
@silent_option
def fetch(urls: tuple[str, ...], db: str, rate: float, timeout: float, retries: int, max_bytes: int,
          model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...], silent: bool) -> None:
    """Fetch the pages at URLS, extract their articles and process them into DB.

    A page already fetched into DB is not fetched again; one that failed before is retried.
    Exit status 1 when any page failed (each failure is one line on stderr and one row in
    the store's errors table).
    """
    open_store(db).close()
    pipeline = make_pipeline(make_settings(model, actors, patterns))
    summary = fetch_pages(urls, db, pipeline, _client(rate, timeout, retries, max_bytes), _report)
    click.echo(summary.line(), err=True)
    sys.exit(130 if summary.run.interrupted else 1 if summary.errors else 0)
