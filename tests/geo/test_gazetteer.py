"""The gazetteer file: names, divisions, countries, demonyms, the stop-list's neighbours."""
from __future__ import annotations

import pytest

from newsevents.geo.build import division_variants, normalise
from newsevents.geo.gazetteer import ALT, DEMONYM, gazetteer


def test_normalise_folds_case_accents_apostrophes_and_the() -> None:
    assert normalise("The  Côte d’Ivoire") == "cote d'ivoire"


def test_division_variants_drop_generic_affixes() -> None:
    assert {"kirkuk"} <= division_variants("Muhafazat Kirkuk")
    assert {"north kivu", "nord kivu"} <= division_variants("Nord Kivu")
    assert "anhui" in division_variants("Anhui Sheng")


def test_first_level_divisions_have_points() -> None:
    (ontario, *_) = [p for p in gazetteer().lookup("Ontario") if p.feature == "adm1"]
    assert ontario.country == "CAN" and 42 < ontario.lat < 52 and -92 < ontario.lon < -76
    assert any(p.feature == "adm1" and p.country == "COD" for p in gazetteer().lookup("Kasai"))


def test_countries_sit_at_their_centres_not_capitals() -> None:
    usa = gazetteer().country("USA")
    assert usa is not None and usa.lat == pytest.approx(39.8, abs=0.5) and usa.lon == pytest.approx(-98.6, abs=0.5)


def test_counties_abbreviations_and_demonyms() -> None:
    gaz = gazetteer()
    assert gaz.lookup("Laurel County")[0].feature == "adm2"
    assert gaz.lookup("W.Va.")[0].adm1 == "USWV"
    turkish = gaz.lookup("Turkish")
    assert turkish[0].country == "TUR" and turkish[0].how == DEMONYM
    assert any(p.how == ALT for p in gaz.lookup("Kiev"))


def test_neighbours_and_capitals() -> None:
    gaz = gazetteer()
    assert "RUS" in gaz.neighbours("GEO")
    assert any(p.capital for p in gaz.lookup("Nairobi"))


def test_gazetteer_is_opened_once() -> None:
    assert gazetteer() is gazetteer()


def test_divisions_answer_to_french_compass_words_and_doubled_letter_spellings() -> None:
    assert {"sud-kivu", "extreme-nord"} <= division_variants("South Kivu") | division_variants("Far North")
    assert any(p.country == "COD" and p.feature == "adm1" for p in gazetteer().lookup("Sud-Kivu"))
    # a transliteration that differs only in doubled letters finds the division, not a town
    assert [p.country for p in gazetteer().lookup("Middle Shabelle")][:1] == ["SOM"]
    assert all(p.feature in ("adm1", "adm2") for p in gazetteer().lookup("Middle Shabelle"))
    assert not gazetteer().lookup("Xqqzzy")


def test_abbreviations_of_divisions_in_conflict_reports() -> None:
    assert gazetteer().lookup("J&K")[0].country == "IND"
    assert gazetteer().lookup("AJK")[0].country == "PAK"
