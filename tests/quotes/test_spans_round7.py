"""Round 7 (issue #5): quotation spans, mixed reports and cues (own sentences)."""
from __future__ import annotations

from collections.abc import Callable

from newsevents.quotes.spans import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quote_spans(text)]


def _one(quotes: list[dict], words: str) -> dict:
    hits = [q for q in quotes if words in q["text"]]
    assert len(hits) == 1, quotes
    return hits[0]


# quotation marks

def test_nickname_in_a_name_is_not_a_quotation() -> None:
    text = ('"We will win this seat!" the mayor\'s sister, Rep. Ana "Annie" Ortiz, told the '
            'crowd. "The whole state is watching."')
    spans = find_quote_spans(text)
    assert len(spans) == 1 and len(spans[0].fragments) == 2
    assert _texts('Dwayne "The Rock" Johnson waved.') == []
    assert _texts('He said "Yes" and left.') == ["Yes"]


def test_curly_quotation_inside_a_straight_one_is_part_of_it() -> None:
    text = ('"I will read you the question: “Do you feel safer?” Only a third said yes."\n\n'
            'Next paragraph.')
    assert _texts(text) == ["I will read you the question: “Do you feel safer?” Only a third said yes."]


def test_straight_quotation_inside_a_curly_one_is_part_of_it() -> None:
    text = '“My uncle said, "Never trust a calm harbour," and he was right,” Ortiz said.'
    assert _texts(text) == ['My uncle said, "Never trust a calm harbour," and he was right,']


def test_inner_quotation_stands_alone_when_the_outer_never_closes() -> None:
    # a paragraph-opening mark of a quoted excerpt that is never closed
    text = '"Kevin was asleep when she shouted “Here he is!” at the screen.\n\nThe end.'
    assert _texts(text) == ["Here he is!"]


# contents

def test_quotation_after_that_and_a_subordinator_starts_at_that(find_quotes: Callable) -> None:
    text = 'The mayor said that if "the funds do not arrive by May, the works will stop."'
    q = _one(find_quotes(text), "the funds do not arrive")
    assert text[q["start"]:].startswith('that if "the funds')


def test_quoted_phrase_opening_the_writers_clause_is_not_a_quotation(find_quotes: Callable) -> None:
    text = 'He said "tax reforms" and the sale of state land would pay for the bridge.'
    quotes = find_quotes(text)
    assert [q["kind"] for q in quotes] == ["indirect"]
    assert quotes[0]["text"].endswith("would pay for the bridge")


def test_characterisation_ending_on_as_takes_the_quotation(find_quotes: Callable) -> None:
    text = "He described the new director as, “a careful manager. She reads every page before she signs.”"
    quotes = find_quotes(text)
    assert [q["kind"] for q in quotes] == ["characterisation"]
    assert quotes[0]["text"].rstrip("”").endswith("before she signs.")


def test_mixed_report_runs_to_the_end_of_its_quotation(find_quotes: Callable) -> None:
    text = "She said the city had a problem because, “Nobody wants to pay. Everyone wants the service.”"
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0]["kind"] == "indirect"
    assert "Everyone wants the service" in quotes[0]["text"]


def test_final_cue_reports_its_whole_sentence(find_quotes: Callable) -> None:
    text = ("Ortiz had warned the council that the pool was unsafe, but the board ignored the "
            "report, an official added.")
    q = _one(find_quotes(text), "the board ignored")
    assert q["text"].startswith("Ortiz had warned") and q["speaker"]["text"] == "an official"


# cues

def test_phrasal_and_manner_verbs_of_saying_are_cues(find_quotes: Callable) -> None:
    assert _one(find_quotes('"We expected more," she pointed out.'), "expected more")["speaker"]["text"] == "she"
    assert _one(find_quotes('"The deal is done," Ortiz bragged to reporters.'),
                "deal is done")["speaker"]["text"] == "Ortiz"


def test_colon_ending_the_paragraph_before_introduces_the_quotation(find_quotes: Callable) -> None:
    text = 'The mayor had one thing to say to the council:\n\n"Find the money or close the pool."'
    assert _one(find_quotes(text), "Find the money")["speaker"]["text"] == "The mayor"


def test_quoted_noun_after_a_possessive_is_a_scare_quote(find_quotes: Callable) -> None:
    text = 'He called the mayor a liar and referred to her "secret tape."'
    assert all(q["kind"] != "direct" for q in find_quotes(text))
