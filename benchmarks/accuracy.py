"""Run newsevents on the shared gold sets and score each with ../shared/eval/score.py.

    python benchmarks/accuracy.py [--sets petr2 plover polnear_dev tempeval3] [--out DIR]

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
}


def predict(pipeline: Pipeline, gold: Path, out: Path) -> None:
    articles = []
    for line in gold.read_text(encoding="utf-8").splitlines():
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
            subprocess.run([sys.executable, str(EVAL / "score.py"), task, str(gold), str(pred)], check=True)


if __name__ == "__main__":
    main()
