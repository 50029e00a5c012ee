"""A small real store built once from the demo articles, shared by the export tests."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "src" / "newsevents" / "data" / "demo" / "articles.jsonl"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    """Path of a store holding the processed demo articles (do not write to it)."""
    from newsevents.ingest import read_sources
    from newsevents.runners.local import run_into_store

    db = tmp_path_factory.mktemp("export") / "demo.db"
    summary = run_into_store(read_sources([DEMO]), db, pipeline)
    assert summary.stored > 0 and summary.events > 0
    return db


@pytest.fixture()
def demo_conn(demo_db: Path) -> Iterator[sqlite3.Connection]:
    from newsevents.store import open_store

    conn = open_store(demo_db, readonly=True)
    yield conn
    conn.close()
