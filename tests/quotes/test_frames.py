"""Round 4 report frames: sentence-final contents, nominal cues, raising and impersonal
cues, paragraph bounds, reports cut before a quotation (own sentences)."""
from __future__ import annotations


def test_content_runs_to_sentence_end(find_quotes, covering) -> None:
    text = ("The coach said the team would train in Lisbon, but the players knew the "
            "final squad was already chosen.")
    q = covering(find_quotes(text), text, "the team would train in Lisbon")
    assert q["text"].startswith("the team")
    assert q["speaker"]["text"] == "The coach"


def test_content_stops_before_next_cue(find_quotes, covering) -> None:
    text = ("The mayor said the bridge would reopen in May, adding that the tolls "
            "would stay the same.")
    quotes = find_quotes(text)
    first = covering(quotes, text, "the bridge would reopen in May")
    assert "tolls" not in first["text"]
    covering(quotes, text, "that the tolls would stay the same")


def test_medial_cue_then_coordinate_clause(find_quotes, covering) -> None:
    text = ("Exports fell by a third, the ministry said in its annual review, and imports "
            "rose sharply over the same period.")
    q = covering(find_quotes(text), text, "imports rose sharply")
    assert q["start"] == 0


def test_nominal_cue_that_clause(find_quotes, covering) -> None:
    text = "The union's claim that the pension fund had been emptied angered the council."
    q = covering(find_quotes(text), text, "the pension fund had been emptied")
    assert q["speaker"] is not None and "union" in q["speaker"]["text"]


def test_raising_cue_keeps_subject(find_quotes, covering) -> None:
    text = "The new stadium is expected to open before the end of the season."
    q = covering(find_quotes(text), text, "The new stadium is expected to open")
    assert q["start"] == 0


def test_impersonal_cue(find_quotes, covering) -> None:
    text = "It was clear that the two delegations had not agreed on the border."
    q = covering(find_quotes(text), text, "the two delegations had not agreed")
    assert "clear" not in q["text"]


def test_report_never_crosses_paragraph(find_quotes, covering) -> None:
    text = ("Mr. Ortiz thinks\n\nThe port authority says the ferries will run on Sunday.")
    q = covering(find_quotes(text), text, "the ferries will run on Sunday")
    assert "Ortiz" not in q["text"]


def test_report_cut_before_later_quotation(find_quotes, covering) -> None:
    text = ('She said students who transfer would not be eligible for the grant, and when '
            'asked why, the dean replied: "The fund was never meant for them."')
    quotes = find_quotes(text)
    q = covering(quotes, text, "students who transfer would not be eligible")
    assert "never meant" not in q["text"]
    assert any(d["kind"] == "direct" for d in quotes)
