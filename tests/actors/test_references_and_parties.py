"""Named factions and parties from the built-in group data, and "it"/"the group" references."""
from __future__ import annotations


def test_a_party_is_government_while_it_governs_and_opposition_otherwise(actor_codes) -> None:
    text = "The Conservative Party criticised the plan."
    assert actor_codes(text, "2005-03-01")["Conservative Party"] == "GBROPP"
    assert actor_codes(text, "2015-03-01")["Conservative Party"] == "GBRGOV"
    assert actor_codes("Labour's leader spoke in Leeds.", "2005-03-01")["Labour"] == "GBRGOV"


def test_a_party_name_that_is_also_a_word_is_a_word_before_a_common_noun(actor_codes) -> None:
    assert "Labour" not in actor_codes("Labour costs rose sharply in March.")
    assert actor_codes("Labour MPs voted against the bill.")["Labour"] == "GBROPP"


def test_named_factions_are_armed_groups_of_their_country(actor_codes) -> None:
    got = actor_codes("Jaish al-Islam fighters shelled an army post, and Faylaq al-Rahman withdrew.")
    assert got["Jaish al-Islam fighters"] == "SYRREB" and got["Faylaq al-Rahman"] == "SYRREB"


def test_the_group_and_it_refer_back_to_the_one_organisation_named(actor_codes) -> None:
    got = actor_codes("Hamas fired rockets at Ashkelon. The group said it would fire more.")
    assert got["The group"] == "PSEREB" and got["it"] == "PSEREB"


def test_it_stays_open_between_two_candidates_or_after_a_thing(actor_codes) -> None:
    assert actor_codes("Russia told Iran that it must comply.").get("it") is None
    assert actor_codes("The deal was signed by Iran in 2015. It limits enrichment.").get("It") is None
    assert "It" not in actor_codes("Russia vetoed the text. It is clear that talks failed.")


def test_a_surname_named_with_another_given_name_is_not_the_dictionary_person(actor_codes) -> None:
    got = actor_codes("Nicola Sturgeon wrote to Jack McConnell on Tuesday. Mr McConnell apologised.")
    assert got["Jack McConnell"] != "USALEG" and got["McConnell"] != "USALEG"
    assert actor_codes("Senator Mitch McConnell spoke. McConnell said it was wrong.")["McConnell"] == "USALEG"


def test_a_name_two_countries_share_takes_the_country_of_the_article(actor_codes) -> None:
    assert actor_codes("Chhatra League activists attacked BNP supporters in Dhaka.",
                       "2020-05-10")["BNP supporters"] == "BGDOPP"
    assert actor_codes("Tony Blair said the BNP was a disgrace.", "2005-03-01")["BNP"] == "GBROPP"
    assert actor_codes("The BNP leaflet was investigated.", "2005-03-01")["BNP"] is None  # no country to decide


def test_ruling_parties_are_the_government_on_the_article_date(actor_codes) -> None:
    assert actor_codes("BJP workers attacked the rally.", "2020-05-03")["BJP"] == "INDGOV"
    assert actor_codes("BJP workers attacked the rally.", "2010-05-03")["BJP"] == "INDOPP"


def test_anti_names_the_actor_opposed_not_the_actor(actor_codes) -> None:
    got = actor_codes("An anti-Awami League mob vandalized a house in Chandpur.", "2024-08-05")
    assert all(code != "BGDGOV" and code != "BGDOPP" for code in got.values())


def test_a_group_name_before_a_noun_is_still_the_group(actor_codes) -> None:
    assert actor_codes("He was killed in an Isis ambush in Raqqa.")["Isis"] == "IMGMUSISI"


def test_it_is_not_the_antecedent_of_its_own_relative_clause(actor_codes) -> None:
    got = actor_codes("Ankara says Afrin is run by the PKK, with whom it has fought a long insurgency.")
    assert got["it"] == "TURGOV"


def test_an_organisation_no_dictionary_knows_takes_its_role_from_its_descriptor(actor_codes) -> None:
    got = actor_codes("Anti-abortion group the Pro-Life Alliance congratulated Mr Howard.", "2005-03-01")
    assert got["Anti-abortion group the Pro-Life Alliance"].endswith("NGO")
    got = actor_codes("Mwatana, a Yemeni rights group, accused the coalition of bombing a school.")
    assert got["Mwatana"].endswith("NGO")


def test_a_surname_after_a_particle_keeps_its_own_given_name(actor_codes) -> None:
    got = actor_codes("Nasr al-Hariri, the Syrian opposition's negotiator, spoke. Later Hariri denied it.",
                      "2018-02-01")
    assert all(code != "LBNGOV" for code in got.values())
