"""Generic agents ("police", "protesters", "gunmen") and the country the text gives them;
capitals in place phrases are places, not governments."""
from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="module")
def codes(pipeline) -> Callable[[str], dict[str, str | None]]:
    """{mention text: code} after the whole pipeline (the agent country needs the places)."""
    def run(text: str, published: str = "2020-05-07") -> dict[str, str | None]:
        return {a["text"]: a["code"] for a in pipeline.extract(text, published=published)["actors"]}
    return run


def test_agents_take_the_country_of_their_place(codes) -> None:
    got = codes("Police arrested 12 opposition activists in Harare on Monday.")
    assert got["Police"] == "ZWECOP"
    assert got["opposition activists"] == "ZWEOPP"


def test_occupations_are_agents_of_their_role(codes) -> None:
    got = codes("About 200 nurses demonstrated outside a hospital in South Africa.")
    assert got["nurses"] == "ZAFHLH"
    got = codes("Gunmen abducted five farmers near Kaduna.")
    assert got["Gunmen"] == "NGAUAF" and got["farmers"] == "NGAAGR"


def test_a_country_word_before_the_agent_wins(codes) -> None:
    got = codes("Chinese demonstrators clashed with Nepal police in Kathmandu.")
    assert got["Chinese demonstrators"] == "CHNOPP"


def test_an_agent_with_no_place_keeps_an_unknown_country(codes) -> None:
    got = codes("Gunmen attacked a bus on the highway.")
    assert got["Gunmen"] == "---UAF"


def test_the_owner_of_an_agent_gives_its_country(codes) -> None:
    assert codes("The police of Kenya arrested the suspects.")["police"] == "KENCOP"
    assert codes("Residents of Bamako fled the fighting.")["Residents"] == "MLICVL"


def test_named_sides_and_modifiers_are_not_generic_agents(codes) -> None:
    got = codes("Houthi forces attacked a police station in Hodeidah.")
    assert "forces" not in got and "police station" not in got
    assert got["police"].endswith("COP")  # the station's owner: whom the attack hits
    got = codes("The student union and the army chief spoke.")
    assert "student" not in got and "army" not in got


def test_refugees_are_not_placed_where_they_are(codes) -> None:
    got = codes("Refugees arrived in Athens on Tuesday.")
    assert got["Refugees"] == "---REF"
    assert codes("Refugees from Syria arrived in Athens.")["Refugees"] == "SYRREF"


def test_a_capital_in_a_place_phrase_is_the_place(codes) -> None:
    got = codes("Protesters gathered in Harare on Friday.")
    assert got.get("Harare") == "ZWE"
    assert codes("Moscow accused Kyiv of shelling the plant.")["Moscow"] == "RUSGOV"


def test_acronyms_with_inner_capitals_match_exactly(codes) -> None:
    assert "Let" not in codes("Let me be clear: we will not back down.")
    assert codes("LeT militants attacked a police camp in Kashmir.").get("LeT militants") == "PAKREB"


def test_forces_named_by_a_people_or_sect_are_no_state_army(actor_codes) -> None:
    got = actor_codes("In Raqqa, Kurdish forces have taken the Old City from Isis.")
    assert got["forces"].endswith("REB")
