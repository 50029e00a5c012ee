"""Office terms from Wikidata (issue 14, part 3): both input shapes, the mess real statements
have, the diff against the built-in data, the actors file and the data directory, end to end.

The fixtures in wikidata_fixtures/ are Wikidata-shaped and written for these tests: the office
QIDs are real, the people (Q9900000xx) and their terms are made up (Starmer's end, Takaichi's
changed start) so that every kind of change shows.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.actors.wikidata.offices import QUERY_FILE, listed_offices
from newsevents.actors.wikidata.update import update_from_wikidata
from newsevents.cli import main

FIXTURES = Path(__file__).parent / "wikidata_fixtures"
SPARQL = FIXTURES / "offices.sparql.json"
DUMP = FIXTURES / "offices.dump.jsonl"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _terms(path: Path) -> dict[str, set[tuple]]:
    update = update_from_wikidata(path)
    return {p.name: {(t.code, t.note, t.start.isoformat(), t.end and t.end.isoformat()) for t in p.terms}
            for p in update.people}


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSEVENTS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_sparql_results_and_dump_lines_give_the_same_terms():
    sparql, dump = _terms(SPARQL), _terms(DUMP)
    for name in ("Alice Fictional", "Keir Starmer", "Wanjiru Fictional", "Erik Tvåämbeten"):
        assert sparql[name] == dump[name], name
    assert sparql["Alice Fictional"] == {("GBRGOV", "prime minister", "2026-02-10", None)}
    assert sparql["Keir Starmer"] == {("GBRGOV", "prime minister", "2024-07-05", "2026-02-10")}
    # a state's head-of-state office the tsv does not list: placed through the state (P1906)
    assert sparql["Wanjiru Fictional"] == {("KENGOV", "", "2026-02-01", None)}


def test_messy_statements_are_cleaned():
    update = update_from_wikidata(SPARQL)
    people = {p.name: p for p in update.people}
    # duplicate statements (one with a year-only start) and the same statement found twice: one term
    assert len(people["Alice Fictional"].terms) == 1
    # aliases: two words or more; nicknames, initials and bare surnames are left out
    assert people["Alice Fictional"].aliases == ("Alice B. Fictional",)
    # no English label: the French one; a month-only start counts from the month's last day
    claire = people["Claire Multilingue"]
    assert [(t.code, t.note, t.start.isoformat()) for t in claire.terms] == [("FRAGOV", "foreign minister", "2026-03-31")]
    # two offices at once: two terms, one per office
    assert {t.note for t in people["Erik Tvåämbeten"].terms} == {"prime minister", "foreign minister"}
    assert "Bob Deprecated" not in people and "Nostart Person" not in people
    assert update.skipped == {
        "deprecated statements": 1, "people without a usable name": 1,
        "statements of offices not in wikidata_offices.tsv": 1, "statements without a start date": 1}
    dump = update_from_wikidata(DUMP)
    assert dump.skipped["statements with an unknown end"] == 1
    assert dump.skipped["lines that are not JSON"] == 1
    assert dump.data_date.isoformat() == "2026-04-02"  # the newest entity edit


def test_diff_lists_added_ended_and_changed_terms():
    code, out = _run("actors", "update", "--wikidata", str(SPARQL), "--as-of", "2026-04-05")
    summary = json.loads(out)
    assert code == 0 and summary["data_date"] == "2026-04-05"
    added = {(c["name"], c["code"], c["start"], c["end"]) for c in summary["added"]}
    assert added == {
        ("Alice Fictional", "GBRGOV", "2026-02-10", None),
        ("Claire Multilingue", "FRAGOV", "2026-03-31", None),
        ("Erik Tvåämbeten", "SWEGOV", "2026-01-15", None),
        ("Erik Tvåämbeten", "SWEGOV", "2026-01-15", "2026-04-01"),
        ("Wanjiru Fictional", "KENGOV", "2026-02-01", None)}
    assert [(c["name"], c["end"], c["was"]) for c in summary["ended"]] == [
        ("Keir Starmer", "2026-02-10", {"start": "2024-07-05", "end": None})]
    assert [(c["name"], c["start"], c["was"]["start"]) for c in summary["changed"]] == [
        ("Sanae Takaichi", "2025-10-22", "2025-10-21")]
    assert summary["counts"]["builtin_kept"] >= 1  # Starmer's opposition-leader term stays
    code, text = _run("actors", "update", "--wikidata", str(SPARQL), "--text")
    assert code == 0 and "> GBRGOV" in text and "~ JPNGOV" in text and "+ KENGOV" in text


@pytest.fixture(scope="module")
def updated_pipeline(tmp_path_factory: pytest.TempPathFactory):
    """The full pipeline with the actors file the update wrote."""
    from newsevents.config import Settings
    from newsevents.pipeline import Pipeline

    path = tmp_path_factory.mktemp("wikidata") / "wikidata.csv"
    code, out = _run("actors", "update", "--wikidata", str(DUMP), "-o", str(path))
    assert code == 0 and json.loads(out)["written"] == str(path)
    return Pipeline(Settings(actors_files=(path,)))


def _codes(pipeline, text: str, published: str) -> dict[str, str | None]:
    record = pipeline.extract(text, published=published)
    return {a["text"]: a["code"] for a in record["actors"]}


def test_the_new_office_holder_resolves_from_the_term_start(updated_pipeline):
    text = "Alice Fictional met Emmanuel Macron in Paris on Monday."
    assert _codes(updated_pipeline, text, "2026-03-02")["Alice Fictional"] == "GBRGOV"
    assert _codes(updated_pipeline, text, "2026-02-01")["Alice Fictional"] != "GBRGOV"
    alias = _codes(updated_pipeline, "Alice B. Fictional spoke in London.", "2026-03-02")
    assert alias["Alice B. Fictional"] == "GBRGOV"


def test_an_ended_term_ends_and_older_terms_stay(updated_pipeline):
    text = "Keir Starmer criticised the plan."
    assert _codes(updated_pipeline, text, "2026-01-20")["Keir Starmer"] == "GBRGOV"
    assert _codes(updated_pipeline, text, "2026-03-02")["Keir Starmer"] == "GBR"
    assert _codes(updated_pipeline, text, "2022-03-02")["Keir Starmer"] == "GBROPP"  # built-in term kept


def test_merge_into_the_data_dir_is_read_by_every_run_and_info_reports_it(data_dir: Path):
    code, out = _run("actors", "update", "--wikidata", str(DUMP), "--merge")
    assert code == 0 and json.loads(out)["written"] == str(data_dir / "actors" / "wikidata.csv")
    code, out = _run("actors", "update", "--wikidata", str(SPARQL), "--merge", "--as-of", "2026-03-15")
    assert code == 0
    merged = (data_dir / "actors" / "wikidata.csv").read_text(encoding="utf-8")
    assert "Claire Multilingue" in merged and "Wanjiru Fictional" in merged
    assert "# data_date: 2026-04-02" in merged  # the newer of the two
    lookup = json.loads(_run("actors", "lookup", "Alice Fictional", "--date", "2026-03-01")[1])
    assert lookup["code"] == "GBRGOV"
    info = json.loads(_run("actors", "info")[1])
    assert info["data_date"] == "2026-04-02" and info["latest_term_start"] == "2026-03-31"
    wikidata = [s for s in info["sources"] if s["source"] == "wikidata"]
    assert wikidata and wikidata[0]["data_date"] == "2026-04-02" and wikidata[0]["people"] >= 6
    assert info["sources"][0]["source"] == "builtin" and info["verified_through"] == "2025-11-30"


def test_info_reports_an_actors_file(tmp_path: Path):
    path = tmp_path / "wd.csv"
    assert _run("actors", "update", "--wikidata", str(DUMP), "-o", str(path))[0] == 0
    info = json.loads(_run("actors", "info", "--actors", str(path))[1])
    assert info["data_date"] == "2026-04-02" and info["latest_term_start"] == "2026-02-10"


def test_the_query_lists_the_offices_of_the_data_file():
    query = QUERY_FILE.read_text(encoding="utf-8")
    in_query = set(re.findall(r"wd:(Q\d+)", query))
    offices = listed_offices()
    assert {q for q, o in offices.items() if o.scope == "office"} <= in_query
    assert {q for q, o in offices.items() if o.scope == "class"} <= in_query
    selected = set(re.findall(r"\?(\w+)", query.split("WHERE", 1)[0]))
    assert {"person", "label", "alias", "office", "kind", "iso3", "statement", "rank",
            "start", "startPrecision", "end", "endPrecision"} <= selected  # what the reader takes
    code, out = _run("actors", "update", "--print-query")
    assert code == 0 and out == query


def test_a_file_that_is_not_wikidata_is_a_one_line_error(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n", encoding="utf-8")
    code, out = _run("actors", "update", "--wikidata", str(path))
    assert code == 1 and "no position-held statements" in out and "Traceback" not in out
    assert len(out.strip().splitlines()) == 1


def _sparql_row(person: str, label: str, office: str, kind: str, start: str, end: str | None = None,
                iso3: str | None = None) -> dict:
    row = {"person": {"type": "uri", "value": f"http://www.wikidata.org/entity/{person}"},
           "label": {"type": "literal", "value": label, "xml:lang": "en"},
           "office": {"type": "uri", "value": f"http://www.wikidata.org/entity/{office}"},
           "kind": {"type": "literal", "value": kind},
           "start": {"type": "literal", "value": start + "T00:00:00Z"},
           "startPrecision": {"type": "literal", "value": "11"}}
    if end:
        row.update(end={"type": "literal", "value": end + "T00:00:00Z"}, endPrecision={"type": "literal", "value": "11"})
    if iso3:
        row["iso3"] = {"type": "literal", "value": iso3}
    return row


def test_terms_the_builtin_data_has_are_unchanged_and_partly_seen_runs_are_kept(tmp_path: Path):
    rows = [_sparql_row("Q22686", "Donald Trump", "Q11696", "listed", "2017-01-20", "2021-01-20"),
            _sparql_row("Q22686", "Donald Trump", "Q11696", "listed", "2025-01-20"),
            # the built-in row is a run of two posts (defence, then agriculture minister)
            _sparql_row("Q990000020", "Shigeru Ishiba", "Q990100004", "defence minister", "2007-09-26",
                        "2008-08-02", iso3="JPN")]
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"head": {"vars": []}, "results": {"bindings": rows}}), encoding="utf-8")
    out = tmp_path / "wd.csv"
    code, text = _run("actors", "update", "--wikidata", str(path), "-o", str(out))
    summary = json.loads(text)
    assert code == 0 and summary["counts"]["unchanged"] == 2
    assert summary["added"] == summary["ended"] == summary["changed"] == []
    lookup = json.loads(_run("actors", "lookup", "Shigeru Ishiba", "--date", "2009-01-10", "--actors", str(out))[1])
    assert lookup["code"] == "JPNGOV"  # agriculture minister then: the built-in run is kept whole
    lookup = json.loads(_run("actors", "lookup", "Trump", "--date", "2022-01-10", "--actors", str(out))[1])
    assert lookup["code"] == "USA"


def test_entity_data_json_and_compressed_dumps_are_read(tmp_path: Path):
    import gzip

    entities = [json.loads(line.rstrip(",\n")) for line in DUMP.read_text(encoding="utf-8").splitlines()
                if line.startswith('{"type": "item", "id": "Q99000000') and line.rstrip().endswith("},")]
    wrapped = tmp_path / "entitydata.json"
    wrapped.write_text(json.dumps({"entities": {e["id"]: e for e in entities}}), encoding="utf-8")
    packed = tmp_path / "dump.jsonl.gz"
    packed.write_bytes(gzip.compress(DUMP.read_bytes()))
    assert _terms(wrapped)["Alice Fictional"] == _terms(packed)["Alice Fictional"] == _terms(DUMP)["Alice Fictional"]
