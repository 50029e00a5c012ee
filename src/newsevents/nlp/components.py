"""spaCy factory registrations for every newsevents stage, in one module.

Importing this module registers the factories, so a user can write
``nlp.add_pipe("newsevents_actors")`` etc. in their own pipeline. Order matters:
timexes and actors first, then events (which need both) and quotes (which need actors).
"""
from __future__ import annotations

from spacy.language import Language

from newsevents.actors.agent_country import AgentCountries
from newsevents.actors.resolver import ActorResolver
from newsevents.events.coder import EventCoder
from newsevents.geo.placer import EventPlacer
from newsevents.geo.resolver import PlaceResolver
from newsevents.nlp.extensions import register_extensions
from newsevents.quotes.finder import QuoteFinder
from newsevents.time.timex import TimexTagger

register_extensions()

#: component names in the order the default pipeline adds them
COMPONENT_ORDER: tuple[str, ...] = (
    "newsevents_timexes",
    "newsevents_actors",
    "newsevents_places",
    "newsevents_agent_countries",
    "newsevents_events",
    "newsevents_event_places",
    "newsevents_quotes",
)


@Language.factory(
    "newsevents_timexes",
    assigns=["doc._.timexes"],
    requires=["doc.sents"],
    default_config={},
)
def make_timexes(nlp: Language, name: str) -> TimexTagger:
    """Temporal expressions resolved against ``doc._.published``."""
    return TimexTagger(nlp)


@Language.factory(
    "newsevents_actors",
    assigns=["doc._.actor_mentions"],
    requires=["doc.ents", "token.pos"],
    default_config={"actors_files": []},
)
def make_actors(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    """Actor mentions resolved to CAMEO actor codes on the article's date."""
    return ActorResolver(nlp, actors_files=actors_files)


@Language.factory(
    "newsevents_places",
    assigns=["doc._.places"],
    requires=["doc.ents", "token.dep", "doc._.actor_mentions"],
    default_config={},
)
def make_places(nlp: Language, name: str) -> PlaceResolver:
    """Place names resolved to country, first-level division and coordinates."""
    return PlaceResolver(nlp)


@Language.factory(
    "newsevents_agent_countries",
    assigns=["doc._.actor_mentions"],
    requires=["doc._.actor_mentions", "doc._.places"],
    default_config={},
)
def make_agent_countries(nlp: Language, name: str) -> AgentCountries:
    """Generic agents ("police", "protesters") given the country of the places around them."""
    return AgentCountries(nlp)


@Language.factory(
    "newsevents_event_places",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.places"],
    default_config={},
)
def make_event_places(nlp: Language, name: str) -> EventPlacer:
    """Each event's location: the place in its own clause, else the article's main place."""
    return EventPlacer(nlp)


@Language.factory(
    "newsevents_events",
    assigns=["doc._.events"],
    requires=["doc._.actor_mentions", "doc._.timexes", "token.dep", "token.lemma"],
    default_config={"patterns_files": []},
)
def make_events(nlp: Language, name: str, patterns_files: list[str]) -> EventCoder:
    """CAMEO/PLOVER events from verb and noun patterns over the dependency parse."""
    return EventCoder(nlp, patterns_files=patterns_files)


@Language.factory(
    "newsevents_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.actor_mentions", "doc.sents"],
    default_config={},
)
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Direct quotations with their speakers."""
    return QuoteFinder(nlp)
