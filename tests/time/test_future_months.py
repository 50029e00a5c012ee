"""A month named in a clause about what is to come resolves forward ("in early December", written in October)."""
from __future__ import annotations

import pytest

import newsevents

AHEAD = ["The summit is expected in early December.", "A vote is scheduled for early December.",
         "Officials said the deal could be signed in early December.",
         "The summit, planned for early December, was announced on Monday.",
         "He said talks are planned in early December.",
         "The government announced on Tuesday that elections would be held in early December.",
         "Leaders will meet in early December.", "Parliament is set to vote in early December."]
BEHIND = ["The talks collapsed in early December, officials said.",
          "The vote was expected in early December but was delayed.",
          "The plan had been scheduled for early December.", "It would have been signed in early December.",
          "Talks were held in early December."]


def _december(sentence: str) -> str:
    record = newsevents.extract(sentence, published="2025-10-15")
    return next(t["value"] for t in record["timexes"] if "December" in t["text"])


@pytest.mark.slow
@pytest.mark.parametrize("sentence", AHEAD)
def test_the_future_is_meant(sentence):
    assert _december(sentence) == "2025-12"


@pytest.mark.slow
@pytest.mark.parametrize("sentence", BEHIND)
def test_the_past_is_meant(sentence):
    assert _december(sentence) == "2024-12"
