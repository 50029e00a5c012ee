"""Is an article English? newsevents' actors and events are only meaningful for English text."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

#: characters of an article looked at (the start says enough, and keeps the check cheap)
SAMPLE_CHARS = 2000
#: shorter texts are not judged: a headline-length text is too easily mistaken
MIN_LETTERS = 80
#: how sure the classifier must be before it calls a text another language
MIN_PROBABILITY = 0.95


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def other_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in when that is clearly not English, else None."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    return language if language != "en" and probability >= MIN_PROBABILITY else None
