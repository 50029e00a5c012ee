"""Helpers for event tests: docs with hand-made actor mentions and timexes."""
from __future__ import annotations

from typing import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.events.coder import EventCoder


@pytest.fixture(scope="session")
def coder(bare_nlp: Language) -> EventCoder:
    return EventCoder(bare_nlp)


@pytest.fixture(scope="session")
def code_text(bare_nlp: Language, coder: EventCoder) -> Callable[..., Doc]:
    """``code_text(text, {"phrase": "CODE"}, timexes=[("phrase", "2025-01-02")])`` -> coded Doc."""

    def run(text: str, actors: dict[str, str | None], timexes=(), published="2025-06-05") -> Doc:
        doc = bare_nlp(text)
        doc._.published = published
        mentions = []
        for phrase, code in actors.items():
            start = 0
            while (start := text.find(phrase, start)) >= 0:
                span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
                mentions.append({"text": phrase, "start": start, "end": start + len(phrase),
                                 "tok_start": span.start, "tok_end": span.end, "code": code,
                                 "name": phrase, "kind": "test", "sentence": 0})
                start += len(phrase)
        doc._.actor_mentions = sorted(mentions, key=lambda m: m["start"])
        txs = []
        for phrase, value in timexes:
            s = text.index(phrase)
            txs.append({"start": s, "end": s + len(phrase), "text": phrase, "value": value,
                        "sentence": 0})
        doc._.timexes = txs
        return coder(doc)

    return run
