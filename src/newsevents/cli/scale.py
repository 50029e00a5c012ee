"""``newsevents spark``: the pipeline on Apache Spark into a Parquet dataset (``pip install 'newsevents[spark]'``)."""
from __future__ import annotations

import sys

import click

from newsevents.cli.common import (
    actors_option,
    check_user_files,
    make_settings,
    model_option,
    patterns_option,
    published_option,
)
from newsevents.cli.group import main
from newsevents.config import Settings


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Output folder (local, hdfs://…, s3a://…): a Parquet dataset.")
@click.option("--master", default=None,
              help="Spark master: local[*] (default when not run by spark-submit), local[2], spark://HOST:7077, yarn.")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions the articles are spread over (default: the cluster's parallelism).")
@click.option("--resume", is_flag=True, help="Add to an existing dataset, skipping the articles it holds.")
@published_option
@click.option("--max-chars", type=int, default=Settings().max_chars, show_default=True,
              help="Refuse articles longer than this.")
@model_option
@actors_option
@patterns_option
def spark(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None, resume: bool,
          published: str | None, max_chars: int, model: str | None, actors: tuple[str, ...],
          patterns: tuple[str, ...]) -> None:
    """Process INPUTS (JSONL, text, HTML, CSV, Parquet with a text column; files, folders, globs, HDFS/S3 paths)
    on Apache Spark into a Parquet dataset in OUT, partitioned by publication date.

    Failures are rows of the dataset's errors table (exit status 1), never a failed job.
    `newsevents import OUT --db FILE` loads the dataset into a store; DuckDB, pandas and Spark
    read it as it is (docs/scale.md).
    """
    from newsevents.runners.spark import run_spark

    settings = make_settings(model, actors, patterns, max_chars=max_chars)
    check_user_files((*settings.actors_files, *settings.patterns_files))
    if master is None and "SPARK_ENV_LOADED" not in __import__("os").environ:
        master = "local[*]"
    summary = run_spark(list(inputs), out, master=master, partitions=partitions, resume=resume, settings=settings,
                        published=published)
    for failure in summary.failures:
        click.echo(f"error {failure['article_id']} ({failure['origin']}) at {failure['stage']}: {failure['message']}",
                   err=True)
    click.echo(summary.line(), err=True)
    sys.exit(1 if summary.errors else 0)
