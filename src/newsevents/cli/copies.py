"""The ``copies`` command: wire stories carried by more than one article of a store."""
from __future__ import annotations

import sys
from typing import Any

import click
from rich.table import Table

from newsevents.cli.common import db_option
from newsevents.cli.group import main
from newsevents.output import FORMATS, plain, print_table, snippet, write_rows
from newsevents.store.copies import copy_clusters
from newsevents.store.db import open_store


def _rows(clusters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per article: its story, the story's size, and the article's id, outlet, title and overlap."""
    return [{"story": c["story"], "size": c["size"], "outlets": c["outlets"], "article_hash": a["hash"],
             "article_id": a["id"], "source": a["source"], "title": a["title"], "published": a["published"],
             "overlap": a["overlap"]} for c in clusters for a in c["articles"]]


@main.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Most stories to list.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for reading; json (one object per story), jsonl or csv (one row per article).")
def copies(db: str, limit: int, fmt: str) -> None:
    """Wire stories that more than one article of DB carries (near-copies linked at ingest), largest first.

    An event reported by several copies of one story counts as one source (num_sources);
    num_articles still counts every article.
    """
    conn = open_store(db, readonly=True)
    try:
        clusters = copy_clusters(conn, limit)
    finally:
        conn.close()
    if fmt == "json":
        write_rows(clusters, "json", sys.stdout)
    elif fmt != "table":
        write_rows(_rows(clusters), fmt, sys.stdout)
    else:
        table = Table(title=f"{len(clusters)} wire stories with copies")
        for column in ("story", "article", "source", "title", "overlap"):
            table.add_column(column, overflow="fold", max_width=60)
        for row in _rows(clusters):
            overlap = "first" if row["article_hash"] == row["story"] else f"{row['overlap']:.2f}"
            table.add_row(row["story"][:10], plain(row["article_id"]), plain(row["source"] or ""),
                          plain(snippet(row["title"] or "", 60)), overlap)
        print_table(table, sys.stdout)
