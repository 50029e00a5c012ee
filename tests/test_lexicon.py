"""One lexicon: a word list is defined once. Closed-class words live in nlp/lexicon.py, open-class
vocabulary in the pattern files' word classes, which users extend with --patterns."""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from newsevents.events.patterns import REQUIRED_CLASSES, PatternError, load_patterns

SRC = Path(__file__).resolve().parents[1] / "src" / "newsevents"

#: overlapping pairs still to be merged into nlp/lexicon.py (issue 15): the quote, date and
#: place stages' lists. The test fails when a new overlap appears, and when a pair listed
#: here is gone (so that the list only shrinks).
TO_MIGRATE = frozenset({
    "actors/offices.py:GENERIC_TITLES ~ geo/recognise.py:LOCAL_HEADS",
    "actors/petrarch.py:CONNECTORS ~ geo/recognise.py:CONNECTORS",
    "actors/they.py:COLLECTIVE ~ geo/recognise.py:LOCAL_HEADS",
    "nlp/lexicon.py:ACCUSING_VERBS ~ quotes/cues.py:SPEECH_LEMMAS",
    "nlp/lexicon.py:ACCUSING_VERBS ~ quotes/indirect.py:SAY_LEMMAS",
    "nlp/lexicon.py:ADJUNCT_PREPS ~ quotes/frames.py:_FRAMING_OPENERS",
    "nlp/lexicon.py:ANSWERED_PREPS ~ quotes/frames.py:_HOLDER_PREPS",
    "nlp/lexicon.py:ANSWERED_PREPS ~ quotes/frames.py:_TOPIC_NOUN_PREPS",
    "nlp/lexicon.py:CLAIM_NOUNS ~ quotes/frames.py:CUE_NOUNS",
    "nlp/lexicon.py:COMMISSIVE_VERBS ~ quotes/indirect.py:INTENT_LEMMAS",
    "nlp/lexicon.py:DECLARE_VERBS ~ quotes/cues.py:SPEECH_LEMMAS",
    "nlp/lexicon.py:DECLARE_VERBS ~ quotes/indirect.py:SAY_LEMMAS",
    "nlp/lexicon.py:DEMAND_GOVERNORS ~ quotes/indirect.py:INTENT_LEMMAS",
    "nlp/lexicon.py:DEMAND_GOVERNORS ~ quotes/indirect.py:SAY_LEMMAS",
    "nlp/lexicon.py:FUTURE_AUX ~ time/timex.py:_FUTURE_AUX",
    "nlp/lexicon.py:FUTURE_GOVERNORS ~ time/timex.py:_LOOK_AHEAD",
    "nlp/lexicon.py:HYPOTHETICAL_GOVERNORS ~ quotes/frames.py:STANCE_ADJS",
    "nlp/lexicon.py:OBJECT_CONTROL ~ quotes/indirect.py:INTENT_LEMMAS",
    "nlp/lexicon.py:REFUSAL_AUX ~ time/timex.py:_FUTURE_AUX",
    "nlp/lexicon.py:RELATIVE ~ quotes/indirect.py:_RELATIVE_WH",
    "nlp/lexicon.py:RELATIVE ~ quotes/phrase.py:RELATIVE",
    "nlp/lexicon.py:REPORTING_VERBS ~ quotes/cues.py:SPEECH_LEMMAS",
    "nlp/lexicon.py:REPORTING_VERBS ~ quotes/indirect.py:SAY_LEMMAS",
    "nlp/lexicon.py:SPEECH_NOUNS ~ quotes/frames.py:CUE_NOUNS",
    "nlp/lexicon.py:SUBJECT_DEPS ~ quotes/speaker.py:_SUBJ_DEPS",
    "quotes/colon.py:_WORDS_NOUNS ~ quotes/cues.py:SPEECH_LEMMAS",
    "quotes/colon.py:_WORDS_NOUNS ~ quotes/frames.py:TOPIC_NOUNS",
    "quotes/colon.py:_WORDS_NOUNS ~ quotes/indirect.py:SAY_LEMMAS",
    "quotes/cues.py:SPEECH_LEMMAS ~ quotes/finder.py:_CHARACTERISE",
    "quotes/cues.py:SPEECH_LEMMAS ~ quotes/indirect.py:CHARACTERISE_LEMMAS",
    "quotes/cues.py:SPEECH_LEMMAS ~ quotes/indirect.py:SAY_LEMMAS",
    "quotes/extend.py:_FRAME_DEPS ~ quotes/indirect.py:_SPEAKER_DEPS",
    "quotes/extend.py:_FRAMING_DEPS ~ quotes/indirect.py:_SPEAKER_DEPS",
    "quotes/finder.py:_CHARACTERISE ~ quotes/indirect.py:CHARACTERISE_LEMMAS",
    "quotes/finder.py:_RIGHT_WORDS ~ quotes/frames.py:_FRAMING_OPENERS",
    "quotes/finder.py:_RIGHT_WORDS ~ quotes/indirect.py:_CONTENT_MARKS",
    "quotes/frames.py:PASSIVE_LEMMAS ~ quotes/indirect.py:SAY_LEMMAS",
    "quotes/frames.py:TOPIC_NOUNS ~ quotes/speaker.py:OF_TOPIC_NOUNS",
    "quotes/frames.py:_FRAMING_OPENERS ~ quotes/indirect.py:_CONTENT_MARKS",
    "quotes/indirect.py:INTENT_LEMMAS ~ time/timex.py:_LOOK_AHEAD",
    "quotes/indirect.py:_RELATIVE_WH ~ quotes/phrase.py:RELATIVE",
    "quotes/phrase.py:_CLAUSE_DEPS ~ quotes/speaker.py:_INHERIT_DEPS",
})
#: sets of keys or codes that look like word lists to the scan but are not vocabulary
NOT_WORDS = frozenset({"events/patterns.py:EMBED_MODES"})


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


def overlapping_pairs(sets: dict[str, frozenset[str]]) -> set[str]:
    """Pairs of word sets in different modules that share at least three words and at
    least half of the smaller set: one list written twice, or a list and its subset."""
    found = set()
    for (a, wa), (b, wb) in itertools.combinations(sorted(sets.items()), 2):
        if a.split(":")[0] == b.split(":")[0]:
            continue
        shared = wa & wb
        if len(shared) >= 3 and len(shared) >= 0.5 * min(len(wa), len(wb)):
            found.add(f"{a} ~ {b}")
    return found


def test_no_word_list_is_defined_twice() -> None:
    pairs = overlapping_pairs(_word_sets())
    assert sorted(pairs - TO_MIGRATE) == [], "define the words once (nlp/lexicon.py or a word class)"
    assert sorted(TO_MIGRATE - pairs) == [], "migrated: remove these pairs from TO_MIGRATE"


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
