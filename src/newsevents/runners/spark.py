"""Run the newsevents pipeline on Apache Spark into a Parquet dataset (``pip install 'newsevents[spark]'``).

``run_spark(inputs, out)``:

1. lists the input files on the driver (local folders in name order, as ``newsevents run``
   walks them; other paths through Hadoop, so HDFS, S3 and globs work where the cluster is set
   up for them) and reads them with ``binaryFiles`` (JSONL, text, HTML, CSV: the same readers as
   ``run``) or as Parquet with a ``text`` column; each article gets its place in the input;
2. validates and hashes each article, keeps the first of identical texts and (``resume``)
   drops those already in the dataset;
3. runs the pipeline per partition (``mapPartitions``), one pipeline per Python worker,
   loaded once; an article that fails becomes a row of ``errors``, never a failed job;
4. writes the new rows into a staging folder, computes event identity over every report of
   the dataset (:mod:`newsevents.runners.spark_identity`), and commits (:class:`DatasetFiles`).

A run that stops before its commit leaves nothing visible: the next run removes its staging
folder; one that stops during the commit is finished by the next run.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from newsevents.config import Settings
from newsevents.errors import NewsEventsError
from newsevents.model import Article, InputFailure, Processed
from newsevents.runners.dataset import ARTICLE_TABLES, PARTITION, TABLES
from newsevents.runners.spark_files import STAGING, DatasetFiles

PARQUET_SUFFIXES = (".parquet", ".pq")
#: articles handed to the pipeline at a time on an executor (bounds a Python worker's memory)
CHUNK = 16


class SparkRunError(NewsEventsError):
    """The Spark run cannot start or its output folder cannot be used."""


@dataclass
class SparkSummary:
    """What one Spark run did."""

    articles: int = 0
    stored: int = 0
    skipped: int = 0
    errors: int = 0
    mentions: int = 0
    events: int = 0
    batch: int = 0
    out: str = ""
    failures: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.articles} articles ({self.stored} new, {self.skipped} already in {self.out}), "
                f"{self.mentions} event reports, {self.events} distinct events in the dataset, {self.errors} errors")


# --- on the executors -------------------------------------------------------------------------------------------

class _Executor:
    """The pipeline of one Python worker, built on first use and kept for its later tasks."""

    pipelines: dict[Settings, Any] = {}

    @classmethod
    def pipeline(cls, settings: Settings) -> Any:
        if settings not in cls.pipelines:
            from newsevents.pipeline import Pipeline

            cls.pipelines[settings] = Pipeline(settings)
        return cls.pipelines[settings]


def _read_file(entry: tuple[str, bytes], names: dict[str, tuple[int, str]], published: str | None
               ) -> Iterator[tuple[int, Any]]:
    """(ordinal, Article or InputFailure) for each article in one input file."""
    from newsevents.ingest.readers import read_file_bytes

    uri, data = entry
    index, name = names[_key(uri)]
    for n, item in enumerate(read_file_bytes(data, name, published)):
        yield (index << 32) | n, item


def _prepare(entry: tuple[int, Any], max_chars: int) -> tuple[str | None, tuple[int, Any]]:
    """(content hash or None for a failure, (ordinal, prepared article or failure))."""
    from newsevents.ingest.normalise import prepare

    ordinal, item = entry
    outcome = item if isinstance(item, InputFailure) else prepare(item, max_chars)
    return (outcome.hash if isinstance(outcome, Processed) else None), (ordinal, outcome)


def _process_partition(rows: Iterable[tuple[int, Any]], settings: Settings, batch: int, processed_at: str
                       ) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    """Each article's table rows; the pipeline handles (and records) every failure itself."""
    from newsevents.runners.dataset import outcome_rows

    ordinals: deque[int] = deque()
    failures: list[tuple[int, InputFailure]] = []

    def articles() -> Iterator[Article]:
        for ordinal, outcome in rows:
            if isinstance(outcome, InputFailure):
                failures.append((ordinal, outcome))
                continue
            ordinals.append(ordinal)
            yield outcome.article

    items = articles()
    while chunk := list(islice(items, CHUNK)):   # a few docs in memory at a time, as run's workers
        for outcome in _Executor.pipeline(settings).process(chunk):
            yield outcome_rows(outcome, batch, ordinals.popleft(), processed_at)
    for ordinal, failure in failures:
        yield outcome_rows(failure, batch, ordinal, processed_at)


# --- the driver -------------------------------------------------------------------------------------------------

def _spark_type(kind: str) -> Any:
    from pyspark.sql import types as T

    return {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(), "boolean": T.BooleanType()}[kind]


def schema(table: str) -> Any:
    """The Spark schema of one dataset table."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark_type(kind), True) for name, kind in TABLES[table]])


def bundle_schema(tables: tuple[str, ...]) -> Any:
    """One processed article: for each table, the list of its rows."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(t, T.ArrayType(schema(t), containsNull=False), False) for t in tables])


def spark_session(master: str | None, app_name: str = "newsevents", partitions: int | None = None,
                  conf: dict[str, str] | None = None) -> Any:
    """A SparkSession (``master`` None: whatever spark-submit or the environment configured)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkRunError("the Spark runner needs pyspark: pip install 'newsevents[spark]' "
                            "(and Java 17, e.g. apt-get install openjdk-17-jre-headless)") from exc
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # executors use this interpreter
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                "spark.sql.parquet.compression.codec": "zstd",
                "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
                "spark.python.worker.reuse": "true", "spark.sql.adaptive.enabled": "true"}
    if partitions:
        settings["spark.sql.shuffle.partitions"] = str(max(1, partitions))
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - Java missing or misconfigured: one clear line
        raise SparkRunError(f"cannot start Spark ({' '.join(str(exc).split())[:300]}); it needs Java 17 "
                            "(apt-get install openjdk-17-jre-headless) and JAVA_HOME or java on the PATH") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def _key(uri: str) -> str:
    """A file's path without scheme or escapes, the same from pathlib's URIs and from Hadoop's."""
    return unquote(urlparse(uri).path)


def _is_remote(path: str) -> bool:
    scheme = urlparse(path).scheme
    return len(scheme) > 1 and scheme != "file"


def list_inputs(spark: Any, inputs: Iterable[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """``(files, parquet)``: every input file as (URI, name as ``run`` prints it) in input order,
    and the Parquet inputs. Local folders are walked in name order, like ``run`` does."""
    from newsevents.ingest.readers import source_files

    files: list[tuple[str, str]] = []
    parquet: list[str] = []
    for source in inputs:
        if not _is_remote(source) and Path(source).exists():
            for file in source_files(Path(source)):
                if file.suffix.lower() in PARQUET_SUFFIXES:
                    parquet.append(file.resolve().as_uri())
                else:
                    files.append((file.resolve().as_uri(), str(file)))
            continue
        if source.rstrip("/").lower().endswith(PARQUET_SUFFIXES):
            parquet.append(source)
            continue
        jvm = spark._jvm
        pattern = jvm.org.apache.hadoop.fs.Path(source)
        fs = pattern.getFileSystem(spark._jsc.hadoopConfiguration())
        statuses = fs.globStatus(pattern) or []
        if not statuses:
            raise SparkRunError(f"no input at {source}")
        found = []
        for status in statuses:
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                path = listing.next().getPath().toString()
                name = path.rsplit("/", 1)[-1]
                if not name.startswith((".", "_")):
                    found.append(path)
        for path in sorted(found):
            (parquet.append(path) if path.lower().endswith(PARQUET_SUFFIXES) else files.append((path, path)))
    return files, parquet


def _parquet_articles(spark: Any, paths: list[str], first_index: int, published: str | None) -> Any:
    """(ordinal, Article or InputFailure) for each row of Parquet inputs with a ``text`` column."""
    from pyspark.sql import functions as F

    df = spark.read.parquet(*paths)
    if "text" not in df.columns:
        raise SparkRunError(f"Parquet input {', '.join(paths)} has no 'text' column")
    keep = [c for c in ("id", "title", "published", "url", "source") if c in df.columns]
    files = {p: i for i, p in enumerate(sorted({r[0] for r in df.select(F.input_file_name()).distinct().collect()}))}
    df = df.select("text", *keep, F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
    index_of = spark.sparkContext.broadcast({_key(p): i for p, i in files.items()})

    def to_item(row: Any) -> tuple[int, Any]:
        from newsevents.errors import InputError
        from newsevents.ingest.readers import record_article

        file_index = first_index + index_of.value.get(_key(row["_file"]), 0)
        origin = f"{row['_file']}:{row['_row'] + 1}"
        record = {k: row[k] for k in ("text", *keep) if row[k] is not None}
        fallback = f"{Path(urlparse(row['_file']).path).stem}:{row['_row'] + 1}"
        try:
            item: Any = record_article(record, fallback, origin, published)
        except InputError as exc:
            item = InputFailure(str(record.get("id") or fallback), origin, "read", str(exc))
        return (file_index << 32) | int(row["_row"]), item

    return df.rdd.map(to_item)


def _existing(spark: Any, files: DatasetFiles, table: str) -> Any:
    """A committed table of the dataset (an empty one when there is none yet)."""
    if files.exists(table) and files.files(table):
        return spark.read.schema(schema(table)).parquet(files.uri(table))
    return spark.createDataFrame([], schema(table))


def _write(df: Any, files: DatasetFiles, rel: str, table: str, partitioned: bool = True) -> None:
    writer = df.write.mode("overwrite")
    if partitioned and any(name == PARTITION for name, _ in TABLES[table]):
        writer = writer.partitionBy(PARTITION)
    writer.parquet(files.uri(rel))


def run_spark(inputs: list[str], out: str, master: str | None = "local[*]", partitions: int | None = None,
              resume: bool = False, settings: Settings | None = None, published: str | None = None,
              spark: Any = None) -> SparkSummary:
    """Process ``inputs`` on Spark into the Parquet dataset ``out`` (see the module docstring).

    ``resume`` adds to an existing dataset, skipping the articles it holds; without it an
    existing dataset is refused. ``spark``: a session to use instead of starting one.
    """
    settings = settings or Settings()
    session = spark or spark_session(master, partitions=partitions)
    sc = session.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism)
    files = DatasetFiles(session, out)
    files.recover()
    if files.has_data() and not resume:
        raise SparkRunError(f"{out} already holds a newsevents dataset: add --resume to add to it "
                            "(articles already there are skipped), or give another --out")
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    old_articles = _existing(session, files, "articles")
    batch = (old_articles.agg(F.max("batch")).first()[0] + 1) if files.has_data() else 0
    processed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")

    input_files, parquet = list_inputs(session, inputs)
    names = {_key(uri): (i, name) for i, (uri, name) in enumerate(input_files)}
    parts = []
    if input_files:
        raw = sc.binaryFiles(",".join(uri for uri, _ in input_files), minPartitions=min(len(input_files), partitions))
        parts.append(raw.flatMap(lambda entry: _read_file(entry, names, published)))
    if parquet:
        parts.append(_parquet_articles(session, parquet, len(input_files), published))
    if not parts:
        raise SparkRunError("no input files found in " + ", ".join(inputs))
    items = parts[0] if len(parts) == 1 else sc.union(parts)
    max_chars = settings.max_chars
    prepared = items.map(lambda entry: _prepare(entry, max_chars))
    failed = prepared.filter(lambda kv: kv[0] is None).values()
    unique = prepared.filter(lambda kv: kv[0] is not None).reduceByKey(lambda a, b: a if a[0] <= b[0] else b,
                                                                       numPartitions=partitions)
    total = items.count()
    if files.has_data():
        known = old_articles.select("hash").rdd.map(lambda r: (r[0], None))
        fresh = unique.subtractByKey(known, numPartitions=partitions)
    else:
        fresh = unique
    work = fresh.values().union(failed).repartition(partitions)
    # each article's rows of every table in one row: Python makes them once, the JVM keeps them
    # (columnar, spilling to disk) and splits them into the tables
    tables = (*ARTICLE_TABLES, "errors")
    bundles = work.mapPartitions(lambda rows: _process_partition(rows, settings, batch, processed_at)) \
        .map(lambda b: tuple(b.get(t, []) for t in tables))
    processed = session.createDataFrame(bundles, bundle_schema(tables)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in tables:
            rows = processed.select(F.explode(table).alias("r")).select("r.*")
            target = {"event_mentions": "_raw_mentions", "errors": "_new_errors"}.get(table, table)
            _write(rows, files, f"{STAGING}/{target}", table)
    finally:
        processed.unpersist()
    summary = _identity_and_errors(session, files, old_articles)
    files.commit(batch)
    new_articles = session.read.schema(schema("articles")).parquet(files.uri("articles")).where(F.col("batch") == batch)
    summary.stored = new_articles.count()
    summary.articles, summary.batch, summary.out = total, batch, out
    summary.skipped = total - summary.stored - summary.errors
    return summary


def _identity_and_errors(session: Any, files: DatasetFiles, old_articles: Any) -> SparkSummary:
    """Event identity over every report of the dataset, and its errors table, into staging."""
    from pyspark.sql import functions as F

    from newsevents.runners.spark_copies import story_outlets
    from newsevents.runners.spark_identity import event_identity

    read = session.read
    new_articles = read.schema(schema("articles")).parquet(files.uri(f"{STAGING}/articles"))
    raw = read.schema(schema("event_mentions")).parquet(files.uri(f"{STAGING}/_raw_mentions"))
    old_mentions = _existing(session, files, "event_mentions")
    keep = ["hash", "batch", "ordinal", "title", "processed_at", "text", "source"]
    articles = old_articles.select(*keep).unionByName(new_articles.select(*keep))
    events, links = event_identity(old_mentions.unionByName(raw), articles, story_outlets(articles))
    columns = [name for name, _ in TABLES["event_mentions"]]
    linked = raw.drop("event_id").join(links, ["article_hash", "seq"]).select(*columns)
    _write(linked, files, f"{STAGING}/event_mentions", "event_mentions")
    _write(events.repartition(PARTITION), files, f"{STAGING}/events", "events")

    # errors: every recorded failure once (the latest), none for an article that is now stored
    new_errors = read.schema(schema("errors")).parquet(files.uri(f"{STAGING}/_new_errors"))
    stored = (old_articles.select("origin", "id").unionByName(new_articles.select("origin", "id"))
              .select(F.coalesce("origin", "id").alias("origin"), F.col("id").alias("article_id")))
    errors = (_existing(session, files, "errors").unionByName(new_errors)
              .groupBy("origin", "article_id").agg(F.max_by(F.struct(*[c for c, _ in TABLES["errors"]]),
                                                            "created_at").alias("e")).select("e.*")
              .join(stored, ["origin", "article_id"], "left_anti"))
    _write(errors.coalesce(1), files, f"{STAGING}/errors", "errors")
    summary = SparkSummary()
    written = read.schema(schema("errors")).parquet(files.uri(f"{STAGING}/errors"))
    summary.errors = new_errors.count()
    summary.failures = [r.asDict() for r in new_errors.limit(1000).collect()]
    summary.mentions = raw.count()
    summary.events = read.schema(schema("events")).parquet(files.uri(f"{STAGING}/events")).count()
    del written
    return summary
