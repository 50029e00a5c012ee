"""Turn a processed ``Doc`` into the output record of docs/design.md (plain dicts)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: fields of an actor mention that go into the output record
_ACTOR_FIELDS = ("text", "start", "end", "code", "name", "kind")
#: fields of a place that go into the output record
_PLACE_FIELDS = ("text", "start", "end", "name", "country", "adm1", "lat", "lon", "feature")
#: optional fields of a place, kept when the place stage gives them
_PLACE_EXTRAS = ("kind", "why", "source", "actor", "geonameid")


def doc_to_record(doc: Doc, article_id: str) -> dict[str, Any]:
    """The output record for one article: events, quotes, timexes, actors, places."""
    mentions = doc._.actor_mentions or []
    return {
        "id": article_id,
        "published": doc._.published,
        "events": list(doc._.events or []),
        "quotes": list(doc._.quotes or []),
        "timexes": [{k: t.get(k) for k in ("start", "end", "text", "value")} for t in doc._.timexes or []],
        "actors": [{k: m.get(k) for k in _ACTOR_FIELDS} for m in mentions],
        "places": [{**{k: p.get(k) for k in _PLACE_FIELDS}, **{k: p[k] for k in _PLACE_EXTRAS if k in p}}
                   for p in doc._.places or []],
    }
