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


def test_question_then_attribution_sentence_continues() -> None:
    text = '"Who pays for the new bridge?" the mayor asked. "Not the commuters."'
    (q,) = find_quote_spans(text)
    assert q.text(text) == "Who pays for the new bridge? Not the commuters."


def test_second_sentence_of_attribution_ends_the_quote() -> None:
    text = '"Why now?" the mayor asked. The council then met in private. "We wait."'
    assert len(find_quote_spans(text)) == 2


def test_quoted_title_after_attribution_is_not_a_continuation() -> None:
    text = '"The plan is dead," the senator said on Channel 9\'s "Morning Talk." "We start over."'
    spans = find_quote_spans(text)
    assert spans[0].text(text) == "The plan is dead,"
    assert [q.text(text) for q in spans][1:] == ["Morning Talk.", "We start over."]
