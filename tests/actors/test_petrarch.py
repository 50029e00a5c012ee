"""The PETRARCH/TABARI .actors.txt importer, on small texts and on the Phoenix dictionaries."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.lexicon.dictionary import ActorDictionary
from newsevents.actors.lexicon.petrarch import parse_date, parse_petrarch, parse_restriction, recase
from newsevents.actors.lexicon.user_files import load_user_file

PHOENIX = Path(__file__).resolve().parents[3] / "shared" / "reference" / "phoenix"

SAMPLE = """\
# comment
ZORBA_QUUX_  # a made-up leader
+PRESIDENT_QUUX_
+QUUX
\t[QXLELI <170120]
\t[QXLGOV 20170120-20210119]
\t[QXLOPP >210120]
BLORVANIA [BLV]
+BLORVANIAN
ACME_DRONES_ [QXLBUS]
NOBODY_ [---]
"""


def _tok(text: str) -> list[str]:
    return text.split()


def test_dates_and_restrictions() -> None:
    assert parse_date("170120") == date(2017, 1, 20)
    assert parse_date("990809") == date(1999, 8, 9)
    assert parse_date("20170120") == date(2017, 1, 20)
    assert parse_restriction(">170120") == (date(2017, 1, 20), None)
    assert parse_restriction("<170120") == (None, date(2017, 1, 20))
    assert parse_restriction("20090120-20170120") == (date(2009, 1, 20), date(2017, 1, 21))
    assert parse_restriction("19950601 - 19990815") == (date(1995, 6, 1), date(1999, 8, 16))


def test_recase() -> None:
    assert recase("VLADIMIR PUTIN") == "Vladimir Putin"
    assert recase("MOHAMMED BIN SALMAN") == "Mohammed bin Salman"
    assert recase("WHO") == "WHO" and recase("U.N.") == "U.N."
    assert recase("AL-QAEDA") == "Al-Qaeda"


def test_parse_blocks_synonyms_and_dates() -> None:
    entries = parse_petrarch(SAMPLE)
    d = ActorDictionary(_tok, entries)
    assert d.resolve("zorba quux", date(2016, 1, 1)).code == "QXLELI"
    assert d.resolve("quux", date(2018, 1, 1)).code == "QXLGOV"
    assert d.resolve("president quux", date(2022, 1, 1)).code == "QXLOPP"
    assert d.resolve("blorvanian", date(2022, 1, 1)).code == "BLV"
    assert d.resolve("acme drones", date(2022, 1, 1)).kind == "group"
    assert "nobody" not in d
    assert {e.name for e in entries if e.pattern == "Quux"} == {"Zorba Quux"}


def test_loaded_through_actors_files(tmp_path: Path) -> None:
    path = tmp_path / "mine.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    d = ActorDictionary(_tok, load_user_file(path))
    assert d.resolve("quux", date(2019, 1, 1)).code == "QXLGOV"


def test_in_the_component(bare_nlp, tmp_path: Path) -> None:
    from newsevents.actors import ActorResolver

    path = tmp_path / "mine.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    resolver = ActorResolver(bare_nlp, actors_files=[path])
    doc = bare_nlp("Zorba Quux met Blorvanian officials.")
    doc._.published = "2018-05-01"
    codes = {m["text"]: m["code"] for m in resolver(doc)._.actor_mentions}
    assert codes["Zorba Quux"] == "QXLGOV"
    assert codes["Blorvanian"] == "BLV"


@pytest.mark.skipif(not PHOENIX.exists(), reason="../shared/reference/phoenix not present")
def test_phoenix_dictionaries_import_fast() -> None:
    from newsevents.actors.lexicon.petrarch import import_petrarch

    started = time.perf_counter()
    entries = import_petrarch(PHOENIX / "Phoenix.Countries.actors.txt")
    assert time.perf_counter() - started < 5
    assert len(entries) > 30000
    d = ActorDictionary(_tok, entries)
    assert d.resolve("barack obama", date(2010, 1, 1)).code == "USAGOV"
    assert d.resolve("vladimir putin", date(2005, 1, 1)).code == "RUSGOV"
    assert d.resolve("vladimir putin", date(1990, 1, 1)).code == "RUSELI"
    assert d.resolve("afghan", date(2010, 1, 1)).code == "AFG"
    groups = import_petrarch(PHOENIX / "Phoenix.MilNonState.actors.txt")
    assert any(e.pattern == "Boko Haram" and e.code == "NGAREB" for e in groups)
