"""Temporal expressions: each form resolved against a fixed publication date."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.time.timex import TimexTagger

PUBLISHED = "2025-06-05"  # a Thursday, ISO week 23


def _timexes(nlp: Language, text: str, published: str | None = PUBLISHED) -> list[dict]:
    doc = nlp(text)
    doc._.published = published
    return TimexTagger(nlp)(doc)._.timexes


def _only(nlp: Language, text: str, published: str | None = PUBLISHED) -> dict:
    found = _timexes(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, value", [
    ("The minister resigned on Wednesday.", "Wednesday", "2025-06-04"),
    ("The minister resigned on Thursday.", "Thursday", "2025-06-05"),
    ("The envoy arrived late on Tuesday.", "late on Tuesday", "2025-06-03"),
    ("The two leaders will meet next Friday.", "next Friday", "2025-06-06"),
    ("The summit will open on Saturday.", "Saturday", "2025-06-07"),
    ("Rebels shelled the town yesterday.", "yesterday", "2025-06-04"),
    ("Voters go to the polls today.", "today", "2025-06-05"),
    ("The court rules tomorrow.", "tomorrow", "2025-06-06"),
    ("Crowds gathered outside the palace tonight.", "tonight", "2025-06-05TNI"),
    ("Police detained dozens of protesters last week.", "last week", "2025-W22"),
    ("Elections are planned for next month.", "next month", "2025-07"),
    ("Growth has slowed this year.", "this year", "2025"),
    ("The army withdrew two days ago.", "two days ago", "2025-06-03"),
    ("The treaty was signed in 2019.", "2019", "2019"),
    ("The ceasefire collapsed on March 5.", "March 5", "2025-03-05"),
    ("The ceasefire collapsed on 5 March 2024.", "5 March 2024", "2024-03-05"),
    ("Talks stalled at the end of March.", "the end of March", "2025-03"),
    ("Troops crossed the border earlier this month.", "earlier this month", "2025-06"),
    ("The parliament was dissolved in May.", "May", "2025-05"),
    ("The parliament was dissolved in October.", "October", "2024-10"),
    ("A new parliament will sit in October.", "October", "2025-10"),
    ("The region was poor in the 1990s.", "the 1990s", "199"),
    ("Exports fell in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1"),
    ("Fighting resumed last summer.", "last summer", "2024-SU"),
    ("The strike began on Monday, June 2, 2025.", "Monday, June 2, 2025", "2025-06-02"),
])
def test_forms(bare_nlp: Language, text: str, span: str, value: str) -> None:
    t = _only(bare_nlp, text)
    assert (t["text"], t["value"]) == (span, value)
    assert text[t["start"]:t["end"]] == span
    assert t["sentence"] == 0


def test_no_preposition_in_span(bare_nlp: Language) -> None:
    t = _only(bare_nlp, "Officials said on Wednesday that talks would resume.")
    assert t["text"] == "Wednesday"


def test_month_name_that_is_a_person_is_not_a_date(bare_nlp: Language) -> None:
    assert _timexes(bare_nlp, "Theresa May met the president in London.") == []
    assert _timexes(bare_nlp, "May God bless the victims, she wrote.") == []


def test_year_range_gives_two_timexes(bare_nlp: Language) -> None:
    found = _timexes(bare_nlp, "The expedition of 1957-58 crossed the continent.")
    assert [(t["text"], t["value"]) for t in found] == [("1957", "1957"), ("58", "1958")]


def test_money_is_not_a_year(bare_nlp: Language) -> None:
    assert _timexes(bare_nlp, "The deal was worth $2019 million and 2020 troops.") == []


def test_without_published_only_absolute_values(bare_nlp: Language) -> None:
    found = {t["text"]: t["value"] for t in _timexes(
        bare_nlp, "He left on Wednesday and returned in 2019.", published=None)}
    assert found == {"Wednesday": None, "2019": "2019"}


def test_sentence_index(bare_nlp: Language) -> None:
    found = _timexes(bare_nlp, "Nothing happened. The vote was held on Friday.")
    assert [t["sentence"] for t in found] == [1]


def test_durations_are_tagged(bare_nlp: Language) -> None:
    found = {t["text"]: t["value"] for t in _timexes(bare_nlp, "The siege lasted 90 days and the war five years.")}
    assert found == {"90 days": "P90D", "five years": "P5Y"}


def test_sample_article(bare_nlp: Language, sample_path: Path) -> None:
    text = sample_path.read_text(encoding="utf-8")
    found = _timexes(bare_nlp, text)
    first = found[0]
    assert (first["text"], first["value"]) == ("Wednesday", "2025-06-04")
    assert text[first["start"] - 3:first["start"]] == "on "
