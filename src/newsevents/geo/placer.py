"""spaCy component run after events: each event's place (GDELT ActionGeo-like).

The place is the one named in the event's own sentence, preferring a prepositional
``in/near/at X`` hanging on the trigger, never a place that is one of the event's actors;
else the article's main place (the most frequent, the first on a tie). ``place_source``
says which ("clause" | "article").
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "around", "from", "into", "on"})
_FIELDS = ("name", "country", "adm1", "lat", "lon")


def _slim(place: dict[str, Any]) -> dict[str, Any]:
    return {k: place.get(k) for k in _FIELDS}


def main_place(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most frequently named place (first named on a tie)."""
    places = [p for p in places if not p.get("actor") and p.get("kind") != "demonym"]
    if not places:
        return None
    counts = Counter((p["name"], p["country"]) for p in places)
    top = max(counts.values())
    return next(p for p in places if counts[(p["name"], p["country"])] == top)


def _is_actor(place: dict[str, Any], event: dict[str, Any]) -> bool:
    words = {(event.get("source_text") or "").lower(), (event.get("target_text") or "").lower()}
    text = place["text"].lower()
    return any(text and w and (text in w or w in text) for w in words)


class EventPlacer:
    """Fills ``event["place"]`` ({name,country,adm1,lat,lon} or None) and
    ``event["place_source"]`` for every event in ``doc._.events``."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events or []
        places = doc._.places or []
        if not events:
            return doc
        main = main_place(places)
        for ev in events:
            place = self.clause_place(doc, ev, places)
            if place is not None:
                ev["place"], ev["place_source"] = _slim(place), "clause"
            elif main is not None:
                ev["place"], ev["place_source"] = _slim(main), "article"
            else:
                ev["place"], ev["place_source"] = None, None
        return doc

    @staticmethod
    def clause_place(doc: Doc, event: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The best place named in the event's sentence, or None."""
        start, end = event.get("start", -1), event.get("end", -1)
        inside = [p for p in places if start <= p["start"] and p["end"] <= end
                  and not p.get("actor") and p.get("kind") != "demonym" and not _is_actor(p, event)]
        if not inside:
            return None
        trigger = (event.get("trigger") or "").split(" ")[0].lower()

        def rank(p: dict[str, Any]) -> tuple[bool, bool, int]:
            span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
            head = span.root.head if span is not None else None
            prep = head is not None and head.dep_ == "prep" and head.lower_ in _PREPS
            on_trigger = prep and head.head.lower_ == trigger
            return (on_trigger, prep, -p["start"])

        return max(inside, key=rank)
