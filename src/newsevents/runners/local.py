"""Run sources through the pipeline into a SQLite store on this machine."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.model import InputFailure, Processed, SourceItem
from newsevents.store.db import open_store
from newsevents.store.writer import StoreWriter

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline


@dataclass
class RunSummary:
    """What one run did: counts, failures and wall time."""

    articles: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        return (f"{self.articles} articles ({self.stored} new, {self.skipped} already stored), "
                f"{self.events} events, {self.quotes} quotes, {self.errors} errors, {self.seconds:.1f} s")


def run_into_store(
    items: Iterable[SourceItem],
    db_path: str | Path,
    pipeline: Pipeline,
    on_outcome: Callable[[Processed | InputFailure], None] | None = None,
) -> RunSummary:
    """Process ``items`` into the store at ``db_path``; each failure is recorded and the run goes on.

    Articles already in the store (same content hash) are not processed again.
    """
    started = time.perf_counter()
    summary = RunSummary()
    conn = open_store(db_path)
    try:
        with StoreWriter(conn) as writer:
            known = writer.known_hashes()
            for outcome in pipeline.process(items, skip=known):
                summary.articles += 1
                if isinstance(outcome, InputFailure):
                    summary.failures.append(outcome)
                    writer.write_failure(outcome)
                elif outcome.hash in known:
                    summary.skipped += 1
                    writer.write(outcome)  # clears a stale error for the same input
                else:
                    known.add(outcome.hash)
                    if writer.write(outcome):
                        summary.stored += 1
                        summary.events += len(outcome.record["events"])
                        summary.quotes += len(outcome.record["quotes"])
                    else:
                        summary.skipped += 1
                if on_outcome is not None:
                    on_outcome(outcome)
    finally:
        conn.close()
    summary.seconds = time.perf_counter() - started
    return summary
