"""Round 6 report frames: talking about a topic (``spoke of X``), stance adjectives
(``confident that``), a second predicate of the speaker (own sentences)."""
from __future__ import annotations


def test_topic_preposition_object(find_quotes, covering) -> None:
    text = ("The governor spoke of a difficult winter ahead. The minister pointed to rising "
            "prices as the main cause.")
    quotes = find_quotes(text)
    winter = covering(quotes, text, "a difficult winter ahead")
    assert winter["speaker"]["text"] == "The governor"
    prices = covering(quotes, text, "rising prices")
    assert prices["speaker"]["text"] == "The minister"


def test_topic_needs_a_speaker(find_quotes) -> None:
    text = "It pointed to the north. The road leads to the old mill."
    assert find_quotes(text) == []


def test_topic_on_a_participle_takes_the_head_subject(find_quotes, covering) -> None:
    text = '"We are ready," said Okafor, referring to the new harbour rules. "The ships can come in now."'
    quotes = find_quotes(text)
    [rules] = [q for q in quotes if q["kind"] == "indirect"]
    assert rules["text"] == "the new harbour rules"
    assert rules["speaker"]["text"] == "Okafor"
    direct = covering(quotes, text, "We are ready")
    assert direct["end"] > text.index("The ships")  # the split quotation stays one record


def test_stance_adjective_clause_and_object(find_quotes, covering) -> None:
    text = "The coach was confident that the team would recover. Farmers are worried about the long drought."
    quotes = find_quotes(text)
    team = covering(quotes, text, "the team would recover")
    assert team["text"].startswith("that") and team["speaker"]["text"] == "The coach"
    drought = covering(quotes, text, "the long drought")
    assert drought["speaker"]["text"] == "Farmers"


def test_stance_adjective_needs_a_holder(find_quotes) -> None:
    assert find_quotes("It is worried about nothing at all.") == []


def test_content_stops_before_second_predicate(find_quotes, covering) -> None:
    text = "The mayor said the bridge would reopen in May and thanked the engineers for their work."
    q = covering(find_quotes(text), text, "the bridge would reopen in May")
    assert "thanked" not in q["text"]


def test_coordinated_infinitives_stay_in_content(find_quotes, covering) -> None:
    text = "The senator said the plan wants to triple exports, grow jobs and create wealth."
    q = covering(find_quotes(text), text, "the plan wants")
    assert q["text"].endswith("create wealth")


def test_final_cue_after_comma_reports_the_words_before(find_quotes, covering) -> None:
    text = "The council met late.\n\nPeople like Okafor, she said."
    q = covering(find_quotes(text), text, "People like Okafor")
    assert q["text"] == "People like Okafor" and q["speaker"]["text"] == "she"


def test_headline_with_final_cue(find_quotes, covering) -> None:
    text = "Ferry Service Will Not Resume Before Spring, Harbour Officials Say"
    q = covering(find_quotes(text), text, "Ferry Service Will Not Resume")
    assert q["text"] == "Ferry Service Will Not Resume Before Spring"


def test_framing_clause_before_final_cue_is_not_reported(find_quotes) -> None:
    assert find_quotes("When asked about the delay, she said.") == []


def test_free_relative_content(find_quotes, covering) -> None:
    text = ("The gap between what the mayor says the levy would raise and what it would "
            "actually raise is large.")
    q = covering(find_quotes(text), text, "the levy would raise")
    assert q["text"] == "what the mayor says the levy would raise"
    assert q["speaker"]["text"] == "the mayor"


def test_topic_noun_with_a_holder(find_quotes, covering) -> None:
    text = "The union has been a fierce critic of the pension reform."
    q = covering(find_quotes(text), text, "the pension reform")
    assert q["text"] == "the pension reform" and q["speaker"]["text"] == "The union"
    text = "Okafor raised questions about the tender process."
    q = covering(find_quotes(text), text, "the tender process")
    assert q["speaker"]["text"] == "Okafor"


def test_topic_noun_of_holder_is_not_a_topic(find_quotes) -> None:
    assert find_quotes("The views of the residents were clear.") == []


def test_taking_a_side(find_quotes, covering) -> None:
    text = "The senator voted against the new budget."
    q = covering(find_quotes(text), text, "the new budget")
    assert q["speaker"]["text"] == "The senator"


def test_content_stops_before_another_speakers_report(find_quotes, covering) -> None:
    text = "Republicans said the timing was deliberate and Democrats accused the committee of stalling."
    quotes = find_quotes(text)
    first = covering(quotes, text, "the timing was deliberate")
    assert "Democrats" not in first["text"]
    assert covering(quotes, text, "the committee of stalling")["speaker"]["text"] == "Democrats"


def test_coordinated_that_clause_stays_in_content(find_quotes, covering) -> None:
    text = ("The chief said the tapes were unclear and that the footage from the family did "
            "not show a weapon.")
    q = covering(find_quotes(text), text, "the tapes were unclear")
    assert q["text"].endswith("did not show a weapon")


def test_characterisation_with_label_heading_the_object(find_quotes) -> None:
    text = "In the tweets he called a former champion “reckless” and left it there."
    chars = [q for q in find_quotes(text) if q["kind"] == "characterisation"]
    assert chars and "former champion" in chars[0]["text"] and "reckless" in chars[0]["text"]


def test_a_name_given_is_not_a_characterisation(find_quotes) -> None:
    assert find_quotes("They fished in a mountain stream called Miracle Run.") == []


def test_call_on_is_not_a_characterisation(find_quotes) -> None:
    quotes = find_quotes("The senator called on young people to volunteer.")
    assert all(q["kind"] != "characterisation" for q in quotes)


def test_quoted_label_parsed_as_apposition(find_quotes) -> None:
    [q] = find_quotes('The mayor called the plan "a disaster" on Monday.')
    assert q["kind"] == "characterisation" and q["text"].startswith("the plan")
    assert q["speaker"]["text"] == "The mayor"


def test_reporting_participle_after_comma_is_its_own_report(find_quotes, covering) -> None:
    text = "Analysts said trade has grown quickly, citing the new port on the coast."
    quotes = find_quotes(text)
    said = covering(quotes, text, "trade has grown quickly")
    assert "citing" not in said["text"]
    citing = covering(quotes, text, "the new port")
    assert citing["text"] == "the new port on the coast" and citing["speaker"]["text"] == "Analysts"


def test_cue_noun_inside_content_does_not_stop_it(find_quotes, covering) -> None:
    text = "At the debate, Okafor cited remarks the mayor had made about the port as proof of neglect."
    q = covering(find_quotes(text), text, "remarks the mayor had made")
    assert q["text"].endswith("proof of neglect") and q["speaker"]["text"] == "Okafor"


def test_passive_agent_is_not_content(find_quotes, covering) -> None:
    text = "The doctor has been called a charlatan by fellow physicians for selling pills."
    q = covering(find_quotes(text), text, "a charlatan")
    assert "physicians" not in q["text"] and q["speaker"]["text"] == "fellow physicians"


def test_report_in_a_relative_clause_keeps_its_record(find_quotes) -> None:
    text = "The mayor said the budget, which critics say is too small, would pass."
    quotes = find_quotes(text)
    rel = [q for q in quotes if q["text"].startswith("which")]
    assert rel and rel[0]["text"] == "which critics say is too small"
    assert rel[0]["speaker"]["text"] == "critics"


def test_relative_subject_of_the_cue_is_not_content(find_quotes) -> None:
    text = "Instead, the study, which notes that the firms owe billions, should alarm voters."
    [q] = find_quotes(text)
    assert q["text"].startswith("that the firms") and q["speaker"]["text"] == "which"


def test_open_question_is_not_a_report(find_quotes) -> None:
    assert find_quotes("It is unclear whether the ferry will run. It is not clear what it costs.") == []


def test_impersonal_stance_keeps_its_clause(find_quotes, covering) -> None:
    text = "It is clear that the ferry will not run this winter."
    assert covering(find_quotes(text), text, "the ferry will not run")["text"].startswith("that")


def test_passive_stance_with_agent(find_quotes, covering) -> None:
    text = "The closure was first reported by the local radio station."
    q = covering(find_quotes(text), text, "The closure")
    assert q["text"] == "The closure" and q["speaker"]["text"] == "the local radio station"
    assert find_quotes("They were backed by the mayor.") == []


def test_call_for_a_gerund(find_quotes, covering) -> None:
    text = "The mayor called for cutting the bus fares."
    q = covering(find_quotes(text), text, "cutting the bus fares")
    assert q["speaker"]["text"] == "The mayor"
