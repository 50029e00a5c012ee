"""Scaling: bare spaCy, `run --workers 1/2` and Spark `local[1]`/`local[2]` on the same articles.

    python benchmarks/scale.py --n 2000                  # the issue's measurement (about 30 minutes on 2 cores)
    python benchmarks/scale.py --n 200 --skip spark      # a quick look

Each configuration runs in a fresh process of its own (``--one``), so memory and caches do
not leak between them; the model loads before the clock starts (Spark's session start is
timed apart). Prints words/s, the ratios the issue asks for (newsevents/bare at equal
workers, 2 workers/1 worker, Spark/local), peak RSS per worker, and projections for a day of
150,000 articles of 550 words.

Articles: the first N of ../shared/corpora/bbc.jsonl, then the other corpora, repeated (with
a marker, so no text repeats) when N is larger than what they hold.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = ("bbc.jsonl", "guardian_sdf.jsonl", "lee.jsonl")
DAY_ARTICLES, DAY_WORDS = 150_000, 550
CONFIGS = ("bare1", "bare2", "run1", "run2", "spark1", "spark2")


def articles(n: int) -> list[dict]:
    """N article records (id, text, published, source)."""
    pool: list[dict] = []
    for name in CORPORA:
        with (SHARED / name).open(encoding="utf-8") as lines:
            pool.extend(json.loads(line) for line in lines if line.strip())
    out = []
    for i in range(n):
        record = dict(pool[i % len(pool)])
        if i >= len(pool):  # a repeat: make the text new so the store does not skip it
            record["text"] = f"{record['text']}\n\n(Copy {i // len(pool)}.)"
            record["id"] = f"{record['id']}#{i // len(pool)}"
        record["published"] = record.get("published") or "2005-02-01"
        out.append(record)
    return out


def words(records: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in records)


def _hwm_kb(pid: int) -> int:
    """Peak resident memory (VmHWM) of a process, in kB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pyspark_workers() -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmd = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            program = cmd.split(b"\0", 1)[0]
            if b"python" in program and b"pyspark" in cmd and (b"daemon" in cmd or b"worker" in cmd):
                pids.append(int(proc.name))   # Python workers (and their daemon), not the JVM
    return pids


def one(config: str, path: Path) -> dict:
    """Run one configuration over the articles in ``path``; what it measured."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records]
    result: dict = {"config": config, "articles": len(records), "words": words(records)}
    if config.startswith("bare"):
        import spacy

        from newsevents.config import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)
        nlp.max_length = 2_000_000
        n_process = int(config[-1])
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
            pass
        result["seconds"] = time.perf_counter() - started
        result["rss_mb"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
    elif config.startswith("run"):
        from newsevents.config import Settings
        from newsevents.ingest import read_sources
        from newsevents.pipeline import Pipeline
        from newsevents.runners.local import run_into_store
        from newsevents.runners.parallel import ParallelPipeline

        workers = int(config[-1])
        processor = Pipeline(Settings()) if workers == 1 else ParallelPipeline(Settings(), workers=workers).start()
        db = Path(tempfile.mkdtemp()) / "scale.db"
        started = time.perf_counter()
        summary = run_into_store(read_sources([path]), db, processor)
        result["seconds"] = time.perf_counter() - started
        if workers == 1:
            result["rss_mb"] = [_hwm_kb(os.getpid()) / 1024]
        else:
            result["rss_mb"] = [_hwm_kb(pid) / 1024 for pid in processor.worker_pids()]
            result["writer_rss_mb"] = _hwm_kb(os.getpid()) / 1024
            processor.close()
        result["stored"], result["errors"] = summary.stored, summary.errors
    else:
        from newsevents.runners.spark import run_spark, spark_session

        cores = int(config[-1])
        started = time.perf_counter()
        spark = spark_session(f"local[{cores}]", partitions=max(2, cores * 2))
        result["session_seconds"] = time.perf_counter() - started
        out = Path(tempfile.mkdtemp()) / "dataset"
        started = time.perf_counter()
        summary = run_spark([str(path)], str(out), partitions=max(2, cores * 2), spark=spark)
        result["seconds"] = time.perf_counter() - started
        result["rss_mb"] = [_hwm_kb(pid) / 1024 for pid in _pyspark_workers()]
        result["stored"], result["errors"] = summary.stored, summary.errors
        spark.stop()
    result["words_per_s"] = result["words"] / result["seconds"]
    return result


def _print(results: dict[str, dict]) -> None:
    rate = {c: r["words_per_s"] for c, r in results.items()}
    print(f"\n{next(iter(results.values()))['articles']} articles, {next(iter(results.values()))['words']:,} words\n")
    print("| configuration | words/s | seconds | peak RSS per worker (MB) |")
    print("|---|---|---|---|")
    for c, r in results.items():
        rss = ", ".join(f"{m:.0f}" for m in r["rss_mb"]) or "—"
        extra = f" (+{r['session_seconds']:.0f} s session start)" if "session_seconds" in r else ""
        print(f"| {c} | {r['words_per_s']:,.0f} | {r['seconds']:.1f}{extra} | {rss} |")
    print()

    def ratio(a: str, b: str, label: str) -> None:
        if a in rate and b in rate:
            print(f"{label}: {rate[a] / rate[b]:.2f}")
    ratio("run1", "bare1", "newsevents / bare spaCy, 1 worker (target >= 0.8)")
    ratio("run2", "bare2", "newsevents / bare spaCy, 2 workers (target >= 0.8)")
    ratio("bare2", "bare1", "bare spaCy 2 processes / 1")
    ratio("run2", "run1", "run: 2 workers / 1 worker (target >= 1.6)")
    ratio("spark2", "spark1", "Spark local[2] / local[1]")
    ratio("spark2", "run2", "Spark local[2] / run --workers 2 (target >= 0.75)")
    day = DAY_ARTICLES * DAY_WORDS
    if "run1" in rate:
        per_core = rate["run1"]
        efficiency = min(1.0, rate["run2"] / (2 * per_core)) if "run2" in rate else 1.0
        print(f"\nA day of {DAY_ARTICLES:,} articles of {DAY_WORDS} words ({day:,} words), from the per-core rate "
              f"{per_core:,.0f} words/s and the measured 2-worker efficiency {efficiency:.2f}:")
        if "run2" in rate:
            print(f"  this 2-core machine (run --workers 2): {day / rate['run2'] / 3600:.1f} h (target < 12 h)")
        print(f"  one 16-core machine: {day / (per_core * 16 * efficiency) / 3600:.1f} h")
        spark_eff = rate["spark2"] / rate["run2"] if "spark2" in rate and "run2" in rate else 1.0
        print(f"  a 10-node cluster of 16 cores (Spark, {spark_eff:.2f} of local): "
              f"{day / (per_core * 160 * efficiency * spark_eff) / 3600:.2f} h")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles")
    parser.add_argument("--skip", nargs="*", default=[], choices=["bare", "run", "spark"], help="leave these out")
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.input)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="newsevents_scale_"))
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in articles(args.n)), encoding="utf-8")
    results = {}
    for config in CONFIGS:
        if any(config.startswith(s) for s in args.skip):
            continue
        done = subprocess.run([sys.executable, __file__, "--one", config, "--input", str(path)], capture_output=True,
                              text=True)
        if done.returncode != 0:
            print(f"{config} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        results[config] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{config}: {results[config]['words_per_s']:,.0f} words/s", file=sys.stderr, flush=True)
    _print(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
