"""Problems with --db, --actors and --patterns are one line (``Error: ...``) and exit status 1, never a traceback."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from newsevents.cli import main

ARTICLE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))


def _one_line_error(result, *words: str) -> str:
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    assert "Traceback" not in lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _db_files(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("just some text\n" * 100, encoding="utf-8")
    header = tmp_path / "header.db"
    header.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    return {"text": (text, "not an SQLite database"), "header": (header, "not an SQLite database"),
            "other": (other, "not a newsevents store"), "empty": (empty, "not a newsevents store")}


@pytest.mark.parametrize("kind", ["text", "header", "other", "empty"])
@pytest.mark.parametrize("command", [["events"], ["errors"], ["stats"], ["articles"], ["actors"], ["export",
                                                                                                   "--format", "csv"]])
def test_a_db_that_is_not_a_store(tmp_path, kind, command):
    path, words = _db_files(tmp_path)[kind]
    before = path.read_bytes()
    _one_line_error(CliRunner().invoke(main, [*command, "--db", str(path)]), words, str(path))
    assert path.read_bytes() == before   # reading never changes the file


@pytest.mark.parametrize("kind", ["text", "header", "other"])
def test_run_refuses_to_write_into_a_file_that_is_not_a_store(tmp_path, kind):
    path, words = _db_files(tmp_path)[kind]
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    before = path.read_bytes()
    _one_line_error(CliRunner().invoke(main, ["run", str(source), "--db", str(path)]), words)
    assert path.read_bytes() == before


def test_a_db_in_a_missing_folder(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "no" / "such" / "x.db"
    _one_line_error(CliRunner().invoke(main, ["run", str(source), "--db", str(missing)]), "does not exist")
    _one_line_error(CliRunner().invoke(main, ["import", str(source), "--db", str(missing)]), "does not exist")


ACTORS = {
    "broken.yml": ("a: [b\n", "not valid YAML"),
    "bomb.yml": (BOMB, "aliases"),
    "deep.yaml": ("[" * 3000 + "]" * 3000, "nested"),
    "noname.csv": ("code,start\nRUS,2020-01-01\n", "name"),
    "baddate.csv": ("name,code,start\nVladimir Putin,RUSGOV,yesterday\n", "baddate.csv"),
    "badkind.yml": ("- {name: Putin, code: RUSGOV, kind: wizard}\n", "kind"),
    "latin1.csv": ("name,code\nRamírez,MEXGOV\n".encode("latin-1"), "latin1.csv"),
    "scalar.yml": ("just a string\n", "scalar.yml"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ACTORS))
def test_bad_actors_files(tmp_path, name):
    content, words = ACTORS[name]
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    _one_line_error(CliRunner().invoke(main, ["extract", str(source), "--actors", str(path)]), words)


PATTERNS = {
    "broken.yml": ("verbs: [\n", "not valid YAML"),
    "bomb.yml": (BOMB, "aliases"),
    "list.yml": ("- a\n- b\n", "mapping"),
    "unknown_key.yml": ("verbs:\n  - {verb: meet, code: '040', colour: red}\n", "unknown"),
    "unknown_code.yml": ("verbs:\n  - {verb: meet, code: '999'}\n", "999"),
    "section.yml": ("wizards: []\n", "section"),
    "pobj.yml": ("verbs:\n  - {verb: meet, code: '040'}\n  - {verb: meet, pobj: town, code: '040'}\n",
                 "pobj.yml: verbs[1]: pobj needs prep"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_bad_patterns_files(tmp_path, name):
    content, words = PATTERNS[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    _one_line_error(CliRunner().invoke(main, ["extract", str(source), "--patterns", str(path)]), words)


def test_bad_actors_file_in_lookup(tmp_path):
    path = tmp_path / "bomb.yml"
    path.write_text(BOMB, encoding="utf-8")
    _one_line_error(CliRunner().invoke(main, ["actors", "lookup", "Putin", "--actors", str(path)]), "aliases")
