"""Run sources through the pipeline into a SQLite store on this machine."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.errors import StoreError
from newsevents.model import InputFailure, Processed, SourceItem
from newsevents.store.db import open_store
from newsevents.store.identity import link_unlinked
from newsevents.store.writer import StoreWriter

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline


@dataclass
class RunSummary:
    """What one run did: counts, failures and wall time; ``interrupted`` when it was stopped early."""

    articles: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def errors(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        line = (f"{self.articles} articles ({self.stored} new, {self.skipped} already stored), "
                f"{self.events} events, {self.quotes} quotes, {self.errors} errors, {self.seconds:.1f} s")
        if self.interrupted:
            line += "; interrupted: every article counted here is stored, re-run the same command to go on"
        return line


class _Recorder:
    """Writes each outcome as it arrives and counts it in the summary."""

    def __init__(self, writer: StoreWriter, summary: RunSummary, known: set[str],
                 on_outcome: Callable[[Processed | InputFailure], None] | None) -> None:
        self.writer, self.summary, self.known, self.on_outcome = writer, summary, known, on_outcome

    def write(self, outcome: Processed | InputFailure) -> tuple[Processed | InputFailure, bool]:
        """Store the outcome (one transaction): what was recorded, and whether it added an article.

        A record the store refuses (a value of the wrong type, a missing field) becomes a
        failure of that article at stage ``store``; a store that cannot be written at all
        (disk full, locked for minutes) stops the run with a :class:`StoreError`.
        """
        try:
            if isinstance(outcome, InputFailure):
                self.writer.write_failure(outcome)
                return outcome, False
            return outcome, self.writer.write(outcome)  # False when stored before (it clears a stale error)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError, sqlite3.ProgrammingError,
                OverflowError, TypeError, KeyError, AttributeError) as exc:
            if isinstance(outcome, InputFailure):
                raise StoreError(f"cannot record the failure of {outcome.id}: {exc}") from exc
            article = outcome.article
            failure = InputFailure(article.id, article.origin or article.id, "store",
                                   f"the store refused the record: {type(exc).__name__}: {exc}")
            return self.write(failure)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc

    def count(self, outcome: Processed | InputFailure, stored: bool) -> None:
        summary = self.summary
        summary.articles += 1
        if isinstance(outcome, InputFailure):
            summary.failures.append(outcome)
        elif stored:
            self.known.add(outcome.hash)
            summary.stored += 1
            summary.events += len(outcome.record["events"])
            summary.quotes += len(outcome.record["quotes"])
        else:
            summary.skipped += 1
        if self.on_outcome is not None:
            self.on_outcome(outcome)


def run_into_store(
    items: Iterable[SourceItem],
    db_path: str | Path,
    pipeline: Pipeline,
    on_outcome: Callable[[Processed | InputFailure], None] | None = None,
    on_step: Callable[[str], None] | None = None,
) -> RunSummary:
    """Process ``items`` into the store at ``db_path``; each failure is recorded and the run goes on.

    Articles already in the store (same content hash) are not processed again. Each
    article is written in a short transaction of its own as soon as it is processed, so
    other runs can write to the same store meanwhile, and an interruption loses only the
    articles still being processed. On KeyboardInterrupt (Ctrl-C) the article being
    written is finished, and the summary comes back with ``interrupted`` set.
    ``on_step`` is passed to :class:`StoreWriter` (fault-injection tests).
    """
    started = time.perf_counter()
    summary = RunSummary()
    conn = open_store(db_path)
    try:
        writer = StoreWriter(conn, on_step=on_step)
        link_unlinked(conn)  # repairs a store left half-linked by newsevents before 0.2
        known = writer.known_hashes()
        recorder = _Recorder(writer, summary, known, on_outcome)
        pending: Processed | InputFailure | None = None
        try:
            for outcome in pipeline.process(items, skip=known):
                pending = outcome
                recorded, stored = recorder.write(outcome)  # interrupted inside, it is rolled back
                pending = None
                recorder.count(recorded, stored)
        except KeyboardInterrupt:
            summary.interrupted = True
            if pending is not None:  # interrupted while writing it: its processing is done, keep it
                recorder.count(*recorder.write(pending))
    finally:
        conn.close()
    summary.seconds = time.perf_counter() - started
    return summary
