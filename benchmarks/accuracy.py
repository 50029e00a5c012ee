"""Run newsevents on the shared gold sets and score each with the shared scorers.

    python benchmarks/accuracy.py [--sets petr2 plover polnear_dev tempeval3 acled lgl geovirus] [--out DIR]

``acled`` is scored with ``../shared/eval/score_acled.py`` (real conflict and protest reports
coded by ACLED's coders), ``lgl``/``geovirus`` with ``score_geo.py``; the others with ``score.py``.

Each gold line is processed as one article (its ``published`` as the date); predictions
are written as JSONL into ``--out`` and scored by the shared scorer, whose tables are printed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsevents.model import Article
from newsevents.pipeline import Pipeline

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {
    "petr2": ("events", EVAL / "events" / "petr2_gsr.jsonl"),
    "plover": ("events", EVAL / "events" / "plover_gsr.jsonl"),
    "polnear_dev": ("quotes", EVAL / "quotes" / "polnear_dev.jsonl"),
    "polnear_test": ("quotes", EVAL / "quotes" / "polnear_test.jsonl"),
    "tempeval3": ("dates", EVAL / "dates" / "tempeval3.jsonl"),
    "acled": ("acled", EVAL / "events" / "acled_dev.jsonl"),
    "lgl": ("places", EVAL / "places" / "lgl.jsonl"),
    "geovirus": ("places", EVAL / "places" / "geovirus.jsonl"),
}


def score_command(task: str, gold: Path, pred: Path) -> list[str]:
    """The shared scorer's command line for one task."""
    if task == "acled":
        return [sys.executable, str(EVAL / "score_acled.py"), "--gold", str(gold), "--pred", f"newsevents={pred}"]
    if task == "places":
        return [sys.executable, str(EVAL / "score_geo.py"), str(gold), str(pred)]
    return [sys.executable, str(EVAL / "score.py"), task, str(gold), str(pred)]


def predict(pipeline: Pipeline, gold: Path, out: Path) -> None:
    articles = []
    for line in gold.read_text(encoding="utf-8").split("\n"):  # not splitlines: U+2028 sits inside texts
        if line.strip():
            record = json.loads(line)
            articles.append(Article(id=str(record["id"]), text=record["text"], published=record.get("published")))
    with out.open("w", encoding="utf-8") as sink:
        for outcome in pipeline.process(articles):
            record = getattr(outcome, "record", None) or {"id": outcome.id, "events": [], "quotes": [], "timexes": []}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["petr2", "plover", "polnear_dev", "tempeval3"])
    parser.add_argument("--out", type=Path, default=None, help="folder for prediction files (default: temporary)")
    args = parser.parse_args()
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in args.sets:
            task, gold = SETS[name]
            pred = out_dir / f"pred_{name}.jsonl"
            predict(pipeline, gold, pred)
            print(f"== {name} ({task}) ==", flush=True)
            subprocess.run(score_command(task, gold, pred), check=True)


if __name__ == "__main__":
    main()
