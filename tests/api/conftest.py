"""A store filled from the demo articles once per session, served by a real uvicorn on loopback."""
from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from newsevents.api import ServerThread, create_app

DEMO = Path(str(files("newsevents.data") / "demo" / "articles.jsonl"))
MAX_PAGE = 20


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    """The demo articles run into a fresh store."""
    from newsevents.ingest import read_sources
    from newsevents.runners.local import run_into_store

    db = tmp_path_factory.mktemp("api") / "demo.db"
    summary = run_into_store(read_sources([DEMO]), db, pipeline)
    assert summary.errors == 0 and summary.stored > 0
    return db


@pytest.fixture(scope="session")
def server(demo_db: Path) -> Iterator[str]:
    """Base URL of the API over the demo store (pages capped at MAX_PAGE rows)."""
    with ServerThread(create_app(demo_db, max_page_size=MAX_PAGE)) as running:
        yield running.url
