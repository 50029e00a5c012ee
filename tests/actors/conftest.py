"""Fixtures for the actor tests: one resolver over the bare model, codes by mention text."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsevents.actors import ActorResolver
from newsevents.actors.lexicon.dictionary import ActorDictionary


@pytest.fixture(scope="session")
def actor_codes(bare_nlp: Language) -> Callable[..., dict[str, str | None]]:
    """``actor_codes(text, published)`` -> {mention text: code} from the built-in data."""
    resolver = ActorResolver(bare_nlp)

    def _codes(text: str, published: str = "2019-02-20") -> dict[str, str | None]:
        doc = bare_nlp(text)
        doc._.published = published
        return {m["text"]: m["code"] for m in resolver(doc)._.actor_mentions}

    return _codes


def split_tokens(text: str) -> list[str]:
    """A whitespace tokenizer that splits hyphens as spaCy does, for dictionary-only tests."""
    return text.replace("-", " - ").split()


@pytest.fixture(scope="session")
def builtin_dictionary() -> ActorDictionary:
    """The shipped actor data, keyed with :func:`split_tokens`."""
    return ActorDictionary(split_tokens)
