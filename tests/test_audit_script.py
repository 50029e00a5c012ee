"""benchmarks/audit.py: its pure parts (sampling, the text-free sheet, scoring, recall matching)
on hand-made data; none of these needs the corpora or the pipeline."""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "audit.py"


def _module():
    spec = importlib.util.spec_from_file_location("audit_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


audit = _module()

GUARDIAN = [{"id": f"guardian_sdf/{i}", "text": f"Article number {i}."} for i in range(40)] + [
    {"id": "guardian_sdf/999", "text": "  "}]
BBC = ([{"id": f"bbc/politics/p{i}", "text": f"Politics {i}."} for i in range(30)]
       + [{"id": "bbc/politics/copy-of-p3", "text": "Politics 3."}]
       + [{"id": f"bbc/business/b{i}", "text": f"Business {i}."} for i in range(30)])


def test_article_draw_is_deterministic_and_follows_the_rule():
    exclude = {"guardian_sdf/5", "bbc/politics/p7"}
    first = audit.draw_articles(GUARDIAN, BBC, exclude, seed=7)
    assert first == audit.draw_articles(list(reversed(GUARDIAN)), BBC, exclude, seed=7)  # order-free but for duplicates
    assert first != audit.draw_articles(GUARDIAN, BBC, exclude, seed=8)
    assert len(first) == 50 and len(set(first)) == 50
    assert all(i.startswith("guardian_sdf/") for i in first[:25])
    assert all(i.startswith("bbc/politics/") for i in first[25:])
    assert not set(first) & (exclude | {"guardian_sdf/999", "bbc/politics/copy-of-p3"})


def test_too_few_articles_is_an_error():
    with pytest.raises(SystemExit):
        audit.draw_articles(GUARDIAN[:10], BBC, set(), seed=1)


def _records():
    def event(start, trigger, modality="asserted"):
        return {"start": start, "end": start + 10, "trigger": trigger, "modality": modality, "cameo": "010"}
    return [{"id": f"a{a}", "events": [event(s, f"t{s}", m) for s, m in
                                       zip(range(0, 200, 10), ["asserted", "reported", "hypothetical", "negated"] * 5)]}
            for a in range(5)]


def test_event_draw_is_deterministic_keeps_asserted_and_reported_and_is_stable():
    records = _records()
    drawn = audit.draw_events(records, seed=3, k=20)
    assert len(drawn) == 20 and drawn == audit.draw_events(_records(), seed=3, k=20)
    assert drawn != audit.draw_events(records, seed=4, k=20)
    assert {e["modality"] for _, _, e in drawn} <= {"asserted", "reported"}
    assert len(audit.draw_events(records, seed=3, k=1000)) == 50  # 10 kept events in each of 5 articles
    # an event added elsewhere does not reorder the others
    records[0]["events"].append({"start": 500, "end": 510, "trigger": "new", "modality": "asserted"})
    again = [(a, e["start"]) for a, _, e in audit.draw_events(records, seed=3, k=1000) if e["trigger"] != "new"]
    assert again[:19] == [(a, e["start"]) for a, _, e in drawn][:19]
    capped = audit.draw_events(_records(), seed=3, k=20, max_per_article=3)
    assert len(capped) == 15 and max(Counter(a for a, _, _ in capped).values()) == 3
    full, seen, expected = audit.draw_events(_records(), seed=3, k=1000), Counter(), []
    for draw in full:
        seen[draw[0]] += 1
        if seen[draw[0]] <= 3:
            expected.append(draw)
    assert capped == expected


TEXT = "Preamble. The minister accused the rebels of shelling Aleppo. Afterwards nothing."


def _event():
    start = TEXT.index("The minister")
    return {"source": "SYRGOV", "source_text": "The minister", "target": "SYRREB", "target_text": "the rebels",
            "cameo": "112", "root": "11", "name": "Accuse", "modality": "asserted", "sentence": 1,
            "start": start, "end": TEXT.index(" Afterwards"), "trigger": "accused", "rule": "verb:accuse"}


def test_sheet_row_holds_offsets_and_codes_but_no_text(tmp_path):
    record = {"id": "guardian_sdf/1", "actors": [{"text": "the rebels", "start": TEXT.index("the rebels"),
                                                  "end": TEXT.index("the rebels") + 10}]}
    row = audit.sheet_row(1, "guardian_sdf/1", 0, _event(), record, TEXT)
    assert tuple(row) == audit.SHEET_COLUMNS
    assert TEXT[row["trigger_start"]:row["trigger_end"]] == "accused"
    assert TEXT[row["source_start"]:row["source_end"]] == "The minister"
    assert TEXT[row["target_start"]:row["target_end"]] == "the rebels"
    assert all(row[c] == "" for c in audit.JUDGEMENT_COLUMNS + audit.FREE_TEXT_COLUMNS)
    assert "rule" not in row
    words = {w for w in TEXT.replace(".", "").split() if len(w) > 3}
    assert not [v for v in row.values() if isinstance(v, str) and v and (v in TEXT or set(v.split()) & words)]
    assert audit.text_free_problems([row]) == []
    sheet = tmp_path / "sheet.csv"
    audit.write_sheet(sheet, [row])
    assert "minister" not in sheet.read_text(encoding="utf-8")
    assert audit.read_sheet(sheet)[0]["cameo"] == "112"


@pytest.mark.parametrize("change", [{"source": "The minister"}, {"sentence_text": TEXT}, {"start": "Preamble"},
                                    {"article_id": "The minister accused"}, {"is_event": "maybe"}])
def test_a_sheet_with_text_is_refused(tmp_path, change):
    row = {**audit.sheet_row(1, "guardian_sdf/1", 0, _event(), {"actors": []}, TEXT), **change}
    assert audit.text_free_problems([row])
    with pytest.raises(SystemExit):
        audit.write_sheet(tmp_path / "sheet.csv", [row])


def _judged(n, is_event, root, source, target, missing, code="112", tgt="SYRREB"):
    return {"n": str(n), "article_id": "guardian_sdf/1", "cameo": code, "target": tgt, "is_event": is_event,
            "root_ok": root, "source_ok": source, "target_ok": target, "knowable_target_missing": missing}


def test_score_of_a_hand_made_sheet():
    rows = ([_judged(i, "yes", "yes", "yes", "yes", "no") for i in range(6)]        # fully correct
            + [_judged(6, "yes", "yes", "yes", "no", "yes", tgt=""),                 # knowable target left empty
               _judged(7, "Y", "no", "yes", "yes", "no"),                            # root wrong (answers are normalised)
               _judged(8, "no", "na", "na", "na", "na"),                             # not an event
               _judged(9, "yes", "yes", "no", "no", "yes", tgt=""),                  # source wrong, target missing
               _judged(10, "", "", "", "", "")])                                     # not judged yet
    result = audit.score(rows)
    c, s = result["counts"], result["shares"]
    assert (c["rows"], c["judged"], c["real"]) == (11, 10, 9)
    assert (c["fully_correct"], c["not_event"], c["target_missing"], c["root_right"]) == (6, 1, 2, 8)
    assert s["fully_correct"] == 0.6 and s["not_event"] == 0.1 and s["target_missing"] == pytest.approx(2 / 9)
    assert s["root_right"] == 0.8 and c["source_right"] == 8 and c["target_right"] == 7
    assert result["warnings"] == []
    table = audit.format_score(result, "sheet.csv")
    assert "6/10  0.60" in table and "target >= 0.60: met" in table and "2/9" in table and "NOT met" in table
    assert "1 rows have no is_event judgement" in table


def test_contradictory_judgements_are_reported():
    rows = [_judged(1, "no", "yes", "na", "na", "na"),
            _judged(2, "yes", "yes", "yes", "yes", "yes"),
            _judged(3, "yes", "yes", "yes", "no", "", tgt=""),
            _judged(4, "yes", "perhaps", "yes", "yes", "no")]
    warnings = "\n".join(audit.consistency(rows))
    assert "row 1: not an event" in warnings
    assert "row 2: knowable target missing, but a target is coded" in warnings
    assert "row 3: empty target" in warnings
    assert "row 4: not yes/no/na: root_ok" in warnings


def test_notes_that_quote_the_article_are_found():
    rows = [{"n": "1", "article_id": "a", "note": "the minister accused the rebels of shelling aleppo", "correct_code": ""},
            {"n": "2", "article_id": "a", "note": "accusation against rebels, right", "correct_code": "SYRGOV 112 SYRREB"}]
    found = audit.quoted_notes(rows, {"a": TEXT})
    assert len(found) == 1 and found[0].startswith("row 1: note")


def test_recall_matching():
    assert audit.parse_coding("IRN/RUS 074/16 ---") == ({"IRN", "RUS"}, {"07", "16"}, {None})
    assert audit.parse_coding("IGO(coalition) 190 IMGMUSISI") == ({"IGO"}, {"19"}, {"IMG"})
    with pytest.raises(ValueError):
        audit.parse_coding("USAGOV 010")
    events = [{"source": "USAGOV", "target": "TURGOV", "cameo": "041", "root": "04"},
              {"source": "TURGOV", "target": None, "cameo": "112", "root": "11"},
              {"source": "---GOV", "target": "IRNGOV", "cameo": "130", "root": "13"}]
    codings = ["TURGOV 041 USAGOV",      # mutual root 04: sides may swap -> strict
               "TURGOV 112 USAGOV",      # root + source country -> loose
               "TURGOV 112 USAGOV",      # the one 112 event is used already -> none
               "USA 1312 IRN",           # target country matches -> loose
               "--- 190 SYR"]            # nothing -> none
    assert audit.match_recall(codings, events) == ["strict", "loose", "none", "loose", "none"]
    # an empty side never matches loosely on its own
    assert audit.match_recall(["--- 112 ---"], [{"source": None, "target": None, "root": "11"}]) == ["strict"]
    assert audit.match_recall(["--- 112 GBR"], [{"source": None, "target": "FRA", "root": "11"}]) == ["none"]


def test_committed_sample_is_fixed():
    ids = audit.read_ids(audit.SAMPLE_FILE)
    assert len(ids) == 50 == len(set(ids))
    assert all(i.startswith("guardian_sdf/") for i in ids[:25])
    assert all(i.startswith("bbc/politics/") for i in ids[25:])
    shared = audit.SHARED_AUDIT / "sample_ids.txt"
    if not (shared.exists() and audit.GUARDIAN.exists() and audit.BBC.exists()):
        pytest.skip("../shared corpora not found: the rule is checked only where they are")
    assert not set(ids) & set(audit.read_ids(shared))
    assert ids == audit.draw_articles(audit.read_jsonl(audit.GUARDIAN), audit.read_jsonl(audit.BBC),
                                      audit.read_ids(shared))
