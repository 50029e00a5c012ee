"""Office terms added in the 2025 audit, the data's verified-through date, and case variants."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.actors.lexicon.dictionary import ActorDictionary, data_info, verified_through


@pytest.mark.parametrize(("phrase", "day", "code"), [
    # Germany: Merz government from 2025-05-06
    ("alexander dobrindt", date(2025, 6, 1), "DEUGOV"),
    ("alexander dobrindt", date(2020, 6, 1), "DEU"),
    ("nancy faeser", date(2025, 6, 1), "DEU"),
    ("nancy faeser", date(2024, 6, 1), "DEUGOV"),
    # Canada: Carney's cabinet
    ("francois - philippe champagne", date(2025, 4, 1), "CANGOV"),
    ("harjit sajjan", date(2025, 4, 1), "CAN"),
    ("pierre poilievre", date(2025, 4, 1), "CANOPP"),
    # South Korea after June 2025
    ("kim min - seok", date(2025, 8, 1), "KORGOV"),
    ("kim yong - hyun", date(2025, 1, 1), "KOR"),
    # Japan: Takaichi cabinet from 2025-10-21
    ("minoru kihara", date(2025, 11, 1), "JPNGOV"),
    ("minoru kihara", date(2025, 1, 1), "JPN"),
    ("taro kono", date(2018, 1, 1), "JPNGOV"),
    # United Kingdom, 2019 and 2024-2025
    ("sajid javid", date(2019, 2, 20), "GBRGOV"),
    ("sajid javid", date(2021, 1, 1), "GBR"),
    ("jeremy corbyn", date(2019, 2, 20), "GBROPP"),
    ("angela rayner", date(2025, 6, 1), "GBRGOV"),
    ("angela rayner", date(2025, 10, 1), "GBR"),
    ("shabana mahmood", date(2025, 10, 1), "GBRGOV"),
    ("kemi badenoch", date(2025, 1, 1), "GBROPP"),
    ("rishi sunak", date(2024, 9, 1), "GBROPP"),
    # United States, 2019 and 2025
    ("patrick shanahan", date(2019, 2, 20), "USAGOV"),
    ("kristi noem", date(2025, 3, 1), "USAGOV"),
    ("kash patel", date(2025, 3, 1), "USACOP"),
    ("marco rubio", date(2019, 1, 1), "USALEG"),
    ("marco rubio", date(2025, 3, 1), "USAGOV"),
    # Iran after the June 2025 strikes
    ("hossein salami", date(2025, 1, 1), "IRNMIL"),
    ("hossein salami", date(2025, 7, 1), "IRN"),
    # Australia, Thailand, Syria, Yemen, Vatican, Italy
    ("scott morrison", date(2019, 2, 20), "AUSGOV"),
    ("peter dutton", date(2024, 1, 1), "AUSOPP"),
    ("srettha thavisin", date(2024, 9, 1), "THA"),
    ("hafez al - assad", date(1999, 1, 1), "SYRGOV"),
    ("rashad al - alimi", date(2024, 1, 1), "YEMGOV"),
    ("tarcisio bertone", date(2010, 1, 1), "VATGOV"),
    ("sergio mattarella", date(2000, 1, 1), "ITAGOV"),
    ("sergio mattarella", date(2010, 1, 1), "ITA"),
])
def test_audited_terms(builtin_dictionary: ActorDictionary, phrase: str, day: date, code: str) -> None:
    assert builtin_dictionary.resolve(phrase, day).code == code


def test_verified_through_is_shipped_and_reported() -> None:
    checked = verified_through()
    assert checked is not None and checked >= date(2025, 11, 1)
    info = data_info()
    assert info["verified_through"] == checked.isoformat()
    assert info["office_terms"] > 1000 and info["people"] > 900
    assert "--actors" in info["note"]


def test_case_variants_of_one_phrase_are_all_matched(builtin_dictionary: ActorDictionary) -> None:
    # "NATO" (exact acronym) and "Nato" (Guardian style) are both patterns of one entry
    assert {"NATO", "Nato"} <= set(builtin_dictionary.patterns["nato"])


def test_info_command_prints_the_verified_through_date(capsys) -> None:
    import json

    from newsevents.actors.__main__ import main

    assert main(["info"]) == 0
    assert json.loads(capsys.readouterr().out)["verified_through"] == verified_through().isoformat()
    assert main(["bogus"]) == 2
