"""Actor stage: dictionary (date-bounded), title inference, coreference, the resolver.

* ``lexicon/``: the packaged dictionary (``data/``), users' actor files, the PETRARCH import;
* ``mentions/``: finding mentions (dictionary hits, titles, agents, bodies, legislatures ...);
* ``coreference/``: what they refer to (names, he/she, they, context, agents' countries);
* ``resolver.py``: the ``newsevents_actors`` component, whose passes are ``steps.STEPS``.

The resolver (which needs spaCy) is imported on first use, so the data helpers stay cheap.
"""
from __future__ import annotations

import importlib
from typing import Any

from newsevents.actors.lexicon.dictionary import ActorDictionary, ActorFileError, Entry, data_info, verified_through
from newsevents.actors.lexicon.user_files import load_user_file

__all__ = ["ActorDictionary", "ActorFileError", "ActorResolver", "Entry", "data_info",
           "load_user_file", "verified_through"]


def __getattr__(name: str) -> Any:
    if name == "ActorResolver":
        return importlib.import_module("newsevents.actors.resolver").ActorResolver
    raise AttributeError(f"module 'newsevents.actors' has no attribute {name!r}")
