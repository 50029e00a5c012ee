"""Quotation spans from raw text (no spaCy)."""
from __future__ import annotations

from newsevents.quotes.spans import find_quote_spans


def _texts(text: str) -> list[str]:
    return [q.text(text) for q in find_quote_spans(text)]


def test_straight_and_curly() -> None:
    text = 'She said: "Talks failed." He replied: “We will try again.”'
    assert _texts(text) == ["Talks failed.", "We will try again."]


def test_split_by_attribution_is_one_quote() -> None:
    text = '"We will not retreat," the general said, "not one metre."'
    (q,) = find_quote_spans(text)
    assert len(q.fragments) == 2
    assert q.text(text) == "We will not retreat, not one metre."
    assert text[q.start:q.end].startswith("We will") and text[q.start:q.end].endswith("metre.")


def test_split_across_sentences_is_one_quote() -> None:
    text = '“Prices are rising,” said the minister. “We must act now.”'
    (q,) = find_quote_spans(text)
    assert len(q.fragments) == 2


def test_multi_paragraph_quote() -> None:
    text = '“The first point is clear.\n\n“The second point is clearer,” she said.'
    (q,) = find_quote_spans(text)
    assert q.text(text) == "The first point is clear. The second point is clearer,"


def test_unbalanced_marks_are_skipped() -> None:
    assert _texts('He said "this never closes.\n\nNew paragraph here.') == []
    assert _texts('A stray closer” and 5\'10" tall.') == []
    assert _texts("") == []


def test_two_separate_quotes() -> None:
    text = '“Yes.” Then the crowd cheered. “No.”'
    assert _texts(text) == ["Yes.", "No."]
