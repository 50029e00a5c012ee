"""Speaker attribution where the parse misleads (issue #5, round 5; own sentences)."""
from __future__ import annotations

from collections.abc import Callable


def _speaker(quotes: list[dict], words: str) -> str | None:
    q = next(q for q in quotes if q["kind"] == "direct" and words in q["text"])
    return q["speaker"]["text"] if q["speaker"] else None


def test_cue_sentence_split_after_question_mark(find_quotes: Callable) -> None:
    text = ('The mayor looked up. "Are we finished?" she asked, while the clerk read out '
            '"the remaining items" one by one.')
    assert _speaker(find_quotes(text), "Are we finished") == "she"


def test_cue_introducing_the_next_quotation_is_not_taken(find_quotes: Callable) -> None:
    text = ('He had to give a straight answer: "Yes, the bridge will close." To which the '
            'engineer replied, "Then we need a ferry."')
    assert _speaker(find_quotes(text), "the bridge will close") != "the engineer"


def test_dash_parsed_as_subject_is_skipped(find_quotes: Callable) -> None:
    text = ('When the auditor noted the missing funds ― as had happened in every past '
            'audit ― Garcia replied, "That is not my department."')
    assert _speaker(find_quotes(text), "not my department") == "Garcia"


def test_quoted_programme_after_the_cue_is_not_the_speaker(find_quotes: Callable) -> None:
    text = ('"We will win the vote," Okafor, the party whip, said Monday on the BBC\'s '
            '"Today" programme.')
    assert _speaker(find_quotes(text), "win the vote") == "Okafor"


def test_cue_across_a_paragraph_break_comes_last(find_quotes: Callable) -> None:
    text = ('Earlier, the senator conceded that the plan was "far from perfect."\n\n'
            '"We can still fix the worst parts," Lindqvist said.')
    assert _speaker(find_quotes(text), "fix the worst parts") == "Lindqvist"


def test_participle_after_relative_clause_takes_main_subject(find_quotes: Callable) -> None:
    text = ('Patel was evasive when asked about a supplier who said he was never paid for '
            'the roof, saying, "Perhaps the roof was not good enough."')
    assert _speaker(find_quotes(text), "roof was not good") == "Patel"


def test_dash_before_subject_with_published_records(find_quotes: Callable) -> None:
    text = ('When the auditor said the firm paid no tax ― as was true for the years its '
            'accounts were made public ― Garcia boasted, "That makes me clever."')
    assert _speaker(find_quotes(text), "makes me clever") == "Garcia"


# round 6

def _report_speaker(quotes: list[dict], words: str) -> str | None:
    q = next(q for q in quotes if words in q["text"])
    return q["speaker"]["text"] if q["speaker"] else None


def test_recording_of_a_person_gives_the_person(find_quotes: Callable) -> None:
    text = 'The ad shows footage of the mayor saying, "We will rebuild the pier."'
    assert _speaker(find_quotes(text), "rebuild the pier") == "the mayor"


def test_medial_according_to_names_the_source(find_quotes: Callable) -> None:
    text = ("Rising rents pushed families out of the centre, according to housing groups, "
            "and the schools lost pupils.")
    assert _report_speaker(find_quotes(text), "Rising rents") == "housing groups"


def test_name_above_a_verb_tagged_as_noun(find_quotes: Callable) -> None:
    assert _report_speaker(find_quotes("Trump charges that the tender was rigged."),
                           "the tender was rigged") == "Trump"


def test_cue_noun_in_a_prepositional_phrase_takes_the_verb_subject(find_quotes: Callable) -> None:
    text = "Farmers persisted in arguments that the dam would flood the valley."
    assert _report_speaker(find_quotes(text), "the dam would flood") == "Farmers"


def test_quoted_as_saying_takes_the_one_quoted(find_quotes: Callable) -> None:
    text = "The governor was quoted by the local paper as saying that the port would close."
    assert _report_speaker(find_quotes(text), "the port would close") == "The governor"
    text = 'The minister was quoted as saying, "We will not pay."'
    assert _speaker(find_quotes(text), "We will not pay") == "The minister"


def test_of_two_parse_subjects_the_one_next_to_the_cue(bare_nlp) -> None:
    from spacy.tokens import Doc

    from newsevents.quotes.speaker import speaker_token

    # the parse a headline label gets at times: both "Latest" and the name are subjects
    words = ["The", "Latest", ":", "Okafor", "urges", "voters", "to", "act", "."]
    doc = Doc(bare_nlp.vocab, words=words, heads=[1, 4, 4, 4, 4, 4, 7, 4, 4],
              deps=["det", "nsubj", "punct", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
              pos=["DET", "ADJ", "PUNCT", "PROPN", "VERB", "NOUN", "PART", "VERB", "PUNCT"])
    assert speaker_token(doc[4]).text == "Okafor"
