"""Cross-article event identity as a Spark aggregation: the store's rule (store/identity.py), over a dataset.

The store links each report, in input order, to the first stored event with the same
source, target, CAMEO code and date, the same kind of modality (asserted and reported are one
kind) and a place that agrees where both know one; an event whose place was unknown takes the
place of the first report that knows one; a wire copy counts as the outlet of its story's
first article in ``num_sources``. Written as a set computation over a group of such
reports (same identity, in input order):

* the group's first known place ``P1`` is the place of its first report that names one;
* every report without a place, or at ``P1``, belongs to the group's first event;
* every other place ``p`` is an event of its own, holding the reports at ``p``;
* an event's place is that of its first report naming one (else its first report's);
  its modality is ``asserted`` if any report asserts it; its codes and evidence are its
  first report's.

Event ids are a 63-bit hash of the event's first report (article hash, report number): later
runs only add reports after the earlier ones, so an id never changes once given.
"""
from __future__ import annotations

from typing import Any

from newsevents.export.rows import EVENT_COLUMNS

#: modalities that say the event happened; reports with either are the same event
OCCURRED = ("asserted", "reported")
_PLACE = ("place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_feature")
#: columns of an event taken from its first report
_FIRST = ("date", "source", "source_text", "cameo", "name", "target", "target_text", "root", "plover", "quad_class",
          "goldstein", "modality", "article_id", "article_hash", "url", "published", "article_source", "title",
          "sentence", "start", "end", "trigger", "rule", "confidence", "date_source", "place_source", "in_lead",
          "evidence")
MAX_ID = 0x7FFFFFFFFFFFFFFF


def event_identity(mentions: Any, articles: Any, stories: Any | None = None) -> tuple[Any, Any]:
    """``(events, links)`` for every report in ``mentions``.

    ``mentions`` has the ``event_mentions`` columns, ``articles`` at least ``hash``, ``batch``,
    ``ordinal``, ``title`` and ``processed_at``. ``stories`` (optional) is ``(article_hash,
    story_outlet)`` for the articles linked as wire copies (``runners/spark_copies.py``): each
    counts as that outlet in ``num_sources``, as in the store. ``events`` has the export's event
    columns; ``links`` is ``(article_hash, seq, event_id)`` for every report.
    """
    from pyspark.sql import functions as F

    a = articles.select(F.col("hash").alias("article_hash"), "batch", "ordinal", "title",
                        F.col("processed_at").alias("article_processed_at"))
    m = mentions.drop("event_id", "title").join(a, "article_hash")
    if stories is not None:
        m = m.join(F.broadcast(stories), "article_hash", "left")
    else:
        m = m.withColumn("story_outlet", F.lit(None).cast("string"))
    occurred = F.when(F.col("modality").isin(*OCCURRED), F.lit("occurred")).otherwise(F.col("modality"))
    m = (m.withColumn("ord", F.struct("batch", "ordinal", "seq"))
          .withColumn("gkey", F.to_json(F.struct("source", "target", "cameo", "date", occurred.alias("kind")))))
    known = F.col("place_name").isNotNull()
    first_place = (m.where(known).groupBy("gkey")
                    .agg(F.min_by(F.struct(F.col("place_name").alias("p1_name"),
                                           F.col("place_country").alias("p1_country")), "ord").alias("p1"))
                    .select("gkey", "p1.p1_name", "p1.p1_country"))
    m = m.join(first_place, "gkey", "left")
    to_first = known.__invert__() | ((F.col("place_name") == F.col("p1_name"))
                                     & F.col("place_country").eqNullSafe(F.col("p1_country")))
    m = m.withColumn("ekey", F.to_json(F.struct(
        "gkey", F.when(to_first, F.col("p1_name")).otherwise(F.col("place_name")).alias("name"),
        F.when(to_first, F.col("p1_country")).otherwise(F.col("place_country")).alias("country"))))
    grouped = m.groupBy("ekey").agg(
        F.min_by(F.struct(*_FIRST), "ord").alias("first"),
        F.min_by(F.struct(*_PLACE), "ord").alias("first_place"),
        F.min_by(F.struct(*_PLACE), F.when(known, F.col("ord"))).alias("known_place"),
        F.min_by(F.struct("article_hash", "seq"), "ord").alias("first_report"),
        F.count(F.lit(1)).alias("num_mentions"),
        F.countDistinct("article_hash").alias("num_articles"),
        F.countDistinct(F.coalesce("story_outlet", "article_source", "article_hash")).alias("num_sources"),
        F.max((F.col("modality") == "asserted").cast("int")).alias("asserted"),
        F.min("article_processed_at").alias("first_seen"),
    )
    grouped = grouped.withColumn("event_id", F.xxhash64("first_report.article_hash", "first_report.seq")
                                 .bitwiseAND(F.lit(MAX_ID)))
    place = {c: F.coalesce(F.col(f"known_place.{c}"), F.when(F.col("known_place").isNull(), F.col(f"first_place.{c}")))
             for c in _PLACE}
    columns = {c: F.col(f"first.{c}") for c in _FIRST}
    columns["modality"] = F.when(F.col("asserted") == 1, F.lit("asserted")).otherwise(F.col("first.modality"))
    columns.update(place)
    columns.update({c: F.col(c) for c in ("event_id", "num_mentions", "num_articles", "num_sources", "first_seen")})
    events = grouped.select(*(columns[c].alias(c) for c in EVENT_COLUMNS))
    links = m.join(grouped.select("ekey", "event_id"), "ekey").select("article_hash", "seq", "event_id")
    return events, links
