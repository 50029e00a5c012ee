"""Round 8: direct quotations folded into larger contents, list quotes, mark typos."""
from __future__ import annotations

from newsevents.quotes.spans import find_quote_spans


def test_listed_quoted_words_are_one_quotation() -> None:
    text = 'The mayor keeps calling his rivals "cowards" and "frauds."'
    (q,) = find_quote_spans(text)
    assert len(q.fragments) == 2 and text[q.start:q.end] == 'cowards" and "frauds.'


def test_listed_quotation_keeps_its_connector(find_quotes) -> None:
    text = 'The talks were described by the ministry as "useful" and "candid."'
    (q,) = [q for q in find_quotes(text) if "useful" in q["text"]]
    assert q["text"].rstrip(".") == "useful and candid"


def test_sentences_are_not_a_list() -> None:
    text = '"We lost." And "we will be back," she said.'
    assert len(find_quote_spans(text)) == 2


def test_opening_mark_typed_as_closer_at_paragraph_end() -> None:
    text = "The minister spoke on Monday:\n\n“Prices rose by 12 percent.“\n\nThe bank disagreed."
    (q,) = find_quote_spans(text)
    assert text[q.start:q.end] == "Prices rose by 12 percent."


def test_quotation_nested_with_the_same_marks() -> None:
    text = "“I would rather live in what he calls “chaos” than in his order.” ― Ana Ruiz\nNext."
    (q,) = [q for q in find_quote_spans(text) if q.end - q.start > 20]
    assert text[q.start:q.end].endswith("than in his order.")


def test_report_opening_with_a_quotation_is_not_a_second_record(find_quotes) -> None:
    text = ("The video ends with the governor saying, “That is how it works,” when a reporter "
            "asked him about the contract.")
    quotes = find_quotes(text)
    opened = [q for q in quotes if q["text"].startswith("That is how")]
    assert len(opened) == 1 and opened[0]["kind"] == "direct"


def test_quotation_with_its_own_cue_after_a_colon(find_quotes) -> None:
    text = ("The letter also described the effect it said the law would have on small farms: "
            "“It will end family farming in this valley as we know it,” the growers wrote.")
    quotes = find_quotes(text)
    (q,) = [q for q in quotes if q["text"].startswith("It will end")]
    assert q["kind"] == "direct" and q["speaker"]["text"] == "the growers"
    assert all("“" not in r["text"] for r in quotes if r["kind"] != "direct")


def test_quoted_words_in_a_report_then_the_writers_clause(find_quotes) -> None:
    # '"...," though she noted ...' goes on in the writer's words: one mixed report
    text = ('She said she travels more because "the job takes me where the problems are," though '
            'she noted she has also cut back.')
    quotes = find_quotes(text)
    assert not any(q["kind"] == "direct" for q in quotes)
    assert any("the job takes me" in q["text"] for q in quotes)


def test_unattributed_quoted_paragraph_is_not_a_quote(find_quotes) -> None:
    text = ("Ten Voters On The Debate.\n\n"
            "\"We need jobs. Nobody up there is talking about jobs.\"\n\n"
            "Photo: staff.")
    assert find_quotes(text) == []


def test_quoted_paragraph_signed_with_a_dash_is_kept(find_quotes) -> None:
    text = "Ten Voters On The Debate.\n\n“We need jobs, not speeches.” ― Maria Lopez\n\nPhoto: staff."
    (q,) = find_quotes(text)
    assert q["speaker"]["text"].startswith("Maria Lopez")


def test_quoted_words_in_a_report_stay_quoted(find_quotes) -> None:
    text = 'The union said the offer was "an insult to every nurse," and walked out.'
    (q,) = [q for q in find_quotes(text) if "insult" in q["text"]]
    assert q["kind"] != "direct" and q["text"].count('"') == 2


def test_report_does_not_end_on_its_conjunction(find_quotes) -> None:
    text = ('The chief said on Monday that she wants the footage made public but said "the '
            'family decides when."')
    quotes = find_quotes(text)
    assert all(not q["text"].rstrip().endswith((" but", " and")) for q in quotes)
