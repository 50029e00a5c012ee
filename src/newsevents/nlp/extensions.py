"""Every ``Doc._`` attribute newsevents sets, declared in one place.

Values are plain dicts/lists/strings so docs stay msgpack-safe for ``n_process>1``
and Spark workers.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc

#: name -> meaning. All default to ``None`` until the component that owns them runs.
DOC_EXTENSIONS: Mapping[str, str] = MappingProxyType({
    "published": "ISO date (YYYY-MM-DD) the article was published, set before the pipeline runs",
    "actor_mentions": "list of actor mention dicts (newsevents_actors)",
    "timexes": "list of temporal expression dicts (newsevents_timexes)",
    "events": "list of event dicts (newsevents_events)",
    "quotes": "list of quote dicts (newsevents_quotes)",
    "places": "list of place dicts (newsevents_places)",
})


def register_extensions() -> None:
    """Declare the ``Doc._`` attributes; safe to call more than once."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
