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
    # round 8: the title is part of the attribution; the quotation after it goes on
    text = '"The plan is dead," the senator said on Channel 9\'s "Morning Talk." "We start over."'
    (q,) = find_quote_spans(text)
    assert q.text(text) == "The plan is dead, We start over."
    text = '"The plan is dead," the senator said on Channel 9\'s "Morning Talk."'
    assert [q.text(text) for q in find_quote_spans(text)] == ["The plan is dead,", "Morning Talk."]


# round 6

def test_split_quote_ending_on_a_nested_quotation() -> None:
    text = "\"People ask, 'Is it over?'\" said the mayor. \"It is not.\""
    (q,) = find_quote_spans(text)
    assert len(q.fragments) == 2


def test_mark_between_spaces_closes_an_open_quotation() -> None:
    text = "\"We never liked the word 'reform,' \" he said."
    assert _texts(text) == ["We never liked the word 'reform,' "]


def test_closing_mark_before_ellipsis_opens_a_paragraph() -> None:
    text = "He went on.\n\n” … and that is why we stayed,” she said."
    assert _texts(text) == [" … and that is why we stayed,"]


def test_single_quotes_in_the_headline() -> None:
    text = "Mayor Tells Council: ‘We Will Not Sell The Pier.’\n\nThe mayor’s ‘plan’ was clear."
    assert _texts(text) == ["We Will Not Sell The Pier."]


def test_headline_apostrophe_is_not_a_mark() -> None:
    assert _texts("Mayor’s Plan Wins Council’s Vote") == []


def test_split_quote_handed_over_with_a_conjunction() -> None:
    text = '"I like the plan," she said, but "the timing is wrong."'
    (q,) = find_quote_spans(text)
    assert q.text(text) == "I like the plan, the timing is wrong."


def test_two_apostrophe_marks_are_not_headline_quotes() -> None:
    text = "The study found taxes ''equal to the state budget,'' if paid."
    assert _texts(text) == ["equal to the state budget,"]


def test_second_cue_before_the_next_quotation_ends_the_split() -> None:
    text = '"We cannot pay for this," the mayor said, adding later, "The state must help."'
    assert _texts(text) == ["We cannot pay for this,", "The state must help."]


def test_participle_with_its_object_inside_the_attribution_keeps_the_split() -> None:
    text = '"We are ready," said Okafor, referring to the rules. "The ships can come."'
    assert len(find_quote_spans(text)) == 1
