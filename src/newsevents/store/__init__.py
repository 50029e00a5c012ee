"""SQLite store: schema, batched idempotent writer, queries."""
from newsevents.store.db import open_store
from newsevents.store.queries import EventFilter, query_events
from newsevents.store.writer import StoreWriter

__all__ = ["EventFilter", "StoreWriter", "open_store", "query_events"]
