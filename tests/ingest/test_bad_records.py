"""Records that once sank a whole batch: each now fails alone (or reads fine), and the batch goes on."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.ingest.readers import read_sources
from newsevents.model import Article, InputFailure

GOOD = "Chilean President Gabriel Boric visited Argentina on Friday."


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("field", ["title", "url", "source"])
@pytest.mark.parametrize("value", [{"en": "x"}, ["a", "b"], True])
def test_a_field_that_is_not_a_string_fails_that_record_only(tmp_path, field, value):
    path = _jsonl(tmp_path / "b.jsonl", [{"id": "bad", "text": GOOD, field: value}, {"id": "ok", "text": GOOD}])
    bad, ok = read_sources([path])
    assert isinstance(bad, InputFailure) and bad.id == "bad"
    assert f'"{field}" must be a string' in bad.message
    assert isinstance(ok, Article) and ok.id == "ok"


def test_numbers_in_text_fields_are_read_as_text(tmp_path):
    path = _jsonl(tmp_path / "n.jsonl", [{"id": 7, "text": GOOD, "title": 2024, "source": 12.5}])
    [article] = read_sources([path])
    assert (article.id, article.title, article.source) == ("7", "2024", "12.5")


def test_json_strings_may_hold_unicode_line_separators(tmp_path):
    texts = [GOOD + "\u2028Second line.", GOOD + "\u0085Third.", GOOD + "\u2029\x1c\x1d\x1e end."]
    path = _jsonl(tmp_path / "u.jsonl", [{"id": f"u{i}", "text": t} for i, t in enumerate(texts)])
    items = list(read_sources([path]))
    assert [type(i).__name__ for i in items] == ["Article"] * 3
    assert [i.text for i in items] == texts
    assert [i.origin for i in items] == [f"{path}:{n}" for n in (1, 2, 3)]


def test_crlf_jsonl_lines(tmp_path):
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b'{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two."}\r\n')
    assert [i.id for i in read_sources([path])] == ["a", "b"]


def test_lone_surrogates_fail_that_record(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "Bad \\ud800 text."}\n{"id": "t", "title": "\\udfff", "text": "x y"}\n'
                    + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    bad, bad_title, ok = read_sources([path])
    assert isinstance(bad, InputFailure) and "surrogate" in bad.message
    assert isinstance(bad_title, InputFailure) and "surrogate" in bad_title.message
    assert isinstance(ok, Article)


def test_a_csv_field_longer_than_the_csv_module_default_is_read(tmp_path):
    path = tmp_path / "long.csv"
    long_text = (GOOD + " ") * 12_000  # about 730,000 characters, over csv's 131,072 default
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        writer.writerow(["long", long_text])
        writer.writerow(["short", GOOD])
    long_article, short = read_sources([path])
    assert isinstance(long_article, Article) and long_article.text == long_text
    assert short.id == "short"


def test_a_broken_csv_row_fails_alone(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_text(f'id,text\na,"{GOOD}"\nb,"unterminated\n', encoding="utf-8")
    items = list(read_sources([path]))
    assert items[0].id == "a" and isinstance(items[0], Article)
    assert all(isinstance(i, (Article, InputFailure)) for i in items)


MARKUP = "[/bold] [red]x[/] [link=javascript:alert(1)]y"


@pytest.mark.slow
@pytest.mark.parametrize("command", ["run", "extract"])
def test_markup_in_ids_and_dates_is_printed_as_it_is(tmp_path, command):
    path = _jsonl(tmp_path / "m.jsonl", [{"id": MARKUP, "text": ""}, {"id": "p", "text": GOOD, "published": MARKUP},
                                         {"id": "ok", "text": GOOD}])
    args = [command, str(path)] + (["--db", str(tmp_path / "m.db")] if command == "run" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert MARKUP in result.stderr
    assert "Traceback" not in result.output + result.stderr
    if command == "run":
        conn = sqlite3.connect(tmp_path / "m.db")
        assert [r[0] for r in conn.execute("SELECT id FROM articles")] == ["ok"]
        assert {r[0] for r in conn.execute("SELECT article_id FROM errors")} == {MARKUP, "p"}
        conn.close()


@pytest.mark.slow
def test_markup_in_table_cells_is_shown_as_text(tmp_path):
    path = _jsonl(tmp_path / "t.jsonl", [{"id": "[/bold]", "text": 'Russia [/red] accused Ukraine of attacking '
                                          'its airfields on Monday, the Kremlin [b]said[/b].'}])
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "table", "--published", "2025-06-05"])
    assert result.exit_code == 0, result.output
    assert "[/bold]" in result.stdout and "[/red]" in result.stdout
