"""Places named in the stored articles, with how often they were named and how many events happened there."""
from __future__ import annotations

import sqlite3
from typing import Any

from newsevents.store.sql import LIKE_ESCAPE, Where, like_escape

#: a place's precision, finest first (the gazetteer's features)
FEATURES = ("city", "adm2", "adm1", "country", "continent", "region", "sea", "lake")
#: place list orders users may ask for -> SQL
PLACE_SORTS = {"mentions": "mentions DESC, name, country", "articles": "articles DESC, name, country",
               "name": "name, country, adm1"}

#: located events said to have happened at the place (the trigger-kept event_place_counts)
_EVENTS_THERE = ("(SELECT coalesce(sum(c.count), 0) FROM event_place_counts c WHERE c.name = p.name"
                 " AND c.country = p.country{})")


def query_places(conn: sqlite3.Connection, name: str | None = None, country: str | None = None,
                 feature: str | None = None, since: str | None = None, until: str | None = None,
                 sort: str = "mentions", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Places named in the articles, most named first: ``name``, ``country`` (ISO3), ``adm1``,
    ``feature`` (precision), ``lat``/``lon``, ``mentions``, ``articles`` and ``events`` (located
    events said to have happened there).

    ``name`` matches words of the place's name (case-insensitive substring), ``country`` its
    ISO3 code, ``feature`` its precision. Without dates the counts come from the ``place_counts``
    table the store keeps; with ``since``/``until`` (publication dates) they are counted over
    those articles.
    """
    if sort not in PLACE_SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(PLACE_SORTS)}")
    if feature and feature not in FEATURES:
        raise ValueError(f"unknown feature {feature!r}; choose one of {', '.join(FEATURES)}")
    where = Where()
    if name:
        where.add(f"lower(name) LIKE ? {LIKE_ESCAPE}", "%" + like_escape(name.lower()) + "%")
    if country:
        where.add("country = ?", country.upper())
    if feature:
        where.add("feature = ?", feature)
    if since or until:
        dated = Where().date_range("a.published", since, until)
        source = ("(SELECT coalesce(pl.name, pl.text) AS name, coalesce(pl.country, '') AS country,"
                  " coalesce(pl.adm1, '') AS adm1, coalesce(pl.feature, '') AS feature, min(pl.lat) AS lat,"
                  " min(pl.lon) AS lon, count(*) AS mentions, count(DISTINCT pl.article_hash) AS articles"
                  f" FROM places pl JOIN articles a ON a.hash = pl.article_hash{dated.sql()} GROUP BY 1, 2, 3, 4)")
        params = [*dated.params, *where.params]
    else:
        source, params = "place_counts", list(where.params)
    events = _EVENTS_THERE.format("")
    sql = (f"SELECT p.name, nullif(p.country, '') AS country, nullif(p.adm1, '') AS adm1,"
           f" nullif(p.feature, '') AS feature, p.lat, p.lon, p.mentions, p.articles, {events} AS events"
           f" FROM (SELECT * FROM {source}{where.sql()} ORDER BY {PLACE_SORTS[sort]} LIMIT ? OFFSET ?) p"
           f" ORDER BY {PLACE_SORTS[sort]}")
    return [dict(r) for r in conn.execute(sql, [*params, limit, offset])]
