"""Shared helpers of the reliability suite: small synthetic corpora and a store compared by content."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

LEADERS = (("French", "Emmanuel Macron", "Paris"), ("German", "Olaf Scholz", "Berlin"),
           ("Brazilian", "Luiz Inacio Lula da Silva", "Brasilia"), ("Kenyan", "William Ruto", "Nairobi"),
           ("Japanese", "Fumio Kishida", "Tokyo"), ("Turkish", "Recep Tayyip Erdogan", "Ankara"))


def article_text(n: int) -> str:
    """A short news article, different for every ``n``, with events, a quote and dates."""
    a, b = LEADERS[n % len(LEADERS)], LEADERS[(n // len(LEADERS) + 1 + n) % len(LEADERS)]
    if a == b:
        b = LEADERS[(n + 1) % len(LEADERS)]
    return (f"{a[0]} President {a[1]} met {b[0]} leader {b[1]} in {b[2]} on Monday, officials said. "
            f"Police arrested {n + 2} protesters outside the venue on Tuesday. "
            f"\"We will not accept threats against our people,\" {a[1].split()[-1]} told reporters. "
            f"The two governments agreed to cooperate on trade, report number {n}.")


def write_corpus(path: Path, numbers: range, published: str = "2024-05-08") -> Path:
    """A JSONL file of :func:`article_text` articles."""
    with path.open("w", encoding="utf-8") as out:
        for n in numbers:
            out.write(json.dumps({"id": f"art{n}", "text": article_text(n), "published": published}) + "\n")
    return path


def newsevents_cmd(*args: str) -> list[str]:
    """The ``newsevents`` command line, run by this interpreter."""
    return [sys.executable, "-m", "newsevents.cli", *args]


def run_cli(*args: str, timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(newsevents_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


#: columns that say when a row was written, not what it holds
_VOLATILE = {"processed_at", "created_at", "first_seen"}


def store_content(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, with row ids and write times left out and event ids
    replaced by what the event is, so two stores holding the same data compare equal."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        key_of = {row["id"]: (row["source"], row["target"], row["cameo"], row["date"], row["modality"],
                              row["place_name"], row["place_country"])
                  for row in conn.execute("SELECT * FROM events")}
        content: dict[str, list[tuple[Any, ...]]] = {}
        for table in ("articles", "actor_mentions", "event_mentions", "events", "event_actors", "quotes",
                      "timexes", "places", "errors"):
            rows = []
            for row in conn.execute(f"SELECT * FROM {table}"):
                values = dict(row)
                for column in _VOLATILE:
                    values.pop(column, None)
                if table == "events":
                    values["id"] = key_of[values["id"]]
                elif "event_id" in values:
                    values["event_id"] = key_of.get(values["event_id"])
                rows.append(tuple(sorted((k, json.dumps(v)) for k, v in values.items())))
            content[table] = sorted(rows)
        return content
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


class Helpers:
    """The helpers above, handed to tests as the ``rel`` fixture."""

    article_text = staticmethod(article_text)
    write_corpus = staticmethod(write_corpus)
    newsevents_cmd = staticmethod(newsevents_cmd)
    run_cli = staticmethod(run_cli)
    store_content = staticmethod(store_content)
    integrity = staticmethod(integrity)


@pytest.fixture(scope="session")
def rel() -> type[Helpers]:
    return Helpers
