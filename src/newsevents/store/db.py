"""Open (and create or upgrade) a newsevents SQLite file."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from newsevents.errors import StoreError
from newsevents.store.migrations import SCHEMA_VERSION, migrate

#: seconds a connection waits for another process's write lock before giving up; writes are
#: short (one article), so only a store shared by very many writers ever comes close
BUSY_TIMEOUT_S = 120.0


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if not readonly and not path.parent.is_dir():
        raise StoreError(f"cannot create store {path}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    if readonly and not path.exists():
        raise StoreError(f"no store at {path}: create one with `newsevents run SOURCES --db {path}`")
    try:
        if readonly:
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=BUSY_TIMEOUT_S)
        return sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from exc


def _version(conn: sqlite3.Connection, path: Path) -> int:
    """The store's schema version; StoreError for a file that is not a newsevents store."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not an SQLite database ({exc}); give --db a newsevents store, "
                         "or a new file name to create one") from exc
    if version == 0 and tables and "articles" not in tables:
        raise StoreError(f"{path} is an SQLite database but not a newsevents store (it has other tables); "
                         "give --db a newsevents store, or a new file name to create one")
    return version


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL journaling (once per file; a no-op after that).

    The switch needs the file to itself and SQLite answers "locked" at once, without waiting,
    while another process holds it (two processes creating one store), so it is retried.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def open_store(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at ``path``, created or upgraded to the current schema.

    WAL journaling lets readers work while a run writes; foreign keys are enforced. The
    connection is in autocommit mode: writers open their own (short) transactions, and
    wait up to :data:`BUSY_TIMEOUT_S` for another process's. ``readonly`` opens an existing
    store for reading only (no upgrade). Every problem is a :class:`StoreError` whose
    message says what the file is and what to do.
    """
    path = Path(path)
    conn = _connect(path, readonly)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        version = _version(conn, path)
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {path} has schema version {version}; this newsevents knows {SCHEMA_VERSION}: "
                             "upgrade newsevents")
        if readonly:
            if version == 0:
                raise StoreError(f"{path} is not a newsevents store yet (no schema): "
                                 f"create one with `newsevents run SOURCES --db {path}`")
            if version < SCHEMA_VERSION:
                raise StoreError(f"store {path} has schema version {version}: open it once for writing "
                                 f"(e.g. `newsevents run SOURCES --db {path}`) to upgrade it")
            return conn
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"cannot open or upgrade store {path}: {exc}") from exc
    return conn
