"""A split quotation ("A," he said, "B.") gives its pieces as ``parts``; ``text`` is their words.

Every quote's ``text`` is ``text[start:end]`` of the article, unless the quote has ``parts``:
then each part's ``text`` is its own slice, the parts lie inside ``start:end`` in order, and
``text`` is the parts' words joined.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsevents.cli import main

SPLIT = '"We will respond," Putin said on Monday, "with all the force we have."'
TEXTS = [SPLIT, '"Iran cannot have a nuclear weapon," Trump wrote. "It is that simple."',
         'He called the talks "positive" and "productive", the Kremlin said.',
         'Lavrov said that "the talks failed" and left Geneva on Friday.']


def check_quote(text: str, quote: dict) -> None:
    if "parts" not in quote:
        assert quote["text"] == text[quote["start"]:quote["end"]], quote
        return
    parts = quote["parts"]
    assert len(parts) >= 2
    assert parts[0]["start"] == quote["start"] and parts[-1]["end"] <= quote["end"]
    position = 0
    for before, part in zip([None, *parts], parts):
        assert part["text"] == text[part["start"]:part["end"]]
        if before is not None:
            assert before["end"] <= part["start"]
        found = quote["text"].find(part["text"], position)
        assert found >= position, (quote["text"], part)
        position = found + len(part["text"])


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_every_quote_is_its_span_or_its_parts(pipeline, text):
    record = pipeline.extract(text, published="2025-06-05")
    assert record["quotes"]
    for quote in record["quotes"]:
        check_quote(text, quote)


@pytest.mark.slow
def test_a_split_quotation_has_its_two_parts(pipeline):
    [quote] = [q for q in pipeline.extract(SPLIT, published="2025-06-05")["quotes"] if q["kind"] == "direct"]
    assert [p["text"] for p in quote["parts"]] == ["We will respond,", "with all the force we have."]
    assert quote["text"] == "We will respond, with all the force we have."
    assert "Putin said" in SPLIT[quote["start"]:quote["end"]]


@pytest.mark.slow
def test_parts_are_stored_and_exported(tmp_path):
    source, db = tmp_path / "q.jsonl", tmp_path / "q.db"
    text = SPLIT + " Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
    source.write_text(json.dumps({"id": "q", "text": text, "published": "2025-06-05"}) + "\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["run", str(source), "--db", str(db), "-s"]).exit_code == 0
    exported = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"]).stdout
    [quote] = [q for q in json.loads(exported)["quotes"] if q["kind"] == "direct"]
    assert [p["text"] for p in quote["parts"]] == ["We will respond,", "with all the force we have."]
