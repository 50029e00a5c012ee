"""The shipped dictionary: coverage of states, groups and dated office holders."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.actors.lexicon.dictionary import ActorDictionary, builtin_entries, country_names


@pytest.mark.parametrize(("phrase", "day", "code"), [
    ("hamas", date(2024, 1, 1), "PSEREB"),
    ("hezbollah", date(2024, 1, 1), "LBNREB"),
    ("ansar allah", date(2024, 1, 1), "YEMREB"),
    ("boko haram", date(2015, 1, 1), "NGAREB"),
    ("pkk", date(2015, 1, 1), "TURREB"),
    ("taliban", date(2010, 1, 1), "AFGREB"),
    ("taliban", date(2023, 1, 1), "AFGGOV"),
    ("rapid support forces", date(2020, 1, 1), "SDNMIL"),
    ("rapid support forces", date(2024, 1, 1), "SDNREB"),
    ("m23", date(2025, 2, 1), "CODREB"),
    ("africa corps", date(2025, 2, 1), "RUSMIL"),
    ("zhongnanhai", date(2025, 2, 1), "CHNGOV"),
    ("downing street", date(2025, 2, 1), "GBRGOV"),
    ("holy see", date(2025, 2, 1), "VATGOV"),
])
def test_groups_and_seats(builtin_dictionary: ActorDictionary, phrase: str, day: date, code: str) -> None:
    assert builtin_dictionary.resolve(phrase, day).code == code


@pytest.mark.parametrize(("phrase", "day", "code"), [
    ("angela merkel", date(2010, 1, 1), "DEUGOV"),
    ("angela merkel", date(2023, 1, 1), "DEU"),
    ("jean - yves le drian", date(2015, 1, 1), "FRAGOV"),
    ("sergei shoigu", date(2020, 1, 1), "RUSGOV"),
    ("hosni mubarak", date(2012, 1, 1), "EGY"),
    ("abu mohammad al - jolani", date(2020, 1, 1), "SYRREB"),
    ("ahmed al - sharaa", date(2020, 1, 1), "SYRREB"),
    ("ahmed al - sharaa", date(2025, 3, 1), "SYRGOV"),
    ("mark rutte", date(2020, 1, 1), "NLDGOV"),
    ("mark rutte", date(2025, 1, 1), "IGOWSTNAT"),
    ("assimi goita", date(2022, 1, 1), "MLIGOV"),
    ("min aung hlaing", date(2019, 1, 1), "MMRMIL"),
    ("min aung hlaing", date(2022, 1, 1), "MMRGOV"),
    ("hemedti", date(2024, 1, 1), "SDNREB"),
    ("aoun", date(2025, 6, 1), "LBNGOV"),
])
def test_people_by_date(builtin_dictionary: ActorDictionary, phrase: str, day: date, code: str) -> None:
    assert builtin_dictionary.resolve(phrase, day).code == code


def test_every_required_state_has_office_holders() -> None:
    coded = {e.code[:3] for e in builtin_entries() if e.kind == "person" and e.code}
    required = {
        "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX",
        "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "UKR", "IRN", "ISR", "PSE", "SYR",
        "VAT", "PRK", "SDN", "MMR", "COD", "ETH", "YEM", "SOM", "MLI", "BFA", "NER", "HTI",
        "ARM", "AZE", "LBN",
    }
    assert required <= coded, sorted(required - coded)
    assert len(country_names()) >= 249
