"""Helpers shared by the quote tests, as fixtures."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsevents.quotes.finder import QuoteFinder


@pytest.fixture(scope="module")
def find_quotes(bare_nlp: Language) -> Callable[[str], list[dict]]:
    """Quotes of a text parsed by the bare model, with no actor mentions."""
    finder = QuoteFinder(bare_nlp)

    def run(text: str) -> list[dict]:
        doc = bare_nlp(text)
        doc._.actor_mentions = []
        return finder(doc)._.quotes

    return run


@pytest.fixture(scope="session")
def covering() -> Callable[[list[dict], str, str], dict]:
    """The first quote whose span covers ``words`` of ``text``."""

    def pick(quotes: list[dict], text: str, words: str) -> dict:
        at = text.index(words)
        hits = [q for q in quotes if q["start"] <= at and at + len(words) <= q["end"]]
        assert hits, f"no quote covers {words!r}: {quotes}"
        return hits[0]

    return pick
