"""Pattern files load, validate, and cover every CAMEO root."""
from __future__ import annotations

import re
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


@pytest.mark.parametrize("entry, message", [
    ("{verb: x, code: '010', colour: red}", "verbs[1]: unknown key 'colour'"),
    ("{verb: x, code: '010', object: [talk, 5]}", "verbs[1]: object must be a word or a list of words, got ['talk', 5]"),
    ("{verb: x, code: '010', reverse: 'no'}", "verbs[1]: reverse must be true or false, got 'no'"),
    ("{verb: x, code: '010', confidence: 1.5}", "verbs[1]: confidence must lie in 0..1, got 1.5"),
    ("{verb: x, code: '010', target: dobj}", "verbs[1]: target must be a list of words, got 'dobj'"),
    ("{verb: x, code: 10}", "verbs[1]: code must be a CAMEO code in quotes (such as '010'), got 10"),
    ("{code: '010', object: talk}", "verbs[1]: missing 'verb'"),
    ("{verb: x, code: '010', pobj: town}", "verbs[1]: pobj needs prep"),
    ("{verb: x, code: '010', embed: maybe}",
     "verbs[1]: embed must be 'intent', 'threat', 'refuse', 'appeal' or 'demand', got 'maybe'"),
    ("{verb: x, code: '010', negation: never}", "verbs[1]: negation must be 'required' or 'forbidden', got 'never'"),
    ("{verb: x, code: '010', object: []}", "verbs[1]: object is an empty list"),
    ("{verb: [], code: '010'}", "verbs[1]: verb is an empty list"),
    ("3", "verbs[1]: the entry must be a mapping, got 3"),
])
def test_a_bad_entry_is_one_line_naming_the_file_and_the_entry(tmp_path: Path, entry: str, message: str) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(f"verbs:\n  - {{verb: snub, code: '125'}}\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_patterns([bad], petrarch=False)
    text = str(info.value)
    assert text.startswith(f"{bad}: ") and message in text, text
    assert "\n" not in text and "pydantic" not in text


@pytest.mark.parametrize("body, message", [
    ("nouns:\n  - {noun: x, code: '010', particle: up}\n", "nouns[0]: unknown key 'particle'"),
    ("nouns:\n  - {noun: x, code: '010', poss: me}\n", "nouns[0]: poss must be 'source' or 'target', got 'me'"),
    ("classes:\n  armed: []\n", "classes.armed is an empty list"),
    ("classes: [a, b]\n", "classes must be a mapping, got ['a', 'b']"),
    ("light_verbs: [3]\n", "light_verbs must be a word or a list of words, got [3]"),
    ("- a\n- b\n", "the top level must be a mapping"),
    ("verbs:\n  - {verb: x, code: '010', object: ['@nope']}\n", "verbs[0]: object names an unknown class '@nope'"),
])
def test_bad_sections_and_noun_entries(tmp_path: Path, body: str, message: str) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(PatternError, match=re.escape(message)):
        load_patterns([bad], petrarch=False)


def test_many_problems_are_listed_three_at_a_time(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("verbs:\n" + "".join(f"  - {{verb: x, code: '99{i}'}}\n" for i in range(5)), encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_patterns([bad], petrarch=False)
    assert str(info.value) == (f"{bad}: verbs[0]: unknown CAMEO code '990'; verbs[1]: unknown CAMEO code '991'; "
                               "verbs[2]: unknown CAMEO code '992' (and 2 more)")


def test_empty_sections_are_no_patterns(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text("classes:\nlight_verbs: []\nverbs:\nnouns:\n", encoding="utf-8")
    assert load_patterns([extra], petrarch=False) == load_patterns(petrarch=False)
