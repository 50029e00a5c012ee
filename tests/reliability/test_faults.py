"""Fault injection: kill -9 at many points of a write, an exception inside each write step, SIGINT.

After each, the store passes ``PRAGMA integrity_check``, holds no half-written article, and
a re-run gives a store identical by content to a clean run.
"""
from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from newsevents.model import Article, Processed
from newsevents.runners.local import run_into_store
from newsevents.store.writer import WRITE_STEPS

ARTICLES = 12

#: writes the outcomes saved in argv[1] into the store argv[2], killing itself with SIGKILL
#: just before write step number argv[3] (counted over the whole run; -1: never)
_WRITER = """
import json, os, signal, sys
from newsevents.model import Article, Processed
from newsevents.runners.local import run_into_store

class Replay:
    def __init__(self, outcomes):
        self.outcomes = outcomes
    def process(self, items, skip=None):
        for o in self.outcomes:
            if not skip or o.hash not in skip:
                yield o

outcomes = [Processed(Article(**o["article"]), o["hash"], o["record"]) for o in json.load(open(sys.argv[1]))]
kill_at, seen = int(sys.argv[3]), [0]

def on_step(name):
    if seen[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    seen[0] += 1

summary = run_into_store([], sys.argv[2], Replay(outcomes), on_step=on_step)
print(summary.stored)
"""


class Replay:
    """Hands over outcomes processed earlier, as the pipeline would (the store is what is tested)."""

    def __init__(self, outcomes: list[Processed]) -> None:
        self.outcomes = outcomes

    def process(self, items, skip=None):
        for outcome in self.outcomes:
            if not skip or outcome.hash not in skip:
                yield outcome


@pytest.fixture(scope="module")
def outcomes(pipeline, rel) -> list[Processed]:
    articles = [Article(id=f"art{n}", text=rel.article_text(n), published="2024-05-08", origin="corpus.jsonl")
                for n in range(ARTICLES)]
    done = list(pipeline.process(articles))
    assert all(isinstance(o, Processed) for o in done)
    assert sum(len(o.record["events"]) for o in done) >= ARTICLES
    return done


@pytest.fixture(scope="module")
def saved(outcomes, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "outcomes.json"
    path.write_text(json.dumps([{"article": asdict(o.article), "hash": o.hash, "record": o.record}
                                for o in outcomes]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(outcomes, rel, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    assert run_into_store([], db, Replay(outcomes)).stored == ARTICLES
    return rel.store_content(db)


def _per_article(content: dict, hashes: set[str]) -> dict:
    """The rows of the articles with these hashes (whole articles only, so a partial one shows)."""
    out = {}
    for table, rows in content.items():
        if table in ("events", "event_actors", "errors"):
            continue
        column = "hash" if table == "articles" else "article_hash"
        out[table] = [r for r in rows if json.loads(dict(r)[column]) in hashes]
    return out


def _stored_hashes(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT hash FROM articles")}
    finally:
        conn.close()


def _check_after_fault(db: Path, rel, clean: dict, outcomes: list[Processed], saved: Path | None = None) -> None:
    assert rel.integrity(db) == "ok"
    stored = _stored_hashes(db)
    now = rel.store_content(db)
    # nothing half-written: every row belongs to a stored article, whole, as a clean run writes it
    assert _per_article(now, stored) == _per_article(clean, stored)
    orphans = sum(len(rows) for table, rows in now.items() if table not in ("articles", "events", "event_actors",
                                                                            "errors")) - \
        sum(len(rows) for table, rows in _per_article(now, stored).items() if table != "articles")
    assert orphans == 0
    if saved is not None:
        again = subprocess.run([sys.executable, "-c", _WRITER, str(saved), str(db), "-1"], capture_output=True,
                               text=True, timeout=120)
        assert again.returncode == 0, again.stderr
    else:
        run_into_store([], db, Replay(outcomes))
    assert rel.store_content(db) == clean
    assert rel.integrity(db) == "ok"


@pytest.mark.slow
def test_kill_9_at_many_points_of_the_writes(saved, clean, outcomes, rel, tmp_path):
    steps = ARTICLES * len(WRITE_STEPS)
    points = sorted({0, 1, len(WRITE_STEPS) - 1, len(WRITE_STEPS), steps - 1,
                     *random.Random(12).sample(range(steps), 9)})
    assert len(points) >= 10
    for point in points:
        db = tmp_path / f"killed{point}.db"
        killed = subprocess.run([sys.executable, "-c", _WRITER, str(saved), str(db), str(point)],
                                capture_output=True, text=True, timeout=120)
        assert killed.returncode == -signal.SIGKILL, (point, killed.stderr)
        assert len(_stored_hashes(db)) == point // len(WRITE_STEPS)  # every article before the kill is kept
        _check_after_fault(db, rel, clean, outcomes, saved)


class Injected(Exception):
    """The failure injected into a write step."""


@pytest.mark.parametrize("step", WRITE_STEPS)
def test_an_exception_inside_any_write_step_leaves_no_trace_of_that_article(step, outcomes, clean, rel, tmp_path):
    db = tmp_path / "s.db"
    calls = {"n": 0}

    def fail_in_fourth_article(name: str) -> None:
        calls["n"] += 1
        if name == step and calls["n"] > 3 * len(WRITE_STEPS):
            raise Injected(step)

    with pytest.raises(Injected):
        run_into_store([], db, Replay(outcomes), on_step=fail_in_fourth_article)
    assert len(_stored_hashes(db)) == 3
    _check_after_fault(db, rel, clean, outcomes)


@pytest.mark.parametrize("step", ["events", "link", "article", "errors"])
def test_ctrl_c_inside_a_write_keeps_that_article_and_stops(step, outcomes, clean, rel, tmp_path):
    db = tmp_path / "s.db"
    calls = {"n": 0, "raised": False}

    def interrupt_once(name: str) -> None:
        calls["n"] += 1
        if name == step and calls["n"] > 3 * len(WRITE_STEPS) and not calls["raised"]:
            calls["raised"] = True
            raise KeyboardInterrupt

    summary = run_into_store([], db, Replay(outcomes), on_step=interrupt_once)
    assert summary.interrupted
    assert summary.stored == len(_stored_hashes(db)) == 4   # the article being written was finished
    _check_after_fault(db, rel, clean, outcomes)


def _wait_for_articles(db: Path, proc: subprocess.Popen, at_least: int = 1) -> None:
    while proc.poll() is None:
        try:
            if db.exists() and len(_stored_hashes(db)) >= at_least:
                return
        except sqlite3.Error:
            pass
        time.sleep(0.02)


@pytest.fixture(scope="module")
def long_corpus(rel, tmp_path_factory) -> tuple[Path, dict]:
    """A corpus that takes some seconds to run, and the store of a clean run of it."""
    folder = tmp_path_factory.mktemp("long")
    source = rel.write_corpus(folder / "long.jsonl", range(300))
    done = rel.run_cli("run", str(source), "--db", str(folder / "clean.db"), "-s")
    assert done.returncode == 0, done.stderr
    return source, rel.store_content(folder / "clean.db")


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_a_real_run_stopped_midway_loses_nothing(how, long_corpus, rel, tmp_path):
    source, clean_content = long_corpus
    db = tmp_path / "stopped.db"
    proc = subprocess.Popen(rel.newsevents_cmd("run", str(source), "--db", str(db), "-s"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_articles(db, proc)
    proc.send_signal(how)
    _, err = proc.communicate(timeout=120)
    stored = len(_stored_hashes(db))
    assert 0 < stored < 300, "the run should have been stopped midway"
    if how == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 130, err
        assert "Traceback" not in err and "Aborted" not in err
        assert f"({stored} new, 0 already stored)" in err and "interrupted" in err
    assert rel.integrity(db) == "ok"
    again = rel.run_cli("run", str(source), "--db", str(db), "-s")
    assert again.returncode == 0, again.stderr
    assert f"300 articles ({300 - stored} new, {stored} already stored)" in again.stderr
    assert rel.store_content(db) == clean_content
