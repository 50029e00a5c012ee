"""Actor stage: dictionary (date-bounded), title inference, coreference, the resolver."""
from newsevents.actors.dictionary import (
    ActorDictionary,
    ActorFileError,
    Entry,
    data_info,
    load_user_file,
    verified_through,
)
from newsevents.actors.resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorFileError", "ActorResolver", "Entry", "data_info",
           "load_user_file", "verified_through"]
