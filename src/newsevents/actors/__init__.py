"""Actor stage: dictionary (date-bounded), title inference, coreference, the resolver."""
from newsevents.actors.dictionary import (
    ActorDictionary,
    ActorFileError,
    Entry,
    load_user_file,
)
from newsevents.actors.resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorFileError", "ActorResolver", "Entry", "load_user_file"]
