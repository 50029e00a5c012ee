"""Several writers on one store: each article's write is short, so none waits long or fails."""
from __future__ import annotations

import subprocess
import sys
import time

from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store
from newsevents.store.migrations import SCHEMA_VERSION
from newsevents.store.queries import store_counts

#: opens (creating) the store named by argv[1] once the file argv[2] exists, then writes one article
_OPENER = """
import os, sys, time
from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store
while not os.path.exists(sys.argv[2]):
    time.sleep(0.001)
conn = open_store(sys.argv[1])
text = "Article number " + sys.argv[3]
StoreWriter(conn).write(Processed(Article(id=sys.argv[3], text=text), "h" + sys.argv[3],
                        {"id": sys.argv[3], "events": [], "quotes": [], "timexes": [], "actors": [], "places": []}))
conn.close()
"""


def _article(n: int) -> Processed:
    text = f"France and Chad met for the {n}th time."
    event = {"source": "FRA", "source_text": "France", "target": "TCD", "target_text": "Chad", "cameo": "040",
             "root": "04", "name": "Consult", "plover": "CONSULT", "quad_class": 1, "goldstein": 1.0,
             "date": "2025-03-01", "date_source": "published", "place": None, "modality": "asserted",
             "sentence": 0, "start": 0, "end": len(text), "trigger": "met", "confidence": 0.9, "rule": "verb:meet"}
    record = {"id": f"a{n}", "published": "2025-03-01", "events": [event], "quotes": [], "timexes": [],
              "actors": [], "places": []}
    return Processed(Article(id=f"a{n}", text=text, published="2025-03-01"), f"hash{n}", record)


def test_a_writer_holds_no_transaction_between_articles(tmp_path):
    db = tmp_path / "s.db"
    first, second = open_store(db), open_store(db)
    writer_a, writer_b = StoreWriter(first), StoreWriter(second)
    assert writer_a.write(_article(1))
    assert not first.in_transaction          # committed at once: the other writer never waits for it
    started = time.monotonic()
    assert writer_b.write(_article(2))
    assert time.monotonic() - started < 1.0
    assert writer_a.write(_article(3))       # a stale read snapshot never makes a write fail
    assert writer_b.write(_article(3)) is False
    counts = store_counts(first)
    assert counts["articles"] == 3 and counts["event_mentions"] == 3 and counts["events"] == 1
    assert first.execute("SELECT num_mentions FROM events").fetchone()[0] == 3
    first.close()
    second.close()


def test_creating_one_new_store_from_many_processes_at_once_is_safe(tmp_path):
    for trial in range(6):
        db, go = tmp_path / f"new{trial}.db", tmp_path / f"go{trial}"
        procs = [subprocess.Popen([sys.executable, "-c", _OPENER, str(db), str(go), str(n)],
                                  stderr=subprocess.PIPE, text=True) for n in range(6)]
        time.sleep(0.5)  # let every process import and wait at the start line
        go.touch()
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        conn = open_store(db, readonly=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store_counts(conn)["articles"] == 6
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
