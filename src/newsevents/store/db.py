"""Open (and create or upgrade) a newsevents SQLite file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from newsevents.errors import StoreError
from newsevents.store.migrations import SCHEMA_VERSION, migrate


def open_store(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at ``path``, created or upgraded to the current schema.

    WAL journaling lets readers work while a run writes; foreign keys are enforced. The
    connection is in autocommit mode: writers open their own transactions.
    ``readonly`` opens an existing file for reading only (no upgrade).
    """
    try:
        if readonly:
            conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"store {path} has schema version {version}; this newsevents knows {SCHEMA_VERSION}: "
                         "upgrade newsevents")
    if readonly:
        if version < SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"store {path} has schema version {version}: open it once for writing to upgrade it")
        return conn
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"cannot upgrade store {path}: {exc}") from exc
    return conn
