"""The rough edges a new user meets first: help on every option, a word when there are no errors,
modality in the event tables, a progress total, warnings for non-English and undated text."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.ingest.language import other_language
from newsevents.ingest.readers import count_articles

GERMAN = ("Der Bundeskanzler traf am Montag den französischen Präsidenten in Berlin, um über die Lage in der "
          "Ukraine und die Hilfe für das Land zu sprechen. Beide Regierungen vereinbarten weitere Gespräche.")
ENGLISH = ("Russia did not attack Ukraine on Monday, officials said. Russian President Vladimir Putin met "
           "Chinese President Xi Jinping in Beijing on Tuesday.")


def _options(command: click.Command, path: tuple[str, ...] = ("newsevents",)):
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help", "version"):
            yield " ".join(path), param
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _options(sub, (*path, name))


def test_every_option_has_help_text():
    missing = [f"{where} {'/'.join(option.opts)}" for where, option in _options(main) if not option.help]
    assert missing == []


def test_every_command_has_a_description():
    def commands(command, path=("newsevents",)):
        yield " ".join(path), command
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from commands(sub, (*path, name))
    assert [where for where, command in commands(main) if not (command.help or "").strip()] == []


def test_errors_says_so_when_there_are_none(tmp_path):
    db = tmp_path / "s.db"
    from newsevents.store import open_store

    open_store(db).close()
    result = CliRunner().invoke(main, ["errors", "--db", str(db)])
    assert result.exit_code == 0
    assert result.stdout == "" and "no errors" in result.stderr


def test_inputs_are_counted_for_the_progress_bar(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text('id,text\n1,"one\nline two"\n2,two\n', encoding="utf-8")
    assert count_articles([tmp_path]) == 5
    assert count_articles([tmp_path / "b.jsonl", tmp_path / "missing.txt"]) == 3
    assert count_articles(["-"]) is None


def test_language_check():
    assert other_language(GERMAN) == "de"
    assert other_language(ENGLISH) is None
    assert other_language("Kurz.") is None   # too short to judge


@pytest.mark.slow
def test_extract_warns_about_other_languages_and_missing_dates(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "de.txt"), str(tmp_path / "en.txt")])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert any("de (" in w and "'de'" in w and "not English" in w for w in warnings)
    assert not any("en (" in w and "not English" in w for w in warnings)
    assert any("no publication date" in w and "--published" in w for w in warnings)
    dated = CliRunner().invoke(main, ["extract", str(tmp_path / "en.txt"), "--published", "2025-01-08"])
    assert "warning" not in dated.stderr


@pytest.mark.slow
def test_the_event_table_has_a_modality_column(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "en.txt"), "--format", "table",
                                       "--published", "2025-01-08"])
    header = next(line for line in result.stdout.splitlines() if "evidence" in line)
    assert "modality" in header
    assert "negated" in result.stdout and "asserted" in result.stdout


@pytest.mark.slow
def test_extract_gives_the_html_title(tmp_path):
    page = tmp_path / "talks.html"
    page.write_text("<html><head><title>Border talks resume</title></head><body><article><p>Armenian and "
                    "Azerbaijani negotiators met in Geneva on Friday to resume talks on the border between the two "
                    "countries.</p><p>The foreign ministers said the meeting had been constructive.</p></article>"
                    "</body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--published", "2024-02-10"])
    record = json.loads(result.stdout)
    assert record["title"] == "Border talks resume" and list(record)[:3] == ["id", "published", "title"]
