"""Open (and create or upgrade) a newsevents SQLite file."""
from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from newsevents.errors import StoreError

SCHEMA_VERSION = 1


def open_store(path: str | Path) -> sqlite3.Connection:
    """A connection to the store at ``path``, created with the current schema if new.

    WAL journaling lets readers work while a run writes; foreign keys are enforced.
    """
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"store {path} has schema version {version}; this newsevents knows {SCHEMA_VERSION}: upgrade newsevents")
    if version < SCHEMA_VERSION:
        schema = resources.files("newsevents.store").joinpath("schema.sql").read_text(encoding="utf-8")
        with conn:
            conn.executescript(schema)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return conn
