"""Modality and sentence structure, on the project's own sentences with hand-made actors."""
from __future__ import annotations


def triples(doc, modality: bool = False):
    return {(e["source"], e["target"], e["cameo"]) + ((e["modality"],) if modality else ())
            for e in doc._.events}


def test_stated_refusal_is_rejection(code_text) -> None:
    doc = code_text("Chile said it would not release the Peruvian fishermen.",
                    {"Chile": "CHL", "Peruvian fishermen": "PER"})
    assert ("CHL", "PER", "1243", "asserted") in triples(doc, True)


def test_past_negation_stays_negated(code_text) -> None:
    doc = code_text("Norway did not attack Sweden.", {"Norway": "NOR", "Sweden": "SWE"})
    assert {m for *_, m in triples(doc, True)} == {"negated"}


def test_must_under_speech_is_demand(code_text) -> None:
    doc = code_text("Britain said that Iran must release the sailors.",
                    {"Britain": "GBR", "Iran": "IRN"})
    assert ("GBR", "IRN", "1053", "asserted") in triples(doc, True)


def test_conditional_future_is_threat(code_text) -> None:
    doc = code_text("Peru will withdraw its ambassador from Bolivia unless the talks resume.",
                    {"Peru": "PER", "Bolivia": "BOL"})
    assert {c[:2] for _, _, c in triples(doc)} == {"13"}


def test_plain_future_is_intent(code_text) -> None:
    doc = code_text("Greece will meet Turkey.", {"Greece": "GRC", "Turkey": "TUR"})
    assert triples(doc, True) == {("GRC", "TUR", "036", "asserted")}


def test_hypothetical_dropped(code_text) -> None:
    doc = code_text("Japan could impose sanctions on Russia.", {"Japan": "JPN", "Russia": "RUS"})
    assert {m for *_, m in triples(doc, True)} <= {"hypothetical"}


def test_want_object_to_is_appeal(code_text) -> None:
    doc = code_text("Vietnam wants China to release the fishermen.",
                    {"Vietnam": "VNM", "China": "CHN"})
    assert {(s, t, c[:2]) for s, t, c in triples(doc)} == {("VNM", "CHN", "02")}


def test_adjective_intent(code_text) -> None:
    doc = code_text("Lebanon is ready to negotiate with Israel.", {"Lebanon": "LBN", "Israel": "ISR"})
    assert triples(doc) == {("LBN", "ISR", "036")}


def test_coordinated_verbs_share_object(code_text) -> None:
    doc = code_text("Israel attacked and occupied the Syrian village.",
                    {"Israel": "ISR", "the Syrian village": "SYR"})
    assert {("ISR", "SYR", "190"), ("ISR", "SYR", "192")} <= triples(doc)


def test_compound_subject_pairs(code_text) -> None:
    doc = code_text("Egypt and Jordan condemned Israel.",
                    {"Egypt": "EGY", "Jordan": "JOR", "Israel": "ISR"})
    assert triples(doc) == {("EGY", "ISR", "111"), ("JOR", "ISR", "111")}


def test_plural_pronoun_takes_all_conjuncts(code_text) -> None:
    doc = code_text("Germany and France said they would attack Libya.",
                    {"Germany": "DEU", "France": "FRA", "Libya": "LBY"})
    assert {s for s, _, _ in triples(doc)} == {"DEU", "FRA"}


def test_apposition_and_relative_clause(code_text) -> None:
    doc = code_text("The army, which had surrounded the town, attacked the Boko Haram rebels.",
                    {"The army": "NGAMIL", "the Boko Haram rebels": "NGAREB"})
    assert ("NGAMIL", "NGAREB", "190") in triples(doc)


def test_passive_without_agent_keeps_target_and_an_unidentified_attacker(code_text) -> None:
    doc = code_text("The Kenyan embassy was attacked on Monday.", {"The Kenyan embassy": "KEN"})
    assert triples(doc) == {("KENUAF", "KEN", "190")}


def test_reverse_pattern_receive_from(code_text) -> None:
    doc = code_text("Turkey received weapons from Russia.", {"Turkey": "TUR", "Russia": "RUS"})
    assert triples(doc) == {("RUS", "TUR", "072")}


def test_located_group_resolves(code_text) -> None:
    doc = code_text("Protesters in Lebanon blocked roads in Beirut.", {"Lebanon": "LBN"})
    assert ("LBN", "LBN", "144") in triples(doc)  # people of a country blocking roads there protest at home


def test_alleged_attack_is_also_accusation(code_text) -> None:
    doc = code_text("Iraq alleged that Turkey had bombed Kurdish camps.",
                    {"Iraq": "IRQ", "Turkey": "TUR", "Kurdish camps": "IRQ"})
    got = triples(doc, True)
    assert ("TUR", "IRQ", "195", "reported") in got and ("IRQ", "TUR", "112", "asserted") in got


def test_attempted_assassination(code_text) -> None:
    doc = code_text("Militants attempted to assassinate the Iraqi prime minister.",
                    {"Militants": "IRQREB", "the Iraqi prime minister": "IRQGOV"})
    assert triples(doc) == {("IRQREB", "IRQGOV", "185")}


def test_bare_event_noun_needs_both_sides(code_text) -> None:
    doc = code_text("The minister spoke at length about China's assistance.", {"China": "CHN"})
    assert doc._.events == []


def test_denied_complement_is_negated(code_text) -> None:
    actors = {"Chad": "TCD", "Sudan": "SDN"}
    for text in ("Chad has repeatedly denied sending weapons to Sudan.",
                 "Chad denied that it sent weapons to Sudan.",
                 "Chad rejected claims that it sent weapons to Sudan."):
        doc = code_text(text, actors)
        assert all(m == "negated" for s, t, c, m in triples(doc, True) if c.startswith("07")), text
        assert any(c.startswith("07") for _, _, c in triples(doc)), text


def test_ordered_to_leave_is_expulsion(code_text) -> None:
    doc = code_text("Latvia ordered two Belarusian diplomats to leave the country.",
                    {"Latvia": "LVA", "Belarusian diplomats": "BLRGOV"})
    assert triples(doc) == {("LVA", "BLRGOV", "161")}
    doc = code_text("Kuwait ordered the Egyptian journalist to leave.",
                    {"Kuwait": "KWT", "Egyptian journalist": "EGY"})
    assert triples(doc) == {("KWT", "EGY", "174")}


def test_demand_clause_is_asked_not_reported(code_text) -> None:
    doc = code_text("Ghana demanded that Togo release the traders.", {"Ghana": "GHA", "Togo": "TGO"})
    assert triples(doc, True) == {("GHA", "TGO", "1053", "asserted")}


def test_conditional_hypothetical_halt_is_threat(code_text) -> None:
    doc = code_text("Norway may suspend aid to Malawi if the arrests continue.",
                    {"Norway": "NOR", "Malawi": "MWI"})
    assert {(c[:2], m) for _, _, c, m in triples(doc, True)} == {("13", "asserted")}
