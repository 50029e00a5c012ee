"""One event with every report of it, built from the store's query functions."""
from __future__ import annotations

import sqlite3
from typing import Any

from newsevents.store.queries import event_counts, query_mentions

#: fields an event shares with each of its mentions (its identity and codes)
EVENT_FIELDS = ("source", "target", "cameo", "root", "name", "plover", "quad_class", "goldstein", "date",
                "modality", "place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_feature")


def event_detail(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """The event ``event_id`` with its counts and all its mentions (evidence included), or None."""
    mentions = query_mentions(conn, event_id)
    if not mentions:
        return None
    first = mentions[0]
    event: dict[str, Any] = {"event_id": event_id, **{k: first.get(k) for k in EVENT_FIELDS}}
    event["num_mentions"] = len(mentions)
    event["num_articles"] = len({m["article_hash"] for m in mentions})
    event["num_sources"] = (event_counts(conn, event_id) or {}).get("num_sources")  # wire copies count once
    # reports in articles that are wire copies of a story another article of this event also carries
    stories = [m["article_story"] for m in mentions if m.get("article_story")]
    event["num_copies"] = len({m["article_hash"] for m in mentions if m.get("article_story")}) - len(set(stories))
    event["mentions"] = mentions
    return event
