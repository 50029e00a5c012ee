"""Reported speech constructions added for PolNeAR-style attribution (own sentences)."""
from __future__ import annotations


def test_medial_cue_reports_whole_sentence(find_quotes, covering) -> None:
    text = "The bridge, the mayor said, would reopen to traffic next spring."
    q = covering(find_quotes(text), text, "would reopen to traffic next spring")
    assert q["start"] == 0 and q["kind"] == "indirect"
    assert q["speaker"]["text"] == "the mayor"


def test_medial_cue_keeps_subordinate_clause(find_quotes, covering) -> None:
    text = "The factory was profitable, Ms. Alvarez said, until the tariffs arrived in 2019."
    q = covering(find_quotes(text), text, "until the tariffs arrived")
    assert q["start"] == 0
    assert q["speaker"]["text"] == "Ms. Alvarez"


def test_mixed_report_is_one_content(find_quotes, covering) -> None:
    text = 'The governor said the new budget was "a betrayal of every teacher in the state."'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("the new budget")
    assert quotes[0]["speaker"]["text"] == "The governor"


def test_inverted_speaker_is_not_the_quotes_own_subject(find_quotes, covering) -> None:
    text = "“The river is rising fast,” said Tomas Berg, a hydrologist in the region."
    (q,) = find_quotes(text)
    assert q["speaker"]["text"].startswith("Tomas Berg")


def test_quote_after_attributed_quote_keeps_speaker(find_quotes, covering) -> None:
    text = ("“We are not leaving,” the farmer said. “This land fed my grandfather and it "
            "will feed my children.”")
    quotes = [q for q in find_quotes(text) if q["kind"] == "direct"]
    assert all(q["speaker"] and q["speaker"]["text"] == "the farmer" for q in quotes)


def test_object_control_speaker(find_quotes, covering) -> None:
    text = "The hearing forced the bank's chief executive to admit that the controls had failed."
    q = covering(find_quotes(text), text, "the controls had failed")
    assert q["speaker"]["text"] == "the bank's chief executive"


def test_belief_and_stance_verbs(find_quotes, covering) -> None:
    text = "The union leader believes the strike will end soon."
    q = covering(find_quotes(text), text, "the strike will end soon")
    assert q["speaker"]["text"] == "The union leader"
    text = "The minister offered a plan to rebuild the harbour within two years."
    q = covering(find_quotes(text), text, "a plan to rebuild the harbour")
    assert q["speaker"]["text"] == "The minister"


def test_speaker_name_stops_at_dash(find_quotes, covering) -> None:
    text = "The results were never published ― Ortega wrote, “The data speak for themselves.”"
    quotes = [q for q in find_quotes(text) if q["kind"] == "direct"]
    assert quotes and quotes[0]["speaker"]["text"] == "Ortega"
