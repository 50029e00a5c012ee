"""Dictionary data, user files and date-bounded lookup (no spaCy model needed)."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.actors.lexicon.dictionary import (
    ActorDictionary,
    ActorFileError,
    agent_nouns,
    builtin_entries,
    country_names,
)
from newsevents.actors.lexicon.user_files import load_user_file


def _tok(text: str) -> list[str]:
    return text.split()


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary(_tok)


def test_every_iso_country_is_present() -> None:
    names = country_names()
    assert len(names) >= 249
    assert names["RUS"] == "Russia" and names["VAT"] == "Vatican" and names["USA"] == "United States"


def test_builtin_entries_are_well_formed() -> None:
    entries = builtin_entries()
    assert entries and all(e.code for e in entries)
    assert all(e.start is None or e.end is None or e.start < e.end for e in entries)
    assert {a.type for a in agent_nouns()} <= {"P", "G", "S", "A"}


@pytest.mark.parametrize(
    ("day", "trump", "biden"),
    [
        (date(2019, 6, 1), "USAGOV", "USA"),
        (date(2023, 6, 1), "USA", "USAGOV"),
        (date(2025, 6, 5), "USAGOV", "USA"),
    ],
)
def test_dated_office_holders(dictionary: ActorDictionary, day: date, trump: str, biden: str) -> None:
    assert dictionary.resolve("donald trump", day).code == trump
    assert dictionary.resolve("trump", day).code == trump
    assert dictionary.resolve("biden", day).code == biden


def test_popes_by_date(dictionary: ActorDictionary) -> None:
    assert dictionary.resolve("pope leo xiv", date(2025, 6, 5)).code == "VATGOV"
    assert dictionary.resolve("pope francis", date(2020, 1, 1)).code == "VATGOV"
    assert dictionary.resolve("pope francis", date(2025, 6, 5)).code == "VAT"


def test_country_aliases_adjectives_capitals(dictionary: ActorDictionary) -> None:
    day = date(2025, 1, 1)
    assert dictionary.resolve("britain", day).code == "GBR"
    assert dictionary.resolve("u.s.", day).code == "USA"
    assert dictionary.resolve("ukrainian", day).code == "UKR"
    assert dictionary.resolve("moscow", day).code == "RUSGOV"
    assert dictionary.resolve("kremlin", day).code == "RUSGOV"
    assert dictionary.resolve("nato", day).code == "IGOWSTNAT"
    assert dictionary.resolve("united nations", day).code == "IGOUNO"


def test_csv_user_file_overrides(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,code,start,end\n"
        "Donald Trump,USABUS,2021-01-20,2025-01-20\n"
        "Zorblax Industries,USABUS,,\n",
        encoding="utf-8",
    )
    d = ActorDictionary(_tok, load_user_file(path))
    assert d.resolve("donald trump", date(2023, 1, 1)).code == "USABUS"
    assert d.resolve("donald trump", date(2025, 6, 1)).code == "USA"  # user rows replace built-in
    assert d.resolve("zorblax industries", date(2023, 1, 1)).kind == "group"
    assert d.resolve("trump", date(2025, 6, 1)).code == "USAGOV"  # untouched alias


def test_yaml_user_file(tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n  - {name: Quuxland Liberation Front, code: QUXREB}\n"
        "  - {name: Jane Roe, code: CANGOV, start: 2030-01-01}\n",
        encoding="utf-8",
    )
    entries = load_user_file(path)
    assert [e.kind for e in entries] == ["group", "person"]
    d = ActorDictionary(_tok, entries)
    assert d.resolve("jane roe", date(2031, 1, 1)).code == "CANGOV"
    assert d.resolve("jane roe", date(2029, 1, 1)).code == "CAN"


def test_bad_user_file(tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,code,start\nX,USAGOV,not-a-date\n", encoding="utf-8")
    with pytest.raises(ActorFileError):
        load_user_file(path)
    with pytest.raises(ActorFileError):
        load_user_file(tmp_path / "missing.csv")
