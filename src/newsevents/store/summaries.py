"""The store's summary tables (kept by triggers), rebuilt from the rows they count.

Triggers keep ``place_counts``, ``actor_counts``, ``actor_names``, ``event_days``,
``dyad_counts``, ``event_place_counts`` and the ``mention_actors_fts`` index in step with every
write. :func:`rebuild_summaries` recomputes them all at once: the v7 migration uses it, and so
may a bulk load that wrote rows with the triggers dropped (``benchmarks/store_scale.py``).
"""
from __future__ import annotations

import sqlite3

_OCCURRED = "modality IN ('asserted', 'reported')"

#: table -> the statement that fills it from the base tables
REBUILD = {
    "place_counts": (
        "INSERT INTO place_counts (name, country, adm1, feature, lat, lon, mentions, articles)"
        " SELECT coalesce(name, text), coalesce(country, ''), coalesce(adm1, ''), coalesce(feature, ''),"
        " min(lat), min(lon), count(*), count(DISTINCT article_hash) FROM places GROUP BY 1, 2, 3, 4"),
    "actor_counts": (
        "INSERT INTO actor_counts (code, mentions, articles, as_source, as_target, happened)"
        " SELECT code, sum(mentions), sum(articles), sum(as_source), sum(as_target), sum(happened) FROM ("
        "  SELECT code, count(*) AS mentions, count(DISTINCT article_hash) AS articles, 0 AS as_source,"
        "         0 AS as_target, 0 AS happened FROM actor_mentions WHERE code IS NOT NULL GROUP BY code"
        "  UNION ALL SELECT source, 0, 0, count(*), 0, sum(" + _OCCURRED + ") FROM events"
        "   WHERE source IS NOT NULL GROUP BY source"
        "  UNION ALL SELECT target, 0, 0, 0, count(*), sum(" + _OCCURRED + ") FROM events"
        "   WHERE target IS NOT NULL GROUP BY target) GROUP BY code"),
    "actor_names": (
        "INSERT INTO actor_names (code, name, canonical, mentions)"
        " SELECT code, name, 1, count(*) FROM actor_mentions WHERE code IS NOT NULL AND name IS NOT NULL"
        "  GROUP BY code, name"
        " UNION ALL SELECT code, text, 0, count(*) FROM actor_mentions WHERE code IS NOT NULL GROUP BY code, text"),
    "event_days": (
        "INSERT INTO event_days (date, root, quad_class, modality, count)"
        " SELECT coalesce(date, ''), root, coalesce(quad_class, 0), modality, count(*) FROM events GROUP BY 1, 2, 3, 4"),
    "dyad_counts": (
        "INSERT INTO dyad_counts (source, target, count, goldstein)"
        " SELECT source, target, count(*), sum(coalesce(goldstein, 0)) FROM events"
        f" WHERE source IS NOT NULL AND target IS NOT NULL AND {_OCCURRED} GROUP BY source, target"),
    "event_place_counts": (
        "INSERT INTO event_place_counts (name, country, feature, quad_class, lat, lon, count)"
        " SELECT place_name, coalesce(place_country, ''), coalesce(place_feature, ''), coalesce(quad_class, 0),"
        " min(place_lat), min(place_lon), count(*) FROM events WHERE place_name IS NOT NULL"
        f" AND place_lat IS NOT NULL AND place_lon IS NOT NULL AND {_OCCURRED} GROUP BY 1, 2, 3, 4"),
}


def rebuild_summaries(conn: sqlite3.Connection, tables: tuple[str, ...] = tuple(REBUILD)) -> None:
    """Recompute the summary tables (and the actor-words index) from the rows; inside the caller's transaction."""
    for table in tables:
        conn.execute(f"DELETE FROM {table}")
        conn.execute(REBUILD[table])
    conn.execute("INSERT INTO mention_actors_fts(mention_actors_fts) VALUES ('rebuild')")
