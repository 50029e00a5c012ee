"""spaCy component: the places an article names, resolved against the gazetteer (``doc._.places``).

Mentions come from ``recognise`` (entities, demonyms, place names inside other names, proper
nouns the model missed); ``disambiguate`` picks one place for each in the light of the whole
article. Every place keeps its precision (``feature``), how it was found (``source``), what
decided it (``why``) and whether the text uses it as an actor ("Washington said ...", kept as
a place name but never taken as an event's place).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.geo.disambiguate import Disambiguator
from newsevents.geo.gazetteer import Place, gazetteer
from newsevents.geo.mention import Mention
from newsevents.geo.recognise import Recogniser
from newsevents.nlp.lexicon import FORCE_COLLECTIVES, SUBJECT_DEPS

#: dependencies of a name that acts in its clause ("Washington said", "talks with Moscow" do not)
_ACTING_DEPS = SUBJECT_DEPS | {"agent"}
#: nouns of a country's or a town's forces and rulers ("the military forces of Armenia")
_FORCE_NOUNS = FORCE_COLLECTIVES | frozenset({"government"})


def _record(m: Mention, place: Place, why: str, sentence: int, actor: bool) -> dict[str, Any]:
    return {"text": m.text, "start": m.start_char, "end": m.end_char, "name": place.name,
            "country": place.country, "adm1": place.adm1, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "feature": place.feature, "sentence": sentence,
            "kind": "demonym" if m.source == "demonym" else "name", "source": m.source, "why": why,
            "actor": actor, "qualifies": m.qualifies}


def _actor_use(doc: Doc, m: Mention, spans: list[tuple[int, int]]) -> bool:
    """The name stands for an actor: it overlaps an actor mention and is a clause's subject
    (or its possessor), or sits inside a longer actor name ("Moscow Mayor"), or it names
    whose forces or government act ("military forces of Armenia fired")."""
    root = doc[m.start:m.end].root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _FORCE_NOUNS \
            and root.head.head.dep_ in _ACTING_DEPS | {"pobj"}:
        return True
    inside = [(s, e) for s, e in spans if s < m.end_char and m.start_char < e]
    if not inside:
        return False
    if any(s <= m.start_char and m.end_char <= e and (e - s) > (m.end_char - m.start_char) for s, e in inside):
        return True
    while root.dep_ == "conj" and root.head.i != root.i:  # "Nairobi and Mogadishu resumed talks"
        root = root.head
    return root.dep_ in _ACTING_DEPS or (root.dep_ == "poss" and root.head.dep_ in _ACTING_DEPS)


class PlaceResolver:
    """Sets ``doc._.places``: a list of {text, start, end, name, country, adm1, lat, lon,
    geonameid, feature, sentence, kind, source, why, actor}. Reads ``doc._.actor_mentions``
    (may be None) to tell actor uses of a name."""

    def __init__(self, nlp: Language | None = None, demonyms: bool = True) -> None:
        self.nlp = nlp
        self.demonyms = demonyms

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The resolved places of ``doc`` in document order."""
        gaz = gazetteer()
        mentions = Recogniser(gaz, self.demonyms).find(doc)
        if not mentions:
            return []
        chosen = Disambiguator(gaz).resolve(mentions)
        actor_spans = [(a["start"], a["end"]) for a in doc._.actor_mentions or []
                       if a.get("code") and a.get("kind") != "unknown"]
        sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        out = []
        for m, choice in zip(mentions, chosen):
            place = choice.place
            if m.division and place.feature == "city":  # "the Kharkiv region"; "Qaysar district" at its town
                place = replace(place, feature="adm2") if m.local else gaz.region_of(place)
            sentence = max(0, bisect_right(sent_starts, m.start) - 1)
            record = _record(m, place, choice.why, sentence, _actor_use(doc, m, actor_spans))
            record["stray"] = choice.stray
            out.append(record)
        return out
