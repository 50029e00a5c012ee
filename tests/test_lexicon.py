"""One lexicon: a word list is defined once. Closed-class words live in nlp/lexicon.py, open-class
vocabulary in the pattern files' word classes, which users extend with --patterns."""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from newsevents.events.patterns import REQUIRED_CLASSES, PatternError, load_patterns

SRC = Path(__file__).resolve().parents[1] / "src" / "newsevents"

#: overlapping pairs still to be merged into nlp/lexicon.py (issue 15): the actors stage's copies of
#: words the lexicon now holds for the place stage too. The test fails when a new overlap appears,
#: and when a pair listed here is gone (so that the list only shrinks).
TO_MIGRATE: frozenset[str] = frozenset()
#: sets of keys or codes that look like word lists to the scan but are not vocabulary
NOT_WORDS: frozenset[str] = frozenset()


def _word_sets() -> dict[str, frozenset[str]]:
    """``module:NAME`` -> words, for module-level ``NAME = frozenset({...literal strings...})``."""
    out: dict[str, frozenset[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            value = getattr(node, "value", None)
            if not isinstance(target, ast.Name) or not isinstance(value, ast.Call) \
                    or getattr(value.func, "id", "") != "frozenset" or not value.args:
                continue
            items = value.args[0]
            if isinstance(items, (ast.Set, ast.List, ast.Tuple)) and items.elts and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in items.elts):
                key = f"{path.relative_to(SRC).as_posix()}:{target.id}"
                if key not in NOT_WORDS and not all(e.value.isdigit() for e in items.elts):  # codes
                    out[key] = frozenset(e.value for e in items.elts)
    return out


def _literal_parts(folder: str) -> dict[str, frozenset[str]]:
    """``module:NAME`` -> words, for every ``frozenset({...literal strings...})`` inside a
    module-level assignment of ``folder`` (the literal parts of unions too)."""
    out: dict[str, frozenset[str]] = {}
    for path in sorted((SRC / folder).glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            if not isinstance(target, ast.Name) or getattr(node, "value", None) is None:
                continue
            for sub in ast.walk(node.value):
                items = sub.args[0] if isinstance(sub, ast.Call) and getattr(sub.func, "id", "") == "frozenset" \
                    and sub.args else None
                if isinstance(items, (ast.Set, ast.List, ast.Tuple)) and items.elts and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in items.elts):
                    out[f"{path.relative_to(SRC).as_posix()}:{target.id}"] = frozenset(e.value for e in items.elts)
    return out


def _part_of_speech(key: str) -> str:
    """"noun", "verb" or "adj" by the list's name, "" for any other list."""
    name = key.rsplit(":", 1)[1]
    for suffix, pos in (("_NOUNS", "noun"), ("_VERBS", "verb"), ("_LEMMAS", "verb"), ("_QUOTED", "verb"),
                        ("_ADJS", "adj")):
        if name.endswith(suffix):
            return pos
    return ""


def overlapping_pairs(sets: dict[str, frozenset[str]], within_modules: bool = False) -> set[str]:
    """Pairs of word sets in different modules (or in any module, ``within_modules``) that
    share at least three words and at least half of the smaller set: one list written
    twice, or a list and its subset."""
    found = set()
    for (a, wa), (b, wb) in itertools.combinations(sorted(sets.items()), 2):
        if a.split(":")[0] == b.split(":")[0] and not within_modules:
            continue
        shared = wa & wb
        if len(shared) >= 3 and len(shared) >= 0.5 * min(len(wa), len(wb)):
            found.add(f"{a} ~ {b}")
    return found


def test_no_word_list_is_defined_twice() -> None:
    pairs = overlapping_pairs(_word_sets())
    assert sorted(pairs - TO_MIGRATE) == [], "define the words once (nlp/lexicon.py or a word class)"
    assert sorted(TO_MIGRATE - pairs) == [], "migrated: remove these pairs from TO_MIGRATE"


@pytest.mark.parametrize("folder", ["quotes", "time", "geo"])
def test_a_stage_defines_each_word_list_once(folder: str) -> None:
    """Inside the quote, date and place stages too (``quotes/vocabulary.py`` holds the quote
    stage's groups): a noun list and a verb list may share spellings ("a comment", "commented")."""
    parts = _literal_parts(folder)
    pairs = {p for p in overlapping_pairs(parts, within_modules=True)
             if len({_part_of_speech(k) for k in p.split(" ~ ")} - {""}) < 2}
    assert sorted(pairs) == []


def test_quote_lists_are_unions_of_the_vocabulary() -> None:
    from newsevents.nlp import lexicon
    from newsevents.quotes import vocabulary as v
    assert lexicon.REPORTING_VERBS - v.CLAUSE_VERBS <= v.SPEECH_LEMMAS
    assert lexicon.REPORTING_VERBS - {"quote"} <= v.SAY_LEMMAS
    assert v.SAYING == v.SPEECH_LEMMAS & v.SAY_LEMMAS
    assert v.CHARACTERISE_QUOTED <= v.CHARACTERISE_LEMMAS
    assert lexicon.CLAIM_NOUNS <= v.CUE_NOUNS and v.OF_TOPIC_NOUNS <= v.TOPIC_NOUNS


def test_the_scan_sees_a_duplicate() -> None:
    sets = {"a/x.py:ONE": frozenset({"will", "shall", "may"}), "b/y.py:TWO": frozenset({"will", "shall", "may", "can"})}
    assert overlapping_pairs(sets) == {"a/x.py:ONE ~ b/y.py:TWO"}


def test_packaged_patterns_define_the_classes_the_coder_reads() -> None:
    classes = load_patterns().classes
    assert REQUIRED_CLASSES <= set(classes)
    assert {"troop", "gunman", "rebel"} <= classes["armed"]  # classes may include classes


def test_users_extend_word_classes(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text("classes:\n  armed: [bandit, poacher]\n", encoding="utf-8")
    classes = load_patterns([extra]).classes
    assert {"bandit", "poacher", "rebel"} <= classes["armed"]


def test_unknown_class_reference_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("classes:\n  armed: ['@nosuchclass']\n", encoding="utf-8")
    with pytest.raises(PatternError, match="unknown class"):
        load_patterns([bad])
