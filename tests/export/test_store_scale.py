import importlib.util
import sys
from pathlib import Path

from newsevents.store import open_store

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "store_scale.py"


def _module():
    spec = importlib.util.spec_from_file_location("store_scale", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_scale_script_small(tmp_path, capsys):
    db = tmp_path / "scale.db"
    assert _module().main(["--events", "20000", "--db", str(db), "--queries", "5"]) == 0
    table = capsys.readouterr().out
    assert "query_events, filtered" in table and "event_stats day_quad" in table
    conn = open_store(db, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 20000
        mentions, counted = conn.execute("SELECT count(*), (SELECT sum(num_mentions) FROM events)"
                                         " FROM event_mentions").fetchone()
        assert mentions == counted >= 20000
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 20000 // 3
        assert conn.execute("SELECT count(DISTINCT root) FROM events").fetchone()[0] == 20
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
