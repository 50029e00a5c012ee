"""PETRARCH-2 verb dictionary import: the converter, the packaged file, fallback loading and
discards (code "---")."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.events.coder import EventCoder
from newsevents.events.frames import FrameMatcher
from newsevents.events.ontology import load_ontology
from newsevents.events.patterns import (
    NO_EVENT,
    PatternError,
    load_patterns,
    petrarch_patterns_path,
    read_pattern_file,
)
from newsevents.events.petrarch_verbs import convert, simple_lemma

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2_verbs" / "CAMEO.2.0.txt"

DICTIONARY = """\
# a header comment
####### SYNONYM SETS #######
&MILITARY
+TROOPS
+ARMED_FORCES

&EMPTY

####### VERB PATTERNS #######
---  RUSH   [---]  ---
RUSH
HURRY {HURRIES HURRYING HURRIED }
SPEED [042]
+CALL_OFF [160]
RE_+ARREST
- * (TO)                        [042:043]  # RUSH
- * AID                         [070]
- * {ARMS SHIPMENT}             [072]
- * &MILITARY (TO BORDER)       [154]
- * &MILITARY                   [154]
- * (TO +)                      [043]
- * OUT VIEWS                   [010]
- * TALKS                       [046:046]
- * (BEFORE COURT)              [:173]
- * (IN ACCIDENT)               [---]
- &MILITARY *                   [154]
- * PROTESTS (FROM $)           [110]
- * (FOR {FINANCIAL AID})       [0231]
- * SUPPORT                     [020]
- * SUPPORT                     [022]
- * SANCTIONS                   [999]
- * TOWARD +                    [154]

---  GRANT   [070]  ---
GRANT
RUSH
- * ASYLUM                      [075]

~ a (a b ATTACK) SAY = a b 015
"""


def lemma(word: str, pos: str) -> str:
    return {"arms": "arm"}.get(word.lower(), simple_lemma(word, pos))


@pytest.fixture(scope="module")
def converted():
    return convert(DICTIONARY, lemma, codes=set(load_ontology()))


def frames(result, **want):
    return [e for e in result.sections["verbs"]
            if all(e.get(k) == v for k, v in want.items())]


def test_verbs_become_a_block_class_and_default_codes(converted) -> None:
    assert converted.sections["classes"]["petrv_rush"] == ["hurry", "rush", "speed"]
    assert converted.sections["fallback"] is True
    # "rush" belongs to its first block (PETRARCH-2's rule); SPEED has its own code and the
    # block's [---] default adds nothing
    assert frames(converted, verb=["speed"], code="042")
    assert not any(e["verb"] == ["rush"] for e in converted.sections["verbs"])
    assert converted.skipped["verb: listed in an earlier block"] == 1
    assert converted.skipped["bare verb default: no event (nothing to add)"] == 2
    # multi-word verbs: the word after the verb is a particle; words before it are skipped
    assert frames(converted, verb="call", particle="off", code="160")
    assert converted.skipped["verb: multi-word verb with words before the verb"] == 1


def test_pattern_forms(converted) -> None:
    block = "@petrv_rush"
    assert frames(converted, verb=block, prep="to", code="042")  # [042:043] keeps 042
    assert frames(converted, verb=block, object=["aid"], code="070")
    assert frames(converted, verb=block, object=["shipment"], object_mod=["arm", "arms"], code="072")
    assert frames(converted, verb=block, object=["@petr_military"], prep="to", pobj=["border"])
    # a synonym set's phrases: any phrase head with any phrase modifier
    assert frames(converted, verb=block, object=["@petr_military_heads"],
                  object_mod=["@petr_military_mods"], code="154")
    assert converted.sections["classes"]["petr_military"] == ["troop", "troops"]
    assert converted.sections["classes"]["petr_military_heads"] == ["force"]
    assert frames(converted, verb=block, prep="to", target=["to"], code="043")
    assert frames(converted, verb=block, particle="out", object=["view", "views"], code="010")
    assert frames(converted, verb=block, object=["talk", "talks"], mutual=True, code="046")
    assert frames(converted, verb=block, prep="before", pobj=["court"], reverse=True,
                  target=["before"], code="173")
    assert frames(converted, verb=block, prep="in", pobj=["accident"], code=NO_EVENT)
    # of two identical frames the later wins, as in PETRARCH-2
    assert [e["code"] for e in frames(converted, verb=block, object=["support"])] == ["022"]


def test_skips_are_counted(converted) -> None:
    skipped = converted.skipped
    assert skipped["pattern: subject words before the verb"] == 1
    assert skipped["pattern: source, compound or skip marker ($ % ^)"] == 1
    assert skipped["pattern: modifier inside a prepositional phrase"] == 1
    assert skipped["pattern: replaced by a later identical pattern"] == 1
    assert skipped["pattern: unknown CAMEO code"] == 1
    assert skipped["pattern: bare preposition (TABARI linear pattern)"] == 1
    assert skipped["transformation (not expressible)"] == 1
    assert converted.converted["patterns"] == 11
    assert converted.converted["discard patterns"] == 1
    assert converted.converted["verbs"] == 4  # rush, hurry, speed, grant


def test_options() -> None:
    bare = convert(DICTIONARY, lemma, codes=set(load_ontology()), bare_defaults=False)
    assert not any(e.get("verb") == ["speed"] for e in bare.sections["verbs"])
    strict = convert(DICTIONARY, lemma, require_target=True)
    assert all(e.get("require_target") for e in strict.sections["verbs"] if e["code"] != NO_EVENT)
    assert not any(e.get("require_target") for e in strict.sections["verbs"] if e["code"] == NO_EVENT)


def test_converted_file_loads(tmp_path: Path, converted) -> None:
    path = tmp_path / "petr.yml"
    path.write_text(yaml.safe_dump(converted.sections), encoding="utf-8")
    ps = load_patterns([path], petrarch=False)
    assert any(p.rule.startswith("petrarch2:RUSH") for p in ps.verbs["hurry"])


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared/reference not beside the checkout")
def test_real_dictionary_converts_by_the_thousand() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    first = convert(text, codes=set(load_ontology()), bare_defaults=False)
    assert first.sections == convert(text, codes=set(load_ontology()), bare_defaults=False).sections
    assert first.converted["patterns"] > 3000
    assert first.converted["discard patterns"] > 100
    assert first.converted["verbs"] > 1500
    lines = sum(first.converted.values()) + sum(first.skipped.values()) - first.converted["verbs"]
    assert lines == 4668 + 1817 + 8  # every pattern, verb and transformation line once


def test_packaged_file_is_the_build_output(bare_nlp: Language, tmp_path: Path) -> None:
    """The shipped YAML is what scripts/import_petrarch_verbs.py writes (deterministic)."""
    if not SOURCE.exists():
        pytest.skip("../shared/reference not beside the checkout")
    import importlib.util

    spec = importlib.util.spec_from_file_location("import_petrarch_verbs",
                                                  ROOT / "scripts" / "import_petrarch_verbs.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "petrarch_verbs.yml"
    script.main(["--out", str(out)])
    assert out.read_text(encoding="utf-8") == petrarch_patterns_path().read_text(encoding="utf-8")
    assert "MIT License" in out.read_text(encoding="utf-8")[:4000]


def test_import_is_off_by_default_and_a_fallback_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSEVENTS_PETRARCH_VERBS", raising=False)
    own = load_patterns()
    assert not any(p.rule.startswith("petrarch2") for p in own.patterns)
    monkeypatch.setenv("NEWSEVENTS_PETRARCH_VERBS", "1")
    both = load_patterns()
    assert len(both.verbs) > len(own.verbs) + 900  # about a thousand more verbs
    for lemma_, pats in both.verbs.items():
        if lemma_ in own.verbs:  # a word the packaged patterns cover keeps their frames ...
            imported = [p for p in pats if p.rule.startswith("petrarch2")]
            assert all(p.code == NO_EVENT for p in imported), lemma_  # ... and discards
    assert load_patterns(petrarch=False).verbs.keys() == own.verbs.keys()


def test_petrarch_txt_as_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    raw = read_pattern_file(path)
    assert raw["fallback"] is True and raw["verbs"]
    assert not any(e.get("verb") == ["speed"] for e in raw["verbs"])  # no default codes
    ps = load_patterns([path], petrarch=False)
    assert "hurry" not in load_patterns(petrarch=False).verbs
    assert ("petrarch2:RUSH@17", "070") in {(p.rule, p.code) for p in ps.verbs["hurry"]}
    # "speed" has frames of its own: of the import only the discard stays
    assert load_patterns(petrarch=False).verbs["speed"]
    assert {p.code for p in ps.verbs["speed"] if p.rule.startswith("petrarch2")} == {NO_EVENT}


def test_txt_that_is_no_dictionary_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n- milk\n", encoding="utf-8")
    with pytest.raises(PatternError, match="no PETRARCH verb patterns"):
        load_patterns([notes], petrarch=False)


def test_fallback_must_be_boolean(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("fallback: maybe\n", encoding="utf-8")
    with pytest.raises(PatternError, match="fallback must be"):
        load_patterns([bad], petrarch=False)


def test_fallback_file_loses_to_later_files(tmp_path: Path) -> None:
    fallback = tmp_path / "fallback.yml"
    fallback.write_text("fallback: true\nverbs:\n"
                        "  - {verb: zorble, code: '125'}\n"
                        "  - {verb: zorble, object: invitation, code: '128'}\n"
                        "  - {verb: attack, object: plan, code: '111'}\n"
                        "  - {verb: attack, object: ship, code: '---'}\n", encoding="utf-8")
    user = tmp_path / "user.yml"
    user.write_text("verbs:\n  - {verb: zorble, code: '120'}\n", encoding="utf-8")
    ps = load_patterns([user, fallback], petrarch=False)  # listed last, still loaded first
    assert [p.code for p in ps.verbs["zorble"]] == ["120"]
    assert "111" not in [p.code for p in ps.verbs["attack"]]
    assert ps.verbs["attack"][0].code == NO_EVENT
    alone = load_patterns([fallback], petrarch=False)
    assert [p.code for p in alone.verbs["zorble"]] == ["128", "125"]


@pytest.fixture(scope="module")
def discard_coder(bare_nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    path = tmp_path_factory.mktemp("discard") / "discard.yml"
    path.write_text("verbs:\n  - {verb: accuse, prep: of, pobj: [corruption], code: '---'}\n"
                    "nouns:\n  - {noun: attack, modifier: [panic], code: '---'}\n", encoding="utf-8")
    return EventCoder(bare_nlp, patterns_files=[path])


def _coded(nlp: Language, coder: EventCoder) -> Callable[[str], set[tuple]]:
    def run(text: str) -> set[tuple]:
        doc: Doc = nlp(text)
        doc._.published = "2025-06-05"
        mentions = []
        for phrase, code in (("France", "FRA"), ("Germany", "DEU")):
            start = text.find(phrase)
            if start >= 0:
                span = doc.char_span(start, start + len(phrase))
                mentions.append({"text": phrase, "start": start, "end": start + len(phrase),
                                 "tok_start": span.start, "tok_end": span.end, "code": code,
                                 "name": phrase, "kind": "test", "sentence": 0})
        doc._.actor_mentions = sorted(mentions, key=lambda m: m["start"])
        doc._.timexes = []
        return {(e["source"], e["cameo"], e["target"]) for e in coder(doc)._.events}
    return run


def test_discard_blocks_the_generic_frame(bare_nlp: Language, coder: EventCoder,
                                          discard_coder: EventCoder) -> None:
    plain, discarding = _coded(bare_nlp, coder), _coded(bare_nlp, discard_coder)
    text = "France accused Germany of corruption."
    assert plain(text) and not discarding(text)
    other = "France accused Germany of spying."
    assert discarding(other) == plain(other) != set()


def test_discarded_noun_matches_nothing(bare_nlp: Language, discard_coder: EventCoder) -> None:
    matcher = FrameMatcher(discard_coder.patterns)
    doc = bare_nlp("He had a panic attack. They launched an attack.")
    attacks = [t for t in doc if t.lemma_ == "attack"]
    assert matcher.match_noun(attacks[0]) is None
    assert matcher.match_noun(attacks[1]) is not None
