"""Titled people the dictionary does not know take the sentence's one country, except beside a counterpart."""
from __future__ import annotations


def test_stranger_takes_the_one_country_of_its_sentence(actor_codes) -> None:
    got = actor_codes("President Ivo Marek dissolved the Slovak parliament on Monday.", "1995-05-01")
    assert got["President Ivo Marek"] == "SVKGOV"


def test_stranger_beside_a_titled_counterpart_is_left_uncoded(actor_codes) -> None:
    got = actor_codes("President Ivo Marek met German Chancellor Helmut Kohl in Bonn.", "1995-05-01")
    assert got["German Chancellor Helmut Kohl"] == "DEUGOV"
    assert got["President Ivo Marek"] is None
    welcome = actor_codes("Prime Minister Lena Varga welcomed Austrian President Anton Huber to the capital.",
                          "1995-05-01")
    assert welcome["Prime Minister Lena Varga"] is None


def test_stranger_beside_a_compatriot_of_another_role_keeps_the_country(actor_codes) -> None:
    got = actor_codes("President Ivo Marek met Slovak opposition leader Dana Novak on Monday.", "1995-05-01")
    assert got["Slovak opposition leader Dana Novak"] == "SVKOPP"
    assert got["President Ivo Marek"] == "SVKGOV"
