"""Start-up time and memory of the places stage and of the whole pipeline.

    python benchmarks/startup.py [--corpus ../shared/corpora/bbc.jsonl] [--n 100]

Prints, each measured in a fresh process: seconds to open the gazetteer and answer a first
lookup (its file already built), seconds to build the full pipeline (spaCy model and every
newsevents stage), and the peak resident memory (MB) after running ``--n`` articles through it.
The gazetteer file is built first if missing (reported separately, once per machine).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc.jsonl"

OPEN_GAZETTEER = """
import time; t = time.perf_counter()
from newsevents.geo.gazetteer import gazetteer
gazetteer().lookup("Kharkiv")
print(time.perf_counter() - t)
"""
BUILD_PIPELINE = """
import time; t = time.perf_counter()
from newsevents.pipeline import Pipeline
p = Pipeline(); p.extract("Protesters marched in Harare on Monday.", published="2025-06-05")
print(time.perf_counter() - t)
"""
RUN_ARTICLES = """
import json, resource, sys
from newsevents.model import Article
from newsevents.pipeline import Pipeline
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
for _ in Pipeline().process(Article(id=str(a["id"]), text=a["text"], published=a.get("published")) for a in arts):
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(code: str, *args: str) -> float:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from newsevents.geo.gazetteer import gazetteer; gazetteer()"], check=True)
    print(f"gazetteer file ready (built if missing): {time.perf_counter() - started:.1f} s")
    print(f"open gazetteer + first lookup: {run(OPEN_GAZETTEER):.2f} s")
    print(f"build pipeline + first article: {run(BUILD_PIPELINE):.2f} s")
    print(f"peak RSS after {args.n} articles: {run(RUN_ARTICLES, str(args.corpus), str(args.n)):.0f} MB")


if __name__ == "__main__":
    main()
