"""The country of generic agents ("police", "protesters", "gunmen"), from the places around them.

Runs after the place stage. An agent of unknown country ("---COP") takes, in order:

1. the country of its possessor or of a place phrase on its own noun ("Rwanda's Senate",
   "police in Harare", "farmers from Benue");
2. the one country of the places and countries named in its sentence (when they name several,
   the first after the agent, else the one before it);
3. the article's country: the country most of its places and country names belong to, when
   it has at least half of them.

An agent none of these places keeps the unknown country ("---COP", PETRARCH's convention). A country word before the agent
("Colombian police") is the title step's, so such mentions never reach this module.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.model import UNKNOWN_COUNTRY, ActorKind, country_of
from newsevents.nlp.lexicon import BELONGING_PREPS, PLACE_PREPS, SEAT_PREPS

#: prepositions of a phrase on the agent's noun that places it ("police in Harare")
OWN_PLACE_PREPS = BELONGING_PREPS | SEAT_PREPS | {"near"}
#: mention kinds whose code names the country itself (not a person or body of it)
COUNTRY_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.METONYM})
#: roles of people who are often from elsewhere than where they are: only their own phrase
#: ("refugees from Syria") or a nationality word places them
MOBILE_ROLES = frozenset({"REF"})
#: share of the article's place names a country needs to be the article's country
ARTICLE_SHARE = 0.5


def _named_countries(doc: Doc, mentions: Sequence[dict[str, Any]]) -> list[tuple[int, str]]:
    """(character offset, ISO3) of every place named in the article, in order: the place
    stage's places and the countries named in a place phrase ("in Bangladesh"); not a country
    named as an actor or a nationality ("Israeli shelling", "a UK-based group")."""
    found = [(p["start"], p["country"]) for p in doc._.places or ()
             if p.get("country") and _names_a_place(doc, p)]
    found += [(m["start"], c) for m in mentions if m.get("kind") in COUNTRY_KINDS
              and _in_place_phrase(doc[m["tok_end"] - 1])
              and all(t.pos_ in ("PROPN", "DET") for t in doc[m["tok_start"]:m["tok_end"]])
              for c in [country_of(m.get("code"))] if c]
    return sorted(set(found))


def _in_place_phrase(head: Token) -> bool:
    return head.dep_ == "pobj" and (head.head.lower_ in PLACE_PREPS or head.head.lower_ == "from")


def _names_a_place(doc: Doc, place: dict[str, Any]) -> bool:
    """True for a place named as where something is: a town or region anywhere (not as a
    nationality word), a country only in a place phrase ("in Kenya"; not "China's aid")."""
    span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
    if span is None or place.get("kind") == "demonym" or place.get("stray") or span.root.pos_ == "ADJ":
        return False  # (a stray place: a small town abroad that nothing else in the article supports)
    if place.get("feature") == "country":
        return _in_place_phrase(span.root)
    return span.root.dep_ not in ("amod", "poss") and not (span.root.dep_ == "compound" and span.root.head.pos_ == "ADJ")


def article_country(named: Sequence[tuple[int, str]]) -> str | None:
    """The country at least half of the article's place names belong to, if any."""
    counts = Counter(c for _, c in named)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= ARTICLE_SHARE * sum(counts.values()) else None


def _owner(doc: Doc, m: dict[str, Any], by_token: dict[int, dict[str, Any]]) -> str | None:
    """The country of a coded possessor or modifier of the agent's noun ("Rwanda's Senate",
    "the police of Kenya" is :func:`_own_place`'s)."""
    head = doc[m["tok_end"] - 1]
    for c in head.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.i < m["tok_start"]:
            other = by_token.get(c.i)
            country = country_of(other.get("code")) if other is not None else None
            if country is not None:
                return country
    return None


def _own_place(doc: Doc, m: dict[str, Any], by_token: dict[int, dict[str, Any]]) -> str | None:
    """The country of a place phrase on the agent's noun ("police in Harare", "the police of
    Kenya"): a country or capital named as its object, else a place inside the phrase."""
    head = doc[m["tok_end"] - 1]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in OWN_PLACE_PREPS:
            continue
        for obj in prep.children:
            other = by_token.get(obj.i) if obj.dep_ == "pobj" else None
            if other is not None and other.get("kind") in COUNTRY_KINDS and country_of(other.get("code")):
                return country_of(other.get("code"))
        lo, hi = prep.idx, doc[prep.right_edge.i].idx + len(doc[prep.right_edge.i])
        for place in doc._.places or ():
            if lo <= place["start"] < hi and place.get("country") and place.get("kind") != "demonym":
                return place["country"]
    return None


def _sentence_place(m: dict[str, Any], named: Sequence[tuple[int, str]], lo: int, hi: int) -> str | None:
    """The one country named in the sentence [lo, hi); with several, the first after the
    agent, else the last before it."""
    inside = [(offset, country) for offset, country in named if lo <= offset < hi
              and not m["start"] <= offset < m["end"]]  # not a place word inside the name itself
    if not inside:
        return None
    if len({c for _, c in inside}) == 1:
        return inside[0][1]
    after = [c for offset, c in inside if offset >= m["end"]]
    return after[0] if after else inside[-1][1]


class AgentCountries:
    """spaCy component: completes role-only agent codes in ``doc._.actor_mentions``."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actor_mentions or []
        agents = [m for m in mentions if (m.get("code") or "").startswith(UNKNOWN_COUNTRY)
                  and m.get("tok_end") is not None]
        if not agents:
            return doc
        named = _named_countries(doc, mentions)
        home = article_country(named)
        by_token = {i: m for m in mentions if m.get("tok_start") is not None
                    for i in range(m["tok_start"], m["tok_end"])}
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]
        for m in agents:
            sent = sents[bisect_right(starts, m["start"]) - 1]
            country = _owner(doc, m, by_token) or (_own_place(doc, m, by_token) if m.get("kind") == "agent" else None)
            if country is None and m["code"][len(UNKNOWN_COUNTRY):] not in MOBILE_ROLES:
                country = _sentence_place(m, named, sent.start_char, sent.end_char) or home
            if country is not None:
                m["code"] = country + m["code"][len(UNKNOWN_COUNTRY):]
        return doc
