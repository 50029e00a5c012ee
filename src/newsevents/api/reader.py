"""One read-only SQLite connection per request, with a deadline on every query."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from fastapi import HTTPException

from newsevents.errors import StoreError
from newsevents.store import open_store

T = TypeVar("T")

#: SQLite virtual-machine steps between two deadline checks
PROGRESS_STEPS = 1000
#: parts of the messages SQLite gives for a malformed full-text (FTS5 MATCH) query
FTS_QUERY_ERRORS = ("fts5", "unterminated string", "no such column", "syntax error", "MATCH")


class Reader:
    """A read-only connection whose queries are aborted once ``timeout_s`` has passed."""

    def __init__(self, db_path: str | Path, timeout_s: float) -> None:
        try:
            self.conn = open_store(db_path, readonly=True)
        except StoreError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from exc
        self.path = Path(db_path)
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self.conn.set_progress_handler(self._expired, PROGRESS_STEPS)

    def _expired(self) -> int:
        return int(time.monotonic() > self.deadline)

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(conn, *args, **kwargs)``, with SQLite errors turned into HTTP errors.

        A query stopped by the deadline is a 503; a malformed full-text query a 400.
        """
        try:
            return fn(self.conn, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if self._expired() or "interrupted" in str(exc):
                raise HTTPException(status_code=503, detail=(
                    f"query took longer than {self.timeout_s:g} s and was stopped: narrow the filters "
                    "(dates, actor, CAMEO code) or ask for a smaller page")) from exc
            if any(sign in str(exc) for sign in FTS_QUERY_ERRORS):
                raise HTTPException(status_code=400, detail=f"bad full-text query: {exc}") from exc
            raise
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc

    def stamp(self) -> tuple[int, ...]:
        """Changes whenever the store does: the sizes and times of the file and its write-ahead log."""
        parts: list[int] = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                info = path.stat()
                parts += [info.st_size, info.st_mtime_ns]
            except OSError:
                parts += [0, 0]
        return tuple(parts)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def reader_dependency(db_path: Path, timeout_s: float) -> Callable[[], Iterator[Reader]]:
    """A FastAPI dependency yielding a fresh :class:`Reader` for each request."""

    def get_reader() -> Iterator[Reader]:
        reader = Reader(db_path, timeout_s)
        try:
            yield reader
        finally:
            reader.close()

    return get_reader
