"""Speaker attribution conventions added in issue #5, round 3 (own sentences)."""
from __future__ import annotations

from spacy.language import Language

from newsevents.quotes.finder import QuoteFinder


def _quotes(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    doc._.actor_mentions = []
    return QuoteFinder(nlp)(doc)._.quotes


def _direct(quotes: list[dict], words: str) -> dict:
    return next(q for q in quotes if q["kind"] == "direct" and words in q["text"])


def test_that_before_quotation_starts_the_content(bare_nlp: Language) -> None:
    text = 'The harbour master warned that "the ferries will not sail before Friday."'
    q = _direct(_quotes(bare_nlp, text), "the ferries will not sail")
    assert text[q["start"]:].startswith("that")
    assert q["text"] == text[q["start"]:q["end"]]  # the record's words are its span's
    assert q["speaker"]["text"] == "The harbour master"


def test_inverted_cue_before_colon(bare_nlp: Language) -> None:
    text = 'The vote was close. Said Okafor: "We lost by eleven ballots."'
    q = _direct(_quotes(bare_nlp, text), "eleven ballots")
    assert q["speaker"]["text"] == "Okafor"


def test_speaker_never_crosses_a_paragraph_break(bare_nlp: Language) -> None:
    text = "Morning Briefing\n\nThe city treasurer says the budget gap has doubled since March."
    quotes = _quotes(bare_nlp, text)
    q = next(q for q in quotes if "budget gap" in q["text"])
    assert q["speaker"] is not None and "treasurer" in q["speaker"]["text"]


def test_gerund_after_preposition_takes_the_main_subject(bare_nlp: Language) -> None:
    text = "The coach opened the briefing by saying the team had never trained harder."
    quotes = _quotes(bare_nlp, text)
    q = next(q for q in quotes if "never trained harder" in q["text"])
    assert q["speaker"]["text"] == "The coach"
