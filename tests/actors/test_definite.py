"""Definite bodies ("the government", "police"), appositions and bare portfolio titles."""
from __future__ import annotations


def test_title_and_name_in_apposition_share_the_code(actor_codes) -> None:
    got = actor_codes("The US acting defence secretary, Patrick Shanahan, said the fight was nearly over.")
    assert got["Patrick Shanahan"] == "USAGOV"


def test_country_specific_title_without_country_word(actor_codes) -> None:
    got = actor_codes("Begum has been told by the home secretary, Sajid Javid, that she will lose it.")
    assert got["the home secretary"] == "GBRGOV"
    assert got["Sajid Javid"] == "GBRGOV"


def test_portfolio_title_takes_the_country_of_the_named_person(actor_codes) -> None:
    got = actor_codes("The security minister, Ben Wallace, said on Thursday that lives were at risk.")
    assert got["The security minister"] == "GBRGOV"


def test_the_government_follows_the_last_government_actor(actor_codes) -> None:
    got = actor_codes("Scott Morrison spoke on Friday. He said the government is working with the Red Cross.")
    assert got["the government"] == "AUSGOV"


def test_forces_take_the_country_of_a_government_just_named(actor_codes) -> None:
    got = actor_codes("Donald Trump is insisting that the military will build his wall.", "2019-01-10")
    assert got["the military"] == "USAMIL"


def test_the_government_stays_uncoded_with_rival_governments(actor_codes) -> None:
    got = actor_codes("Theresa May met Emmanuel Macron in Paris. The government said talks went well.")
    assert got["The government"] is None


def test_the_regime_is_left_alone(actor_codes) -> None:
    got = actor_codes("Mike Pompeo spoke on Tuesday. He said the regime uses the revenues to spread terror.")
    assert "the regime" not in got or got["the regime"] is None


def test_title_of_a_people_is_not_their_state(actor_codes) -> None:
    got = actor_codes("The leader of the Syrian Kurds has called for a small observer force.")
    assert got.get("The leader") != "SYRGOV"


def test_nationals_inside_a_group_are_the_group(actor_codes) -> None:
    got = actor_codes("In 2017 a French Isis fighter told a magazine that he had seen the hostage.")
    assert got["Isis fighter"] == "IMGMUSISI"
    assert got["French"] == "FRA"


def test_names_inside_places_and_titles_of_papers_are_not_actors(actor_codes) -> None:
    got = actor_codes("The fortune the US spent on the Ayn al-Assad airbase must be used well. "
              "The Washington Post reported it.")
    assert all(code != "SYRGOV" for code in got.values())
    assert got.get("The Washington Post") is None


def test_an_adjectival_title_is_not_a_person(actor_codes) -> None:
    got = actor_codes("The official tone has now changed, with Theresa May saying she would not budge.")
    assert "The official" not in got
