"""Pattern files load, validate, and cover every CAMEO root."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.events.ontology import load_ontology
from newsevents.events.patterns import NO_EVENT, PatternError, load_patterns


def test_packaged_patterns_valid_and_broad() -> None:
    ps = load_patterns()
    codes = {p.code for p in ps.patterns} - {NO_EVENT}  # discards ("took X by surprise") code nothing
    assert codes <= set(load_ontology())
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert len(codes) >= 150, len(codes)  # distinct CAMEO codes reachable from patterns
    assert "hold" in ps.light_verbs
    # "on" must stay a word (YAML 1.1 would read it as true)
    assert any(p.prep and "on" in p.prep for p in ps.verbs["call"])


def test_user_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text("verbs:\n  - {verb: snub, code: '125', target: [dobj]}\n", encoding="utf-8")
    ps = load_patterns([extra])
    assert ps.verbs["snub"][0].code == "125"


@pytest.mark.parametrize("body, message", [
    ("verbs:\n  - {verb: x, code: '999'}\n", "unknown CAMEO code"),
    ("verbs:\n  - {verb: x, code: '010', colour: red}\n", "unknown key"),
    ("verbs:\n  - {verb: x, code: '010', object: ['@nope']}\n", "unknown class"),
    ("verbs:\n  - {verb: x, code: '010', embed: maybe}\n", "embed must be"),
    ("nouns: 3\n", "must be a list"),
    ("stuff: []\n", "unknown section"),
])
def test_invalid_files_rejected(tmp_path: Path, body: str, message: str) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(PatternError, match=message):
        load_patterns([bad])


def test_reverse_key(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text("verbs:\n  - {verb: obtain, object: loan, code: '071', target: [from], reverse: true}\n",
                     encoding="utf-8")
    assert load_patterns([extra]).verbs["obtain"][0].reverse
