"""EventCoder on hand-written sentences, one construction per test, and the sample article."""
from __future__ import annotations

from pathlib import Path

import pytest

FIELDS = {"source", "source_text", "target", "target_text", "cameo", "root", "name", "plover",
          "quad_class", "goldstein", "date", "date_source", "place", "modality", "sentence",
          "start", "end", "trigger", "confidence", "rule"}


def triples(doc, modality: bool = False):
    return {(e["source"], e["target"], e["cameo"]) + ((e["modality"],) if modality else ())
            for e in doc._.events}


def test_active_fields_and_timex_date(code_text) -> None:
    doc = code_text("The Chilean president met the Bolivian foreign minister on Monday in Lima.",
                    {"The Chilean president": "CHLGOV", "the Bolivian foreign minister": "BOLGOV"},
                    timexes=[("Monday", "2025-06-02")])
    (ev,) = doc._.events
    assert set(ev) == FIELDS
    assert (ev["source"], ev["target"], ev["cameo"]) == ("CHLGOV", "BOLGOV", "040")
    assert ev["root"] == "04" and ev["plover"] == "CONSULT" and ev["quad_class"] == 1
    assert ev["date"] == "2025-06-02" and ev["date_source"] == "timex"
    assert ev["modality"] == "asserted" and ev["place"] is None
    assert doc.text[ev["start"]:ev["end"]].startswith("The Chilean")


def test_published_date_when_no_timex(code_text) -> None:
    doc = code_text("Norway condemned Belarus.", {"Norway": "NOR", "Belarus": "BLR"})
    (ev,) = doc._.events
    assert (ev["cameo"], ev["date"], ev["date_source"]) == ("111", "2025-06-05", "published")


def test_passive_with_and_without_agent(code_text) -> None:
    doc = code_text("The convoy was attacked by Somali militants.",
                    {"The convoy": "KENMIL", "Somali militants": "SOMREB"})
    assert triples(doc) == {("SOMREB", "KENMIL", "190")}
    doc = code_text("Two Kenyan journalists were arrested.", {"Two Kenyan journalists": "KENMED"})
    assert triples(doc) == {(None, "KENMED", "173")}


def test_conjoined_actors_one_event_each(code_text) -> None:
    doc = code_text("Peru and Ecuador criticized Venezuela and Cuba.",
                    {"Peru": "PER", "Ecuador": "ECU", "Venezuela": "VEN", "Cuba": "CUB"})
    assert triples(doc) == {(s, t, "111") for s in ("PER", "ECU") for t in ("VEN", "CUB")}


def test_conjoined_subjects_without_target_pair_up(code_text) -> None:
    doc = code_text("Ghana and Togo signed a trade agreement.", {"Ghana": "GHA", "Togo": "TGO"})
    assert triples(doc) == {("GHA", "TGO", "057"), ("TGO", "GHA", "057")}


def test_negation_future_hypothetical(code_text) -> None:
    actors = {"Serbia": "SRB", "Kosovo": "XKX"}
    assert triples(code_text("Serbia did not recognize Kosovo.", actors), True) == {
        ("SRB", "XKX", "054", "negated")}
    assert triples(code_text("Serbia will criticize Kosovo.", actors), True) == {
        ("SRB", "XKX", "111", "future")}
    # CAMEO: announcing future cooperation is expressing intent (03x), asserted
    assert triples(code_text("Serbia will recognize Kosovo.", actors), True) == {
        ("SRB", "XKX", "032", "asserted")}
    assert triples(code_text("Serbia might recognize Kosovo.", actors), True) == {
        ("SRB", "XKX", "054", "hypothetical")}


def test_reported_speech(code_text) -> None:
    doc = code_text("Officials in Quito said Colombian troops shelled the border town.",
                    {"Officials in Quito": "ECUGOV", "Colombian troops": "COLMIL",
                     "the border town": "ECU"})
    # the attack stays reported; the sayer accuses the attacker (PETRARCH-2's "say" transformation)
    assert triples(doc, True) == {("COLMIL", "ECU", "194", "reported"),
                                  ("ECUGOV", "COLMIL", "112", "asserted")}


def test_own_statement_is_asserted(code_text) -> None:
    doc = code_text("Japan said it would host the Philippine delegation.",
                    {"Japan": "JPN", "the Philippine delegation": "PHLGOV"})
    # "said it would" is future in the past: a statement of intent to meet (036), asserted
    assert triples(doc, True) == {("JPN", "PHLGOV", "036", "asserted")}


def test_nominal_event_with_possessor_and_adjective(code_text) -> None:
    doc = code_text("Analysts discussed Armenia's drone attack on Azerbaijani positions.",
                    {"Armenia": "ARM", "Azerbaijani": "AZE"})
    assert ("ARM", "AZE", "195") in triples(doc)


def test_nominal_sanctions(code_text) -> None:
    doc = code_text("The European Union imposed new sanctions on Myanmar.",
                    {"The European Union": "IGOEU", "Myanmar": "MMR"})
    assert triples(doc) == {("IGOEU", "MMR", "163")}


def test_xcomp_intent_and_threat(code_text) -> None:
    doc = code_text("Laos agreed to provide military aid to Cambodia.", {"Laos": "LAO", "Cambodia": "KHM"})
    assert triples(doc) == {("LAO", "KHM", "0332")}
    doc = code_text("Pakistan threatened to attack India.", {"Pakistan": "PAK", "India": "IND"})
    assert triples(doc) == {("PAK", "IND", "1384")}
    doc = code_text("Hungary refused to negotiate with Slovakia.", {"Hungary": "HUN", "Slovakia": "SVK"})
    assert triples(doc) == {("HUN", "SVK", "125")}


def test_object_control_appeal(code_text) -> None:
    doc = code_text("Canada urged Sudan to release the aid workers.", {"Canada": "CAN", "Sudan": "SDN"})
    assert ("CAN", "SDN", "0253") in triples(doc)


def test_no_actor_no_event_and_no_self_events(code_text) -> None:
    assert code_text("The committee criticized the plan.", {})._.events == []
    assert code_text("Brazil praised Brazil.", {"Brazil": "BRA"})._.events == []


def test_one_event_per_trigger(code_text) -> None:
    doc = code_text("Chad accused Niger of aggression.", {"Chad": "TCD", "Niger": "NER"})
    assert [e["cameo"] for e in doc._.events] == ["1123"]


def test_sample_article(bare_nlp, sample_path: Path, coder) -> None:
    resolver = pytest.importorskip("newsevents.actors.resolver")
    timex = pytest.importorskip("newsevents.time.timex")
    doc = bare_nlp(sample_path.read_text(encoding="utf-8"))
    doc._.published = "2025-06-05"
    timex.TimexTagger(bare_nlp)(doc)
    resolver.ActorResolver(bare_nlp)(doc)
    coder(doc)
    evs = doc._.events
    call = [e for e in evs if (e["source"], e["target"], e["cameo"]) == ("USAGOV", "RUSGOV", "041")]
    assert call and call[0]["date"] == "2025-06-04" and call[0]["date_source"] == "timex"
    assert any(e["source"] == "RUSGOV" and (e["target"] or "").startswith("VAT")
               and e["cameo"] == "041" for e in evs)
    assert any(e["source"].startswith("RUS") and e["target"] == "UKRGOV" and e["cameo"] == "112"
               for e in evs if e["source"])
    assert any(e["source"] == "UKR" and e["target"] == "RUS" and e["root"] == "19" for e in evs)
    # "both sides agreed to build closer ties between Russia and the Holy See": the two
    # governments, one event each way
    assert any(e["root"] == "03" and {e["source"][:3], e["target"][:3]} == {"RUS", "VAT"}
               for e in evs if e["source"] and e["target"])
    assert len(evs) <= 16  # over-coding guard: about one event per sentence
