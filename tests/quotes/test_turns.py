"""Round 6: quoted transcripts (one turn per speaker) and mixed reports whose quotation
follows a subordinate clause (own sentences)."""
from __future__ import annotations


def test_quoted_transcript_is_one_turn_per_speaker(find_quotes) -> None:
    text = ('Transcript:\n\n"HOST: Where were you that night?\n\n"GUEST: At home, all night long.'
            '\n\n"HOST: Thank you for coming."')
    quotes = find_quotes(text)
    assert [q["speaker"]["text"] for q in quotes] == ["HOST", "GUEST", "HOST"]
    assert [q["text"] for q in quotes] == ["Where were you that night?", "At home, all night long.",
                                           "Thank you for coming."]


def test_quotation_after_a_that_clause_is_one_mixed_content(find_quotes, covering) -> None:
    text = 'The spokesman said that if the vote passed, "the plan would start next year."'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = covering(quotes, text, "the plan would start")
    assert q["kind"] == "indirect" and q["text"].startswith("that if the vote passed")
    assert q["speaker"]["text"] == "The spokesman"


def test_quotation_after_its_own_cue_stays_direct(find_quotes, covering) -> None:
    text = 'Asked about the delay, Okafor said, "We are working on it."'
    q = covering(find_quotes(text), text, "We are working on it")
    assert q["kind"] == "direct" and q["speaker"]["text"] == "Okafor"


def test_quotation_after_a_colon_in_the_writers_clause_is_mixed(find_quotes, covering) -> None:
    text = 'The minister said she had one quality the job needs: "patience, and more patience."'
    [q] = find_quotes(text)
    assert q["kind"] == "indirect" and q["text"].startswith("she had one quality")


def test_quotation_after_cue_and_colon_stays_direct(find_quotes, covering) -> None:
    text = 'Asked about the delay, Okafor said: "We are working on it."'
    q = covering(find_quotes(text), text, "We are working on it")
    assert q["kind"] == "direct"


def test_mixed_report_continued_after_its_cue(find_quotes) -> None:
    text = ('The minister met the press. The summit achieved "too little," he added on Twitter. '
            '"Without new policies, Europe risks a lot."')
    quotes = find_quotes(text)
    [q] = [q for q in quotes if "too little" in q["text"]]
    # round 8: the record takes in the closing mark of the quotation it ends in
    assert q["text"].startswith("The summit") and q["text"].endswith('risks a lot."')
    assert q["speaker"]["text"] == "he"
    assert not any(d["kind"] == "direct" for d in quotes)


def test_scare_quote_then_other_quotation_is_not_one_report(find_quotes) -> None:
    text = ('She recalls the clerk being "confused," and the manager being kind to her, even '
            'telling the buyer: "Look at her, she knows the answer."')
    quotes = find_quotes(text)
    assert not any(q["text"].startswith("She recalls") and q["text"].endswith("answer.") for q in quotes)


def test_continued_mixed_report_with_inverted_cue_keeps_its_speaker(find_quotes) -> None:
    text = ('The agency met twice. The summit did "too little," says Paul Reed, a founder of the '
            'group. "Europe risks a lot."')
    [q] = [q for q in find_quotes(text) if "too little" in q["text"]]
    assert q["text"].endswith('risks a lot."') and q["speaker"]["text"] == "Paul Reed"
