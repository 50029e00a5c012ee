"""Several worker processes parse and code; the caller (one writer) gets the outcomes back.

:class:`ParallelPipeline` has :meth:`Pipeline.process`'s interface, so ``run_into_store``
and ``extract`` use it unchanged: the main process reads, validates and hashes the
articles (skipping those already stored), hands them to the workers in small chunks, and
receives each chunk's outcomes **in input order** (or, with ``ordered=False``, as soon as
they are done). Each worker loads the pipeline once. Written in input order, the store is
identical to a one-worker run's, event identity included.

A worker that dies (killed, out of memory) does not sink the run: its chunk is run again
one article at a time in a fresh pool, and an article that kills a worker on its own is
recorded as a failure at stage ``worker``.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import TYPE_CHECKING

from newsevents.config import Settings
from newsevents.errors import NewsEventsError
from newsevents.ingest.normalise import prepare
from newsevents.model import InputFailure, Outcome, Processed, SourceItem

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

#: articles handed to a worker at a time
CHUNK = 16
#: chunks in flight per worker (bounds memory; keeps every worker busy)
IN_FLIGHT = 3
#: fewest articles per worker that make an extra worker worth its start-up (about 2 s)
MIN_ARTICLES_PER_WORKER = 40



class _Worker:
    """The pipeline of one worker process, built by its initializer; a failure to build it is
    kept and raised by every task, so the caller sees the real error (a missing model, a bad
    --actors file) instead of a broken pool."""

    pipeline: Pipeline | None = None
    error: BaseException | None = None


def available_cores() -> int:
    """Cores this process may run on (``taskset`` and cgroup-pinned sets respected)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def choose_workers(requested: int | None, articles: int | None) -> int:
    """``requested`` workers, or by default one per core but no more than the articles make worthwhile."""
    if requested is not None:
        return max(1, requested)
    cores = available_cores()
    if articles is None:
        return cores
    return max(1, min(cores, articles // MIN_ARTICLES_PER_WORKER))


def peek(items: Iterable[SourceItem], workers: int | None) -> tuple[int | None, Iterator[SourceItem]]:
    """How many items there are when that decides the number of workers, and the items, none lost.

    With ``workers`` given, nothing is read ahead (None). Otherwise up to one more than
    :data:`MIN_ARTICLES_PER_WORKER` per core are read: their number when the input ends
    there, else None (a large input).
    """
    iterator = iter(items)
    if workers is not None:
        return None, iterator
    ahead = list(islice(iterator, available_cores() * MIN_ARTICLES_PER_WORKER + 1))
    known = len(ahead) if len(ahead) <= available_cores() * MIN_ARTICLES_PER_WORKER else None
    return known, chain(ahead, iterator)


def _exit_with_parent(parent: int) -> None:
    """End this worker once the process that started it is gone (killed with -9: nobody else will)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(settings: Settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    try:
        from newsevents.pipeline import Pipeline  # spaCy loads in the workers only

        _Worker.pipeline = Pipeline(settings)
    except Exception as exc:  # noqa: BLE001 - handed to the caller by every task (see _Worker)
        error = exc if type(exc) in (ValueError, OSError) else NewsEventsError(" ".join(str(exc).split()))
        _Worker.error = error  # plain exception types, so that it pickles back to the caller as it is


def _ready() -> bool:
    if _Worker.error is not None:
        raise _Worker.error
    return True


def _process_chunk(chunk: list[Processed]) -> list[Outcome]:
    _ready()
    assert _Worker.pipeline is not None
    return list(_Worker.pipeline.process([p.article for p in chunk]))


class ParallelPipeline:
    """``workers`` processes running the newsevents pipeline; ``process`` yields outcomes like
    :meth:`Pipeline.process` does. Use it as a context manager (or call :meth:`close`)."""

    def __init__(self, settings: Settings | None = None, workers: int = 2, ordered: bool = True) -> None:
        self.settings = settings or Settings()
        self.workers = max(1, workers)
        self.ordered = ordered
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init_worker, initargs=(self.settings,))
        return self._pool

    def close(self) -> None:
        """Stop the worker processes (work not yet started is dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> ParallelPipeline:
        """Start the workers and wait until each has loaded the pipeline; raises what loading raised."""
        pool = self._start()
        for future in [pool.submit(_ready) for _ in range(self.workers)]:
            future.result()
        return self

    def worker_pids(self) -> list[int]:
        """Process ids of the running workers (for memory measurements)."""
        return sorted(getattr(self._pool, "_processes", None) or {})

    def _chunks(self, items: Iterable[SourceItem], skip: set[str] | None) -> Iterator[list[Outcome]]:
        """The input as chunks of prepared articles; failures and skipped articles are chunks of their own."""
        chunk: list[Outcome] = []
        for item in items:
            outcome = item if isinstance(item, InputFailure) else prepare(item, self.settings.max_chars)
            if isinstance(outcome, InputFailure) or (skip is not None and outcome.hash in skip):
                if chunk:
                    yield chunk
                    chunk = []
                yield [outcome]
                continue
            chunk.append(outcome)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def process(self, items: Iterable[SourceItem], skip: set[str] | None = None) -> Iterator[Outcome]:
        """Outcomes of ``items`` (in input order unless ``ordered`` is False); ``skip``: hashes not to process."""
        chunks = self._chunks(items, skip)
        pending: deque[tuple[list[Outcome], Future | None]] = deque()
        limit = self.workers * IN_FLIGHT

        def submit(chunk: list[Outcome]) -> None:
            work = [o for o in chunk if isinstance(o, Processed) and not (skip is not None and o.hash in skip)]
            pending.append((chunk, self._start().submit(_process_chunk, work) if work else None))

        try:
            for chunk in islice(chunks, limit):
                submit(chunk)
            while pending:
                if not self.ordered:
                    done = [entry for entry in pending if entry[1] is None or entry[1].done()]
                    if not done:
                        wait([f for _, f in pending if f is not None], return_when="FIRST_COMPLETED")
                        continue
                    entry = done[0]
                    pending.remove(entry)
                else:
                    entry = pending.popleft()
                yield from self._outcomes(*entry)
                for chunk in islice(chunks, 1):
                    submit(chunk)
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()

    def _outcomes(self, chunk: list[Outcome], future: Future | None) -> list[Outcome]:
        if future is None:  # a failure, or an article already stored, passed through as it came
            return chunk
        try:
            return future.result()
        except BrokenProcessPool:
            return self._rerun_alone(chunk)

    def _rerun_alone(self, chunk: list[Outcome]) -> list[Outcome]:
        """After a worker died: each article of its chunk alone in a fresh pool; the one that kills it fails."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        outcomes: list[Outcome] = []
        for prepared in chunk:
            assert isinstance(prepared, Processed)
            try:
                outcomes.extend(self._start().submit(_process_chunk, [prepared]).result())
            except BrokenProcessPool:
                self._pool = None
                article = prepared.article
                outcomes.append(InputFailure(article.id, article.origin or article.id, "worker",
                                             "the worker process died while processing this article "
                                             "(out of memory, or killed)"))
        return outcomes
