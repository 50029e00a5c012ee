"""A record the store cannot hold fails that article alone, at stage ``store``; the run goes on."""
from __future__ import annotations

import sqlite3

from newsevents.model import Article, Processed
from newsevents.runners.local import run_into_store


class Replay:
    def __init__(self, outcomes):
        self.outcomes = outcomes

    def process(self, items, skip=None):
        yield from self.outcomes


def _processed(n: int, trigger: object) -> Processed:
    text = f"France and Chad met, report {n}."
    event = {"source": "FRA", "source_text": "France", "target": "TCD", "target_text": "Chad", "cameo": "040",
             "root": "04", "name": "Consult", "plover": "CONSULT", "quad_class": 1, "goldstein": 1.0,
             "date": "2025-03-01", "date_source": "published", "place": None, "modality": "asserted",
             "sentence": 0, "start": 0, "end": 5, "trigger": trigger, "confidence": 0.9, "rule": "verb:meet"}
    record = {"id": f"a{n}", "published": None, "events": [event], "quotes": [], "timexes": [], "actors": [],
              "places": []}
    return Processed(Article(id=f"a{n}", text=text, origin=f"a{n}.txt"), f"h{n}", record)


def test_a_refused_record_fails_alone(tmp_path):
    db = tmp_path / "s.db"
    outcomes = [_processed(1, "met"), _processed(2, {"not": "a string"}), _processed(3, 2**70), _processed(4, "met")]
    summary = run_into_store([], db, Replay(outcomes))
    assert (summary.stored, summary.errors) == (2, 2)
    assert {f.stage for f in summary.failures} == {"store"}
    conn = sqlite3.connect(db)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM articles")) == ["a1", "a4"]
    assert sorted(r[0] for r in conn.execute("SELECT article_id FROM errors WHERE stage = 'store'")) == ["a2", "a3"]
    assert conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == 2
    conn.close()
