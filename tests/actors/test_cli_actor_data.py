"""``newsevents actors info`` and ``actors lookup`` through the real CLI."""
from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.cli import main


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


def test_info_reports_the_verified_through_date_and_counts():
    code, out = _run(["actors", "info"])
    info = json.loads(out)
    assert code == 0
    assert info["verified_through"] >= "2025-01-01"
    assert info["office_terms"] > 1000 and info["countries"] >= 193


def test_lookup_gives_the_code_on_the_date():
    in_office = json.loads(_run(["actors", "lookup", "Donald Trump", "--date", "2018-06-01"])[1])
    between = json.loads(_run(["actors", "lookup", "Donald Trump", "--date", "2022-06-01"])[1])
    assert in_office["code"] == "USAGOV"
    assert between["code"] == "USA"
    assert len(between["entries"]) >= 2


def test_lookup_reads_user_files_which_replace_builtin_entries(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,code,start,end\nJane Example,GBRGOV,2026-02-01,\n", encoding="utf-8")
    before = _run(["actors", "lookup", "Jane Example", "--date", "2026-03-01"])
    after = json.loads(_run(["actors", "lookup", "Jane Example", "--date", "2026-03-01", "--actors", str(path)])[1])
    assert before[0] != 0 and "not in the actor dictionary" in before[1]
    assert after["code"] == "GBRGOV" and after["entries"][0]["source"] != "builtin"


def test_lookup_rejects_a_bad_date():
    code, out = _run(["actors", "lookup", "Donald Trump", "--date", "yesterday"])
    assert code == 2 and "date" in out.lower()
