"""``Store``: the Python API over a newsevents SQLite file (records as dicts, or DataFrames)."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from newsevents.store.browse import Page, event_stats, get_article, query_actors, query_articles, query_quotes
from newsevents.store.db import open_store
from newsevents.store.queries import EventFilter, count_events, query_errors, query_events, query_mentions


def _frame(rows: list[dict[str, Any]], as_frame: bool) -> Any:
    if not as_frame:
        return rows
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("as_frame=True needs pandas: pip install pandas") from exc
    return pd.DataFrame.from_records(rows)


class Store:
    """A newsevents store: ``Store("events.db").events(actor="RUS", cameo="19")``.

    Every method returns a list of dicts, or a pandas DataFrame with ``as_frame=True``.
    The same filters as ``newsevents events`` and the REST API.
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.conn: sqlite3.Connection = open_store(path, readonly=readonly)

    def events(self, as_frame: bool = False, **filters: Any) -> Any:
        """Distinct events (see :class:`EventFilter` for the filters, e.g. actor, cameo, since, limit)."""
        return _frame(query_events(self.conn, EventFilter(**filters)), as_frame)

    def count_events(self, **filters: Any) -> int:
        return count_events(self.conn, EventFilter(**filters))

    def mentions(self, event_id: int, as_frame: bool = False) -> Any:
        """Every report of one event with its evidence."""
        return _frame(query_mentions(self.conn, event_id), as_frame)

    def articles(self, as_frame: bool = False, limit: int = 50, offset: int = 0, **filters: Any) -> Any:
        return _frame(query_articles(self.conn, page=Page(limit, offset), **filters), as_frame)

    def article(self, key: str) -> dict[str, Any] | None:
        """One article (by id or content hash) with its text and records."""
        return get_article(self.conn, key)

    def quotes(self, as_frame: bool = False, limit: int = 50, offset: int = 0, **filters: Any) -> Any:
        return _frame(query_quotes(self.conn, page=Page(limit, offset), **filters), as_frame)

    def actors(self, as_frame: bool = False, limit: int = 50, offset: int = 0, **filters: Any) -> Any:
        return _frame(query_actors(self.conn, page=Page(limit, offset), **filters), as_frame)

    def stats(self, by: str, as_frame: bool = False, **filters: Any) -> Any:
        """Event counts by root, quad_class, day, day_quad, dyad, actor or country."""
        return _frame(event_stats(self.conn, by, EventFilter(**filters)), as_frame)

    def errors(self, as_frame: bool = False) -> Any:
        return _frame(query_errors(self.conn), as_frame)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
