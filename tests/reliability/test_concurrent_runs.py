"""Two and three ``newsevents run`` processes into one store, started together: all finish, nothing is lost."""
from __future__ import annotations

import subprocess

import pytest

pytestmark = pytest.mark.slow


def _start_together(rel, tmp_path, parts: int, per_part: int) -> tuple[list[subprocess.Popen], object]:
    db = tmp_path / "shared.db"
    procs = []
    for part in range(parts):
        source = rel.write_corpus(tmp_path / f"part{part}.jsonl", range(part * per_part, (part + 1) * per_part))
        procs.append(subprocess.Popen(rel.newsevents_cmd("run", str(source), "--db", str(db), "-s"),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    return procs, db


@pytest.mark.parametrize("parts", [2, 3])
def test_concurrent_runs_all_finish_and_store_everything(rel, tmp_path, parts):
    per_part = 24
    procs, db = _start_together(rel, tmp_path, parts, per_part)
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert f"{per_part} articles ({per_part} new" in err
    together = rel.store_content(db)
    assert len(together["articles"]) == parts * per_part
    assert rel.integrity(db) == "ok"

    alone = tmp_path / "alone.db"
    sources = [str(tmp_path / f"part{part}.jsonl") for part in range(parts)]
    done = rel.run_cli("run", *sources, "--db", str(alone), "-s")
    assert done.returncode == 0, done.stderr
    assert rel.store_content(alone) == together   # the same rows as one run over all the inputs
