"""Reported speech constructions added for PolNeAR-style attribution (own sentences)."""
from __future__ import annotations

from spacy.language import Language

from newsevents.quotes.finder import QuoteFinder


def _quotes(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    doc._.actor_mentions = []
    return QuoteFinder(nlp)(doc)._.quotes


def _covering(quotes: list[dict], text: str, words: str) -> dict:
    at = text.index(words)
    hits = [q for q in quotes if q["start"] <= at and at + len(words) <= q["end"]]
    assert hits, f"no quote covers {words!r}: {quotes}"
    return hits[0]


def test_medial_cue_reports_whole_sentence(bare_nlp: Language) -> None:
    text = "The bridge, the mayor said, would reopen to traffic next spring."
    q = _covering(_quotes(bare_nlp, text), text, "would reopen to traffic next spring")
    assert q["start"] == 0 and q["kind"] == "indirect"
    assert q["speaker"]["text"] == "the mayor"


def test_medial_cue_keeps_subordinate_clause(bare_nlp: Language) -> None:
    text = "The factory was profitable, Ms. Alvarez said, until the tariffs arrived in 2019."
    q = _covering(_quotes(bare_nlp, text), text, "until the tariffs arrived")
    assert q["start"] == 0
    assert q["speaker"]["text"] == "Ms. Alvarez"


def test_mixed_report_is_one_content(bare_nlp: Language) -> None:
    text = 'The governor said the new budget was "a betrayal of every teacher in the state."'
    quotes = _quotes(bare_nlp, text)
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("the new budget")
    assert quotes[0]["speaker"]["text"] == "The governor"


def test_inverted_speaker_is_not_the_quotes_own_subject(bare_nlp: Language) -> None:
    text = "“The river is rising fast,” said Tomas Berg, a hydrologist in the region."
    (q,) = _quotes(bare_nlp, text)
    assert q["speaker"]["text"].startswith("Tomas Berg")


def test_quote_after_attributed_quote_keeps_speaker(bare_nlp: Language) -> None:
    text = ("“We are not leaving,” the farmer said. “This land fed my grandfather and it "
            "will feed my children.”")
    quotes = [q for q in _quotes(bare_nlp, text) if q["kind"] == "direct"]
    assert all(q["speaker"] and q["speaker"]["text"] == "the farmer" for q in quotes)


def test_object_control_speaker(bare_nlp: Language) -> None:
    text = "The hearing forced the bank's chief executive to admit that the controls had failed."
    q = _covering(_quotes(bare_nlp, text), text, "the controls had failed")
    assert q["speaker"]["text"] == "the bank's chief executive"


def test_belief_and_stance_verbs(bare_nlp: Language) -> None:
    text = "The union leader believes the strike will end soon."
    q = _covering(_quotes(bare_nlp, text), text, "the strike will end soon")
    assert q["speaker"]["text"] == "The union leader"
    text = "The minister offered a plan to rebuild the harbour within two years."
    q = _covering(_quotes(bare_nlp, text), text, "a plan to rebuild the harbour")
    assert q["speaker"]["text"] == "The minister"


def test_speaker_name_stops_at_dash(bare_nlp: Language) -> None:
    text = "The results were never published ― Ortega wrote, “The data speak for themselves.”"
    quotes = [q for q in _quotes(bare_nlp, text) if q["kind"] == "direct"]
    assert quotes and quotes[0]["speaker"]["text"] == "Ortega"
