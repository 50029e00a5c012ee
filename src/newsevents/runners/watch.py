"""Keep a store current from the web: poll feeds, sitemaps and sites, fetch their new pages, process them.

One poll (:func:`watch_once`) lists every source's pages into the store's queue (``pages``,
see :mod:`newsevents.store.seen`), then fetches what is pending and runs it into the store as
``newsevents run`` does. Every broken source or page becomes one row of the ``errors`` table
(origin = its URL) and the poll goes on.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.errors import FetchError
from newsevents.fetch.client import PoliteClient, clean_url
from newsevents.fetch.page import ACCEPT_HTML, page_article
from newsevents.fetch.sources import ACCEPT_FEEDS, listing
from newsevents.model import InputFailure, Processed, SourceItem
from newsevents.runners.local import RunSummary, run_into_store
from newsevents.store import seen
from newsevents.store.db import open_store

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

#: tries a page gets when it keeps failing in ways that may pass (timeouts, 5xx)
MAX_ATTEMPTS = 3
#: how deep a sitemap index or a site's announced feeds are followed
MAX_DEPTH = 2


@dataclass
class WatchSummary:
    """What one poll did."""

    sources: int = 0
    unchanged: int = 0
    new_pages: int = 0
    source_failures: list[InputFailure] = field(default_factory=list)
    run: RunSummary = field(default_factory=RunSummary)

    @property
    def errors(self) -> int:
        return self.run.errors

    def line(self) -> str:
        run = self.run
        return (f"{self.sources} feeds polled ({self.unchanged} unchanged, {len(self.source_failures)} broken), "
                f"{self.new_pages} new pages; {run.stored} articles stored ({run.skipped} already stored), "
                f"{run.events} events, {run.errors} errors, {run.seconds:.1f} s")


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:20]


class Watcher:
    """Lists sources into the page queue, fetches pending pages, and records how each one ended."""

    def __init__(self, conn: sqlite3.Connection, client: PoliteClient, max_attempts: int = MAX_ATTEMPTS) -> None:
        self.conn, self.client, self.max_attempts = conn, client, max_attempts
        self._permanent: dict[str, bool] = {}

    def poll(self, sources: Iterable[str], summary: WatchSummary) -> None:
        """Queue the new pages of every source; a broken source adds a failure to ``summary``."""
        for source in dict.fromkeys(sources):
            self._poll_one(source, 0, summary)

    def _poll_one(self, url: str, depth: int, summary: WatchSummary) -> None:
        summary.sources += 1
        try:
            url = clean_url(url)
            state = seen.feed_state(self.conn, url)
            response = self.client.get(url, state.etag, state.last_modified, accept=ACCEPT_FEEDS)
            digest = _digest(response.body)
            if response.status == 304 or digest == state.content_hash:
                summary.unchanged += 1
                seen.save_feed(self.conn, url, None, state, None)
                seen.clear_error(self.conn, url)
                return
            found = listing(response.body, response.content_type, response.final_url)
        except FetchError as exc:
            summary.source_failures.append(InputFailure(url, url, "feed", str(exc)))
            return
        links = []
        for link in found.links:
            try:
                links.append((clean_url(link.url), url, link.title, link.published))
            except FetchError:
                continue  # a mailto: or javascript: link is no page
        summary.new_pages += seen.add_pages(self.conn, links)
        new_state = seen.FeedState(response.etag, response.last_modified, digest)
        seen.save_feed(self.conn, url, found.kind, new_state, len(found.links))
        seen.clear_error(self.conn, url)
        for child in found.more:
            if depth < MAX_DEPTH:
                self._poll_one(child, depth + 1, summary)

    def pages(self, urls: Iterable[str] | None = None) -> Iterator[SourceItem]:
        """Fetch the pending pages (only those among ``urls`` when given): articles or fetch failures."""
        for page in seen.pending_pages(self.conn, self.max_attempts, urls):
            try:
                response = self.client.get(page.url, accept=ACCEPT_HTML)
                seen.mark_fetched(self.conn, page.url, http_status=response.status, final_url=response.final_url,
                                  etag=response.etag, last_modified=response.last_modified,
                                  content_hash=_digest(response.body))
                article = page_article(response, page.title, page.published)
            except FetchError as exc:
                self._permanent[page.url] = exc.permanent
                yield InputFailure(page.url, page.url, "fetch", str(exc))
                continue
            yield article

    def record(self, outcome: Processed | InputFailure) -> None:
        """Mark the page an outcome came from as stored, or count a failed try."""
        if isinstance(outcome, Processed):
            seen.mark_stored(self.conn, outcome.article.origin or outcome.article.id, outcome.hash)
        elif seen.page_status(self.conn, outcome.origin) == "pending":
            seen.mark_failed(self.conn, outcome.origin, self._permanent.pop(outcome.origin, True), self.max_attempts)


def _run(items: Iterable[SourceItem], db: str | Path, pipeline: Pipeline, watcher: Watcher,
         on_outcome: Callable[[Processed | InputFailure], None] | None) -> RunSummary:
    def outcome_seen(outcome: Processed | InputFailure) -> None:
        watcher.record(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    return run_into_store(items, db, pipeline, outcome_seen)


def watch_once(sources: Iterable[str], db: str | Path, pipeline: Pipeline, client: PoliteClient,
               on_outcome: Callable[[Processed | InputFailure], None] | None = None) -> WatchSummary:
    """Poll every source once, then fetch and process every pending page into the store at ``db``."""
    summary = WatchSummary()
    conn = open_store(db)
    try:
        watcher = Watcher(conn, client)
        watcher.poll(sources, summary)
        summary.run = _run(_chain(summary.source_failures, watcher.pages()), db, pipeline, watcher, on_outcome)
    finally:
        conn.close()
    return summary


def fetch_pages(urls: Iterable[str], db: str | Path, pipeline: Pipeline, client: PoliteClient,
                on_outcome: Callable[[Processed | InputFailure], None] | None = None) -> WatchSummary:
    """Fetch and process single pages; a page already stored is not fetched again, one that failed is retried."""
    summary = WatchSummary()
    conn = open_store(db)
    try:
        watcher = Watcher(conn, client)
        wanted: list[str] = []
        for url in dict.fromkeys(urls):
            try:
                wanted.append(clean_url(url))
            except FetchError as exc:
                summary.source_failures.append(InputFailure(url, url, "fetch", str(exc)))
        summary.new_pages = seen.add_pages(conn, [(url, None, None, None) for url in wanted])
        seen.requeue(conn, wanted)
        summary.run = _run(_chain(summary.source_failures, watcher.pages(wanted)), db, pipeline, watcher, on_outcome)
    finally:
        conn.close()
    return summary


def _chain(first: list[InputFailure], then: Iterator[SourceItem]) -> Iterator[SourceItem]:
    yield from first
    yield from then
