"""spaCy component run after events: each event's place (GDELT ActionGeo-like).

The place is looked for nearest first, and ``place_source`` says where it was found:

1. ``clause``: a place in the event's own clause (a place phrase on its trigger first);
2. ``sentence``: a place elsewhere in its sentence;
3. ``paragraph``: the nearest place before it in its paragraph (else the nearest after);
4. ``article``: the article's main place (the most named; a dateline or lede counts double);
5. ``country``: when 3 or 4 would contradict the event's own words (its sentence or its
   actors name another country), the country those words name.

Places that stand for actors ("Washington said"), nationality words and the event's own
source or target are never its place, unless a place phrase names them ("rioted in Manaus"). The finest place wins among equals (a town over its
province, "Bamba (Koro, Mopti)" is Bamba).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.geo.gazetteer import gazetteer
from newsevents.geo.mention import FINENESS
from newsevents.nlp.lexicon import BELONGING_PREPS, PLACE_PREPS

#: what an event's place carries
PLACE_FIELDS = ("name", "country", "adm1", "lat", "lon", "feature")
_CLAUSE_POS = frozenset({"VERB", "AUX"})
#: nouns of a way between two places named by its ends
ROAD_NOUNS = frozenset({"highway", "road", "motorway", "expressway", "axis", "route", "railway", "front"})


def _slim(place: dict[str, Any]) -> dict[str, Any]:
    return {k: place.get(k) for k in PLACE_FIELDS}


def usable(place: dict[str, Any]) -> bool:
    """A place that can be where something happened (not an actor use, not a nationality word,
    not a small town abroad that nothing in the article supports)."""
    return not place.get("actor") and place.get("kind") != "demonym" and place.get("lat") is not None \
        and not place.get("stray")


def _road_end(doc: Doc, start: int, end: int) -> bool:
    """The name is an end of a road or front between two places ("the Khulna-Jessore highway",
    "the Mbau-Kamango axis"): not where on it the event happened."""
    i, j = start, end
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        i -= 2
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j].whitespace_:
        j += 2
    return (i, j) != (start, end) and j < len(doc) and doc[j].lower_ in ROAD_NOUNS


def _qualifier(place: dict[str, Any]) -> bool:
    """The place only qualifies the name before it ("Parana" of "Curitiba, Parana")."""
    return place.get("source") == "qualifier" or bool(place.get("qualifies"))


def main_place(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most named usable place, a place in the first sentence counting double (the first
    named on a tie)."""
    places = [p for p in places if usable(p)]
    if not places:
        return None
    counts: Counter = Counter()
    for p in places:
        counts[(p["name"], p["country"])] += 2 if p.get("sentence") == 0 else 1
    top = max(counts.values())
    return next(p for p in places if counts[(p["name"], p["country"])] == top)


def _clause_head(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (the sentence root when none)."""
    while tok.pos_ not in _CLAUSE_POS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _on_place_prep(tok: Token) -> Token | None:
    """The word a place phrase ("in X", "near X") attaches to, or None."""
    while tok.dep_ in ("compound", "flat", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS | BELONGING_PREPS:
        return tok.head.head
    return None


def _is_party(place: dict[str, Any], event: dict[str, Any]) -> bool:
    """The place's name is the event's source or target ("Russia criticised Turkey")."""
    text = place["text"].lower()
    return any(text and w and text == w.lower() for w in (event.get("source_text"), event.get("target_text")))


class EventPlacer:
    """Fills ``event["place"]`` ({name, country, adm1, lat, lon, feature} or None) and
    ``event["place_source"]`` for every event in ``doc._.events``."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events or []
        if not events:
            return doc
        places = doc._.places or []
        main = main_place(places)
        for ev in events:
            place, source = self.place_of(doc, ev, places, main)
            ev["place"] = _slim(place) if place is not None else None
            ev["place_source"] = source
        return doc

    def place_of(self, doc: Doc, event: dict[str, Any], places: list[dict[str, Any]],
                 main: dict[str, Any] | None) -> tuple[dict[str, Any] | None, str | None]:
        """The event's place and where it was found."""
        start, end = event.get("start", -1), event.get("end", -1)
        sent = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
        if sent is not None:
            start, end = sent.sent.start_char, sent.sent.end_char
        inside = [p for p in places if start <= p["start"] and p["end"] <= end]
        own = [p for p in inside if usable(p) and not (_is_party(p, event) and not self._located(doc, p))]
        trigger = self._trigger(doc, event)
        if own:
            in_clause = [p for p in own if trigger is not None and self._same_clause(doc, p, trigger)]
            if in_clause:
                return self._best(doc, in_clause, trigger, self._trigger_words(doc, event)), "clause"
            return self._best(doc, own, trigger, self._trigger_words(doc, event)), "sentence"
        countries = self._own_countries(inside, event)
        para = self._paragraph_place(doc, places, start, end)
        for candidate, source in ((para, "paragraph"), (main, "article")):
            if candidate is not None and (not countries or candidate["country"] in countries):
                return candidate, source
        if countries:
            country = gazetteer().country(countries[0])
            if country is not None and country.lat is not None:
                return {"name": country.name, "country": country.country, "adm1": None, "lat": country.lat,
                        "lon": country.lon, "feature": "country"}, "country"
        return None, None

    @staticmethod
    def _trigger(doc: Doc, event: dict[str, Any]) -> Token | None:
        """The event's trigger word inside its evidence span."""
        words = (event.get("trigger") or "").lower().split()
        span = doc.char_span(event.get("start", 0), event.get("end", 0), alignment_mode="expand")
        if not words or span is None:
            return None
        return next((t for t in span if t.lower_ == words[0]), None)

    @staticmethod
    def _located(doc: Doc, place: dict[str, Any]) -> bool:
        """The place is named in a place phrase ("rioted in Manaus"): where, whatever the event's
        target was read from."""
        span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
        return span is not None and _on_place_prep(span.root) is not None

    @staticmethod
    def _same_clause(doc: Doc, place: dict[str, Any], trigger: Token) -> bool:
        span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
        return span is not None and _clause_head(span.root) == _clause_head(trigger)

    @staticmethod
    def _trigger_words(doc: Doc, event: dict[str, Any]) -> frozenset[int]:
        """Token indices of every trigger word ("held protest": the noun's place phrase counts)."""
        words = set((event.get("trigger") or "").lower().split())
        span = doc.char_span(event.get("start", 0), event.get("end", 0), alignment_mode="expand")
        return frozenset(t.i for t in span if t.lower_ in words) if span is not None else frozenset()

    @staticmethod
    def _best(doc: Doc, candidates: list[dict[str, Any]], trigger: Token | None,
              trigger_words: frozenset[int] = frozenset()) -> dict[str, Any]:
        """A place phrase on the trigger first, then on its clause, then a place over the ones
        that qualify it ("Koutiala (Koutiala, Sikasso)"), then the finest, then the nearest."""
        def rank(p: dict[str, Any]) -> tuple[bool, bool, bool, bool, int, int]:
            span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
            host = _on_place_prep(span.root) if span is not None else None
            on_trigger = host is not None and trigger is not None and (host.i == trigger.i or host.i in trigger_words)
            on_clause = host is not None and trigger is not None and _clause_head(host) == _clause_head(trigger)
            near = abs(span.start - trigger.i) if span is not None and trigger is not None else 0
            fineness = FINENESS.get(p.get("feature") or "", 9)
            return (span is None or not _road_end(doc, span.start, span.end), on_trigger, on_clause,
                    not _qualifier(p), -max(fineness, FINENESS["adm2"]), -near)

        return max(candidates, key=rank)

    @staticmethod
    def _own_countries(inside: list[dict[str, Any]], event: dict[str, Any]) -> list[str]:
        """Countries the event's sentence names (places, nationality words) or its actors' codes
        carry, in that order."""
        out = [p["country"] for p in inside if p.get("country") and not p.get("stray")]
        gaz = gazetteer()
        for code in (event.get("source"), event.get("target")):
            if code and len(code) >= 3 and code[:3].isalpha() and gaz.country(code[:3]) is not None:
                out.append(code[:3])
        return list(dict.fromkeys(out))

    @staticmethod
    def _paragraph_place(doc: Doc, places: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
        """The nearest usable place before ``start`` in the same paragraph, else the nearest after."""
        text = doc.text
        p_start = text.rfind("\n", 0, start) + 1
        p_end = text.find("\n", end)
        p_end = len(text) if p_end < 0 else p_end
        same = [p for p in places if usable(p) and p_start <= p["start"] and p["end"] <= p_end]
        finer = [p for p in same if not _qualifier(p)] or same  # "in Curitiba, Parana": Curitiba
        before = [p for p in finer if p["end"] <= start]
        if before:
            return before[-1]
        after = [p for p in finer if p["start"] >= end]
        return after[0] if after else None
