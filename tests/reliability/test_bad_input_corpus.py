"""A corpus of bad inputs, one of each kind, run as one batch with good ones between them.

Each bad input gets one line on stderr (``error ID (ORIGIN) at STAGE: MESSAGE``) with the
expected words and a row in the store's errors table; the good articles are all stored; the
exit status is 1; nothing prints a traceback.
"""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

pytestmark = pytest.mark.slow

GOOD = "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday, officials said."
MAX_CHARS = 20_000

#: file name -> (bytes, the id it is reported under, words the message must hold)
FILES = {
    "f01_empty.txt": (b"", "f01_empty", "empty"),
    "f02_blank.txt": (b"  \n\t\r\n   \n", "f02_blank", "empty"),
    "f03_binary.txt": (bytes(range(256)) * 8, "f03_binary", "binary"),
    "f04_nul.txt": (b"Talks \x00 resumed \x00 today.", "f04_nul", "binary"),
    "f05_latin1.txt": ("Le président a rencontré M. Ramírez à Genève.".encode("latin-1"), "f05_latin1", "UTF-8"),
    "f06_too_long.txt": (("Talks went on. " * 2000).encode(), "f06_too_long", "too large"),
    "f07_controls.txt": (b"\x01\x02\x03\x04\x05\x06" * 50 + b"text", "f07_controls", "binary"),
    "f08_bad_utf16.txt": (b"\xff\xfeT\x00a\x00\x00\xd8", "f08_bad_utf16", "utf-16"),
    "f09_empty.html": (b"<html><head><title>x</title></head><body>  </body></html>", "f09_empty", "no article text"),
    "f10_script.html": (b"<html><body><script>var a = 1;</script></body></html>", "f10_script", "no article text"),
    "f11_latin1.html": ("<html><body><p>Genève é</p></body></html>".encode("latin-1"), "f11_latin1", "UTF-8"),
    "f12_no_text_column.csv": (b"id,body\n1,hello\n", "f12_no_text_column", '"text" column'),
    "f13_latin1.csv": ("id,text\n1,Genève\n".encode("latin-1"), "f13_latin1", "UTF-8"),
    "f14_binary.csv": (b"id,text\n1,\x00\x00\x00\n", "f14_binary", "binary"),
}
#: JSONL lines of one file (j.jsonl) -> (the id it is reported under, words the message must hold)
LINES = [
    ("{not json", "j:", "invalid JSON"),
    ("[1, 2, 3]", "j:", "not an object"),
    ('"just a string"', "j:", "not an object"),
    ('{"id": "l04"}', "l04", 'no "text"'),
    ('{"id": "l05", "text": 5}', "l05", 'no "text"'),
    ('{"id": "l06", "text": ""}', "l06", "empty"),
    ('{"id": "l07", "text": "GOOD", "title": {"en": "x"}}', "l07", '"title" must be a string'),
    ('{"id": "l08", "text": "GOOD", "url": ["a", "b"]}', "l08", '"url" must be a string'),
    ('{"id": "l09", "text": "GOOD", "source": true}', "l09", '"source" must be a string'),
    ('{"id": "l10", "text": "GOOD", "published": "yesterday"}', "l10", "not an ISO date"),
    ('{"id": "l11", "text": "GOOD", "published": "2024-13-45"}', "l11", "not an ISO date"),
    ('{"id": "l12", "text": "Bad \\ud800 text"}', "l12", "surrogate"),
    ('{"id": "l13", "text": "GOOD", "title": "\\udfff"}', "l13", "surrogate"),
    ("[" * 100_000 + "]" * 100_000, "j:", "nested too deeply"),
    ('{"id": "[/bold][red]l15", "text": "   "}', "[/bold][red]l15", "empty"),
    ('{"id": "l16", "text": "GOOD"} trailing', "j:", "invalid JSON"),
    ('{"id": "l17", "text": "GOOD", "published": NaN}', "l17", "not an ISO date"),
    ('{"id": {"nested": 1}, "text": "GOOD"}', "j:", '"id" must be a string'),
    ('{"id": "l19", "text": "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"}', "l19", "binary"),
    ('{"id": "l20", "text": "' + "x" * (MAX_CHARS + 1) + '"}', "l20", "too large"),
]
GOOD_LINES = [json.dumps({"id": f"good{n}", "text": GOOD.replace("Monday", day), "published": "2024-03-06"})
              for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday"])]


def _write_corpus(folder) -> dict[str, str]:
    """Write the corpus; the id each bad input is reported under -> words its message must hold."""
    expected = {}
    for name, (data, article_id, words) in FILES.items():
        (folder / name).write_bytes(data)
        expected[article_id] = words
    lines = []
    for n, (line, article_id, words) in enumerate(LINES):
        lines.append(line.replace("GOOD", GOOD))
        expected[f"j:{len(lines)}" if article_id.startswith("j:") else article_id] = words
        if n % 5 == 0:
            lines.append(GOOD_LINES[n // 5])
    (folder / "j.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "g_good.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text", "published"])
        writer.writerow(["csv_good", GOOD.replace("Monday", "Friday") + '\nA second, "quoted" line.', "2024-03-06"])
        writer.writerow(["csv_empty", "", "2024-03-06"])
    expected["csv_empty"] = "empty"
    (folder / "g_good.txt").write_text(GOOD.replace("Monday", "Saturday"), encoding="utf-8")
    (folder / "g_same_text.txt").write_text(GOOD.replace("Monday", "Saturday"), encoding="utf-8")  # a duplicate
    expected["missing"] = "no such file"
    return expected


def test_thirty_kinds_of_bad_input_in_one_batch(tmp_path, rel):
    folder = tmp_path / "corpus"
    folder.mkdir()
    expected = _write_corpus(folder)
    assert len(expected) >= 30
    db = tmp_path / "bad.db"
    done = rel.run_cli("run", str(folder), str(tmp_path / "missing.txt"), "--db", str(db),
                       "--max-chars", str(MAX_CHARS), "-s")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    error_lines = [line for line in done.stderr.splitlines() if line.startswith("error ")]
    assert len(error_lines) == len(expected), "\n".join(error_lines)
    for article_id, words in expected.items():
        mine = [line for line in error_lines if line.startswith(f"error {article_id} (")]
        assert len(mine) == 1, (article_id, error_lines)
        assert words in mine[0], (article_id, mine[0])
    conn = sqlite3.connect(db)
    try:
        stored = {row[0] for row in conn.execute("SELECT id FROM articles")}
        errors = {row[0] for row in conn.execute("SELECT article_id FROM errors")}
    finally:
        conn.close()
    assert stored == {f"good{n}" for n in range(4)} | {"csv_good", "g_good"}
    assert errors == set(expected)
    assert f"{len(expected)} errors" in done.stderr.splitlines()[-1]
