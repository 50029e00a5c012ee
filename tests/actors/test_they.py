"""Plural pronouns ("they", "them", "their") on hand-written sentences."""
from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors import ActorResolver


@pytest.fixture(scope="module")
def run(bare_nlp: Language):
    resolver = ActorResolver(bare_nlp)

    def _run(text: str) -> list[dict]:
        doc = bare_nlp(text)
        doc._.published = "2025-06-05"
        return resolver(doc)._.actor_mentions

    return _run


def pronoun(mentions: list[dict], text: str) -> dict:
    hits = [m for m in mentions if m["text"] == text and m["kind"] in ("pronoun", "plural")]
    assert hits, f"{text!r} not among {[m['text'] for m in mentions]}"
    return hits[-1]


def test_conjoined_countries_give_a_plural(run) -> None:
    m = pronoun(run("Russia and China vetoed the resolution. They said it was one-sided."), "They")
    assert m["kind"] == "plural" and m["codes"] == ["RUS", "CHN"] and m["code"] == "RUS"


def test_conjoined_people(run) -> None:
    m = pronoun(run("Donald Trump and Vladimir Putin spoke on Monday. They agreed to meet."), "They")
    assert m["codes"] == ["USAGOV", "RUSGOV"]


def test_group_noun_subject_and_object(run) -> None:
    m = pronoun(run("Syrian rebels shelled the town. The army said they had used mortars."), "they")
    assert m["kind"] == "pronoun" and m["code"] == "SYRREB" and "codes" not in m
    m = pronoun(run("Palestinians marched in Ramallah. Israeli troops fired on them."), "them")
    assert m["code"] == "PSE"


def test_officials_in_a_capital_are_its_government(run) -> None:
    m = pronoun(run("Officials in Moscow rejected the report. They called it a provocation."), "They")
    assert m["code"] == "RUSGOV"


def test_resolved_plural_mention_and_possessive(run) -> None:
    mentions = run(
        "U.S. President Donald Trump spoke to Russian President Vladimir Putin on Wednesday. "
        "The two leaders discussed Ukraine, and their aides met later."
    )
    assert pronoun(mentions, "their")["codes"] == ["USAGOV", "RUSGOV"]


def test_object_never_takes_its_own_subject(run) -> None:
    m = pronoun(run("Israeli troops fired on them."), "them")
    assert m["code"] is None


@pytest.mark.parametrize("text", [
    "Syrian rebels attacked Turkish troops near Afrin. They suffered heavy losses.",
    "Chinese police detained the activists. They said nothing.",
    "Syrian rebels shelled the town. Residents said they had fled.",
])
def test_ambiguous_left_unresolved(run, text: str) -> None:
    m = pronoun(run(text), text.split(". ")[1].split()[0] if text.split(". ")[1].startswith("They")
                else "they")
    assert m["code"] is None and "codes" not in m and m["kind"] == "pronoun"


def test_no_antecedent(run) -> None:
    m = pronoun(run("The weather was bad. They stayed at home."), "They")
    assert m["code"] is None and m["kind"] == "pronoun"


def test_too_far_back(run) -> None:
    m = pronoun(run("Russia and China vetoed it. The vote was late. Rain fell. They left."), "They")
    assert m["code"] is None
