"""spaCy factory registrations for every newsevents stage, in one module.

Importing this module registers the factories, so a user can write
``nlp.add_pipe("newsevents_actors")`` etc. in their own pipeline; the package's
``spacy_factories`` entry points (``pyproject.toml``) make ``spacy.load()`` of a saved
pipeline find them without the import. Order matters (:data:`COMPONENT_ORDER`): timexes
and actors first, then places, events (which need actors and timexes) and quotes.

The user's own actors and patterns are data of the ``newsevents_actors`` and
``newsevents_events`` components: loaded by their ``initialize()`` (``actors_files``,
``patterns_files``; :func:`add_components` calls it) and saved with the pipeline by
``nlp.to_disk``, so a saved pipeline carries them, not paths to them.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from newsevents.actors.coreference.agent_country import AgentCountries
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


def add_components(nlp: Language, actors_files: Sequence[str | Path] = (),
                   patterns_files: Sequence[str | Path] = ()) -> Language:
    """Add every newsevents component to ``nlp`` in order, the user's actor and pattern
    files loaded by the components' ``initialize()`` (so ``nlp.to_disk`` saves their data)."""
    for name in COMPONENT_ORDER:
        nlp.add_pipe(name)
    if actors_files:
        nlp.get_pipe("newsevents_actors").initialize(nlp=nlp, actors_files=actors_files)
    if patterns_files:
        nlp.get_pipe("newsevents_events").initialize(nlp=nlp, patterns_files=patterns_files)
    return nlp


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
    """Actor mentions resolved to CAMEO actor codes on the article's date. ``actors_files``
    here are read when the component is made and stay paths in the pipeline's config;
    prefer ``initialize(actors_files=...)``, whose data ``nlp.to_disk`` saves."""
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
    """CAMEO/PLOVER events from verb and noun patterns over the dependency parse (user
    patterns: prefer ``initialize(patterns_files=...)``, as for ``newsevents_actors``)."""
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
