"""Throughput of newsevents against bare spaCy on the same articles, in one run.

    python benchmarks/throughput.py [--n 300] [--corpus ../shared/corpora/bbc.jsonl]
                                    [--repeat 3] [--n-process 1] [--store]

Bare spaCy is ``nlp.pipe`` of the same model over the same texts; newsevents is the full
pipeline (actors, events, quotes, dates) producing output records, and with ``--store``
also writing them into a fresh SQLite file. Prints words/s for each, their ratio, and the
median over ``--repeat`` alternating runs (both models warmed up first).
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import spacy

from newsevents.config import Settings
from newsevents.model import Article
from newsevents.pipeline import Pipeline
from newsevents.runners.local import run_into_store

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc.jsonl"


def load_articles(corpus: Path, n: int) -> list[Article]:
    articles = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(Article(id=str(record["id"]), text=record["text"], published=record.get("published")))
            if len(articles) == n:
                break
    return articles


def time_bare(nlp: spacy.Language, texts: list[str], batch_size: int, n_process: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - started


def time_newsevents(pipeline: Pipeline, articles: list[Article], store: bool) -> float:
    started = time.perf_counter()
    if store:
        with tempfile.TemporaryDirectory() as folder:
            run_into_store(articles, Path(folder) / "bench.db", pipeline)
    else:
        for _ in pipeline.process(articles):
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=300, help="articles to process")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--store", action="store_true", help="also write the records into SQLite")
    args = parser.parse_args()

    settings = Settings(batch_size=args.batch_size, n_process=args.n_process)
    articles = load_articles(args.corpus, args.n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(settings.model)
    pipeline = Pipeline(settings)
    time_bare(bare, texts[:20], args.batch_size, 1)
    time_newsevents(pipeline, articles[:20], False)

    bare_times, ne_times = [], []
    for _ in range(args.repeat):
        bare_times.append(time_bare(bare, texts, args.batch_size, args.n_process))
        ne_times.append(time_newsevents(pipeline, articles, args.store))
    bare_wps = words / statistics.median(bare_times)
    ne_wps = words / statistics.median(ne_times)
    label = "newsevents" + (" + SQLite" if args.store else "")
    print(f"corpus {args.corpus.name}: {len(articles)} articles, {words:,} words; model {settings.model}; "
          f"n_process={args.n_process}, repeat={args.repeat}")
    print(f"{'system':<24}{'median s':>10}{'words/s':>10}")
    print(f"{'bare spaCy nlp.pipe':<24}{statistics.median(bare_times):>10.2f}{bare_wps:>10,.0f}")
    print(f"{label:<24}{statistics.median(ne_times):>10.2f}{ne_wps:>10,.0f}")
    print(f"ratio newsevents / spaCy: {ne_wps / bare_wps:.3f}")


if __name__ == "__main__":
    main()
