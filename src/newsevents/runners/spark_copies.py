"""Wire copies over a Spark dataset: the store's rule (store/copies.py) as a set computation.

The store links each article, in the order articles are stored, to the story of the earlier
article that shares an LSH band with it and overlaps it most (exact overlap at the threshold
or above; ties: the earliest). Here the fingerprints and band keys are made on the executors,
candidate pairs (a later and an earlier article sharing a band) come from a join on the band
keys, every article's best earlier match is chosen on the executors with the store's own
:func:`~newsevents.ingest.copies.best_match`, and the few matches found are walked in
article order on the driver, so a copy of a copy joins the first article's story as in the
store. The result gives every linked article the outlet its story counts as.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


def _prints(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """(hash, ord, shingles, signature, band key) for each band of each article long enough to link."""
    from newsevents.ingest.copies import band_keys, fingerprint

    for row in rows:
        print_ = fingerprint(row["text"] or "")
        if print_ is None:
            continue
        for key in band_keys(print_):
            yield (row["hash"], row["batch"], row["ordinal"], print_.shingles, print_.to_blob(), key)


def _best(group: tuple[Any, list[Any]]) -> tuple[str, str, float] | None:
    """The earlier article one article copies (the store's choice), or None."""
    from newsevents.ingest.copies import Fingerprint, best_match, shingle_hashes

    _, rows = group
    rows = sorted(rows, key=lambda r: (r["y_batch"], r["y_ordinal"]))  # the store's candidate order
    first = rows[0]
    hashes = shingle_hashes(first["x_text"])
    print_ = Fingerprint.from_blob(first["x_shingles"], first["x_signature"])
    candidates = {r["y"]: Fingerprint.from_blob(r["y_shingles"], r["y_signature"]) for r in rows}
    texts = {r["y"]: r["y_text"] for r in rows}
    found = best_match(hashes, print_, candidates, texts.__getitem__)
    return (first["x"], found[0], found[1]) if found else None


def story_outlets(articles: Any) -> Any:
    """``(article_hash, story_outlet)`` for every article that is linked to a story.

    ``articles`` has ``hash``, ``text``, ``source``, ``batch`` and ``ordinal``; the outlet an
    article of a story counts as is its story's first article's (source, or hash when unnamed).
    """
    from pyspark.sql import functions as F

    session = articles.sparkSession
    columns = ["hash", "batch", "ordinal", "shingles", "signature", "key"]
    bands = session.createDataFrame(articles.select("hash", "text", "batch", "ordinal").rdd.mapPartitions(_prints),
                                    "hash string, batch long, ordinal long, shingles long, signature binary, key long")
    x = bands.select(*(F.col(c).alias(f"x_{c}" if c != "hash" else "x") for c in columns))
    y = bands.select(*(F.col(c).alias(f"y_{c}" if c != "hash" else "y") for c in columns))
    later = F.struct("x_batch", "x_ordinal") > F.struct("y_batch", "y_ordinal")
    pairs = (x.join(y, (F.col("x_key") == F.col("y_key")) & later).drop("x_key", "y_key").dropDuplicates(["x", "y"]))
    text = articles.select("hash", "text")
    pairs = (pairs.join(text.select(F.col("hash").alias("x"), F.col("text").alias("x_text")), "x")
                  .join(text.select(F.col("hash").alias("y"), F.col("text").alias("y_text")), "y"))
    matches = pairs.rdd.groupBy(lambda r: r["x"]).map(_best).filter(lambda m: m is not None).collect()
    linked = sorted({h for m in matches for h in m[:2]})
    order = {r["hash"]: (r["batch"], r["ordinal"], r["source"]) for r in
             articles.where(F.col("hash").isin(linked)).select("hash", "batch", "ordinal", "source").collect()}
    story: dict[str, str] = {}
    for copy, original, _ in sorted(matches, key=lambda m: order[m[0]][:2]):
        story[copy] = story.get(original, original)
        story.setdefault(story[copy], story[copy])
    rows = [(h, order[s][2] if order[s][2] is not None else s) for h, s in story.items()]
    return session.createDataFrame(rows, "article_hash string, story_outlet string")
