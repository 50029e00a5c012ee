"""Round 7 (issue #5): speaker attribution rules (own sentences)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.quotes.speaker import noun_holder, speaker_token


def _speaker(quotes: list[dict], words: str) -> str | None:
    q = next(q for q in quotes if words in q["text"])
    return q["speaker"]["text"] if q["speaker"] else None


_LEMMAS = {"said": "say", "called": "call", "saying": "say", "insisting": "insist",
           "driven": "drive", "voted": "vote", "thanked": "thank", "resigned": "resign",
           "was": "be", "happens": "happen", "tweeted": "tweet", "encouraged": "encourage",
           "intended": "intend", "expected": "expect"}


def _doc(nlp: Language, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A hand-made parse: (word, head, dep, pos, tag) per token."""
    words, heads, deps, pos, tags = zip(*rows)
    lemmas = [_LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos), tags=list(tags), lemmas=lemmas)


# a second predicate of the reporting clause, hung by the parse on the reported clause

def test_conjunct_after_a_modal_reported_verb_is_the_reporters(find_quotes: Callable) -> None:
    text = "Ortiz said the country would leave the pact and suggested that others would follow."
    assert _speaker(find_quotes(text), "others would follow") == "Ortiz"


def test_conjunct_after_a_reported_copula_is_the_reporters(bare_nlp: Language) -> None:
    # "Ortiz tweeted that Lopez was a liar and encouraged voters to act", with the root
    # mistagged as a participle and the second predicate hung on "was"
    doc = _doc(bare_nlp, [
        ("Ortiz", 1, "nsubj", "PROPN", "NNP"), ("tweeted", 1, "ROOT", "VERB", "VBN"),
        ("that", 4, "mark", "SCONJ", "IN"), ("Lopez", 4, "nsubj", "PROPN", "NNP"),
        ("was", 1, "advcl", "AUX", "VBD"), ("a", 6, "det", "DET", "DT"),
        ("liar", 4, "attr", "NOUN", "NN"), ("and", 4, "cc", "CCONJ", "CC"),
        ("encouraged", 4, "conj", "VERB", "VBD"), ("voters", 8, "dobj", "NOUN", "NNS"),
        ("to", 11, "aux", "PART", "TO"), ("act", 8, "xcomp", "VERB", "VB"),
    ])
    assert speaker_token(doc[8]).text == "Ortiz"


def test_conjunct_in_the_reported_tense_stays_with_its_subject(bare_nlp: Language) -> None:
    # "Ortiz said Lopez resigned and thanked staff": same tense, no auxiliary: Lopez thanked
    doc = _doc(bare_nlp, [
        ("Ortiz", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
        ("Lopez", 3, "nsubj", "PROPN", "NNP"), ("resigned", 1, "ccomp", "VERB", "VBD"),
        ("and", 3, "cc", "CCONJ", "CC"), ("thanked", 3, "conj", "VERB", "VBD"),
        ("staff", 5, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert speaker_token(doc[5]).text == "Lopez"


# the subject the parse hid

def test_name_running_into_the_cue_is_the_speaker(bare_nlp: Language) -> None:
    # the parse of "To see the old city, Mayor Ruiz said, ...": the name as an apposition
    # of the fronted object, with no comma before the cue
    doc = _doc(bare_nlp, [
        ("To", 1, "aux", "PART", "TO"), ("see", 8, "advcl", "VERB", "VB"),
        ("the", 3, "det", "DET", "DT"), ("city", 7, "nsubj", "PROPN", "NNP"),
        (",", 3, "punct", "PUNCT", ","), ("Mayor", 6, "compound", "PROPN", "NNP"),
        ("Ruiz", 3, "appos", "PROPN", "NNP"), ("said", 8, "parataxis", "VERB", "VBD"),
        ("walk", 8, "ROOT", "VERB", "VB"),
    ])
    assert speaker_token(doc[7]).text == "Ruiz"


def test_name_apposed_to_a_common_noun_is_the_speaker(bare_nlp: Language) -> None:
    # the parse of "With days to go until the vote, Ana Ortiz, an aide, called ...":
    # the name as an apposition of "vote"
    doc = _doc(bare_nlp, [
        ("Until", 5, "prep", "ADP", "IN"), ("the", 2, "det", "DET", "DT"),
        ("vote", 5, "nsubj", "NOUN", "NN"), (",", 2, "punct", "PUNCT", ","),
        ("Ortiz", 2, "appos", "PROPN", "NNP"), ("called", 5, "ROOT", "VERB", "VBD"),
        ("it", 7, "nsubj", "PRON", "PRP"), ("flawed", 5, "ccomp", "ADJ", "JJ"),
    ])
    assert speaker_token(doc[5]).text == "Ortiz"


def test_name_right_before_a_cue_without_subject(find_quotes: Callable) -> None:
    text = "In a long interview with the editors of the Gazette Ortiz said that the port would close."
    assert "Ortiz" in _speaker(find_quotes(text), "the port would close")


def test_noun_right_before_a_cue_without_subject(find_quotes: Callable) -> None:
    text = "That is a fraction of the $5 million analysts say it costs to build one."
    assert "analysts" in _speaker(find_quotes(text), "it costs to build")


def test_passive_subject_controls_an_adjunct_participle(bare_nlp: Language) -> None:
    # "After saying it was late, she was driven home."
    doc = _doc(bare_nlp, [
        ("After", 9, "prep", "ADP", "IN"), ("saying", 0, "pcomp", "VERB", "VBG"),
        ("it", 3, "nsubj", "PRON", "PRP"), ("was", 1, "ccomp", "AUX", "VBD"),
        ("late", 3, "acomp", "ADJ", "JJ"), (",", 9, "punct", "PUNCT", ","),
        ("she", 9, "nsubjpass", "PRON", "PRP"), ("was", 9, "auxpass", "AUX", "VBD"),
        ("quickly", 9, "advmod", "ADV", "RB"), ("driven", 9, "ROOT", "VERB", "VBN"),
        ("home", 9, "advmod", "ADV", "RB"), (".", 9, "punct", "PUNCT", "."),
    ])
    assert speaker_token(doc[1]).text == "she"


def test_subject_inside_another_quotation_is_never_the_speaker(bare_nlp: Language) -> None:
    # "Ortiz -- 'It happens' -- insisting, 'We are on time.'" with the participle hung on
    # the quoted verb
    doc = _doc(bare_nlp, [
        ("Ortiz", 5, "nsubj", "PROPN", "NNP"), ("--", 5, "punct", "PUNCT", ":"),
        ("'", 5, "punct", "PUNCT", "``"), ("It", 4, "nsubj", "PRON", "PRP"),
        ("happens", 5, "ccomp", "VERB", "VBZ"), ("insisting", 5, "ROOT", "VERB", "VBG"),
    ])
    quoted = [(doc[3].idx, doc[4].idx + len(doc[4].text))]
    tok = speaker_token(doc[5], (), quoted)
    assert tok is not None and tok.text == "Ortiz"


# the cue: occasions, prepositions, "put it", the same paragraph first

def test_participle_on_an_occasion_noun_is_the_speakers(find_quotes: Callable) -> None:
    text = "She spoke at a rally announcing that the plant would stay open."
    assert _speaker(find_quotes(text), "the plant would stay open") == "She"


def test_stopped_short_of_calling_takes_the_subject(find_quotes: Callable) -> None:
    text = "The senator criticized the bill but stopped short of calling it unconstitutional."
    assert _speaker(find_quotes(text), "it unconstitutional") == "The senator"


def test_as_someone_put_it_is_a_cue(find_quotes: Callable) -> None:
    text = 'As one economist put it, "the boom was built on sand."'
    assert _speaker(find_quotes(text), "built on sand") == "one economist"


def test_cue_in_the_same_paragraph_beats_one_across_a_break(find_quotes: Callable) -> None:
    text = ('"That is the plan," Ortiz told the mayor, who nodded.\n\n'
            '"Who would have believed it a year ago?" Lopez said, looking at the crowd.')
    assert _speaker(find_quotes(text), "Who would have believed") == "Lopez"


def test_cue_after_a_two_apostrophe_quotation_in_the_sentence_before(find_quotes: Callable) -> None:
    text = ("''We have done the work'' on the new budget, Ms. Ortiz said. ''The numbers are "
            "finally right. The debt will shrink.''\n\nEveryone we met praised the result.")
    assert _speaker(find_quotes(text), "The numbers are finally right") == "Ms. Ortiz"


# a quotation introduced by a colon with no speech verb

def test_colon_after_a_clause_gives_its_subject(find_quotes: Callable) -> None:
    text = 'The union is sending members a blunt message: "Vote or lose your pension."'
    assert _speaker(find_quotes(text), "Vote or lose") == "The union"


def test_colon_after_a_passive_gives_its_agent(find_quotes: Callable) -> None:
    text = 'The problem is summed up by this line: "We have no money left."'
    assert _speaker(find_quotes(text), "no money left") == "this line"


def test_colon_in_a_verbless_headline_gives_the_noun_phrase(find_quotes: Callable) -> None:
    text = "A warning from Ana Ortiz: 'Do not trust the figures.'\n\nThe report follows."
    assert _speaker(find_quotes(text), "Do not trust") == "A warning from Ana Ortiz"


# contents: the report whose cue is outside its span

def test_stance_verb_on_a_free_relative_reports_it(find_quotes: Callable) -> None:
    text = 'The ambassador condemned what he called a "reckless provocation" by the rebels.'
    assert _speaker(find_quotes(text), "what he called") == "The ambassador"


# the speaker's noun phrase

def test_speaker_span_keeps_its_modifiers(find_quotes: Callable) -> None:
    assert _speaker(find_quotes("A spokesman for the ministry said the talks had stalled."),
                    "the talks had stalled") == "A spokesman for the ministry"
    assert _speaker(find_quotes("Voters angry about the tax said they would stay home."),
                    "they would stay home") == "Voters angry about the tax"


def test_speaker_span_stops_before_a_clause_or_a_date(find_quotes: Callable) -> None:
    text = "A group of doctors who met in 2015 said the drug was unsafe."
    assert _speaker(find_quotes(text), "the drug was unsafe") == "A group of doctors"


def test_topic_of_a_critic_is_not_its_holder(bare_nlp: Language) -> None:
    # "A critic of Lopez, Ortiz voted ...": the fronted noun is Ortiz's
    doc = _doc(bare_nlp, [
        ("A", 1, "det", "DET", "DT"), ("critic", 6, "npadvmod", "NOUN", "NN"),
        ("of", 1, "prep", "ADP", "IN"), ("Lopez", 2, "pobj", "PROPN", "NNP"),
        (",", 6, "punct", "PUNCT", ","), ("Ortiz", 6, "nsubj", "PROPN", "NNP"),
        ("voted", 6, "ROOT", "VERB", "VBD"), (".", 6, "punct", "PUNCT", "."),
    ])
    assert noun_holder(doc[1]).text == "Ortiz"


# later additions: passives, adjectives, cue order, complements

def test_possessor_of_a_passive_subject_holds_the_intent(bare_nlp: Language) -> None:
    # "Ortiz 's plan is intended to cut taxes"
    doc = _doc(bare_nlp, [
        ("Ortiz", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
        ("plan", 4, "nsubjpass", "NOUN", "NN"), ("is", 4, "auxpass", "AUX", "VBZ"),
        ("intended", 4, "ROOT", "VERB", "VBN"), ("to", 6, "aux", "PART", "TO"),
        ("cut", 4, "xcomp", "VERB", "VB"), ("taxes", 6, "dobj", "NOUN", "NNS"),
    ])
    assert speaker_token(doc[4]).text == "Ortiz"


def test_noun_an_adjective_of_intent_describes_is_the_holder(bare_nlp: Language) -> None:
    # "donors intent on deciding who wins gave ..."
    doc = _doc(bare_nlp, [
        ("donors", 5, "nsubj", "NOUN", "NNS"), ("intent", 0, "amod", "ADJ", "JJ"),
        ("on", 1, "prep", "ADP", "IN"), ("deciding", 2, "pcomp", "VERB", "VBG"),
        ("it", 3, "dobj", "PRON", "PRP"), ("gave", 5, "ROOT", "VERB", "VBD"),
    ])
    assert speaker_token(doc[3]).text == "donors"


def test_cue_that_leads_into_the_quotation_beats_a_governing_one(bare_nlp: Language) -> None:
    from newsevents.quotes.cues import _leads_into

    text = 'The ad ends with footage of Ortiz saying during the debate, "That is my job."'
    doc = bare_nlp(text)
    start = text.index("That is")
    saying = next(t for t in doc if t.text == "saying")
    ends = next(t for t in doc if t.text == "ends")
    assert _leads_into(text, saying, start) and not _leads_into(text, ends, start)


def test_complement_from_another_paragraph_is_not_the_cues(bare_nlp: Language) -> None:
    from newsevents.quotes.indirect import find_indirect

    # the parse of '"None agreed."\n\nLopez explained why he backs it.' with the quoted
    # sentence of the paragraph before as the first complement
    words = ["None", "agreed", ".", "\n\n", "Lopez", "explained", "why", "he", "backs", "it", "."]
    spaces = [True, False, False, False, True, True, True, True, True, False, False]
    doc = Doc(bare_nlp.vocab, words=words, spaces=spaces,
              heads=[1, 5, 1, 2, 5, 5, 8, 8, 5, 8, 5],
              deps=["nsubj", "ccomp", "punct", "dep", "nsubj", "ROOT", "advmod", "nsubj",
                    "ccomp", "dobj", "punct"],
              pos=["PRON", "VERB", "PUNCT", "SPACE", "PROPN", "VERB", "SCONJ", "PRON", "VERB",
                   "PRON", "PUNCT"],
              lemmas=["none", "agree", ".", "\n\n", "Lopez", "explain", "why", "he", "back",
                      "it", "."])
    contents = [doc.text[r.start:r.end] for r in find_indirect(doc) if r.cue.i == 5]
    assert contents == ["why he backs it"]


def test_that_clause_after_the_cues_adjuncts_is_its_content(bare_nlp: Language) -> None:
    from newsevents.quotes.indirect import _that_after_adjuncts

    # "... insist , most recently in an interview , that it is balanced .", the clause
    # parsed as the root and the cue as its complement
    doc = _doc(bare_nlp, [
        ("insist", 11, "ccomp", "VERB", "VB"), (",", 0, "punct", "PUNCT", ","),
        ("most", 3, "advmod", "ADV", "RBS"), ("recently", 0, "advmod", "ADV", "RB"),
        ("in", 0, "prep", "ADP", "IN"), ("an", 6, "det", "DET", "DT"),
        ("interview", 4, "pobj", "NOUN", "NN"), (",", 0, "punct", "PUNCT", ","),
        ("that", 11, "mark", "SCONJ", "IN"), ("it", 11, "nsubj", "PRON", "PRP"),
        ("is", 11, "aux", "AUX", "VBZ"), ("balanced", 11, "ROOT", "VERB", "VBN"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    assert _that_after_adjuncts(doc[0]).text == "that it is balanced"


def test_hyphen_inside_a_name_stays_in_the_span(find_quotes: Callable) -> None:
    text = "Secretary General Ban Ki-moon said the talks had failed."
    assert _speaker(find_quotes(text), "the talks had failed") == "Secretary General Ban Ki-moon"


def test_colon_after_someones_words_gives_their_holder(find_quotes: Callable) -> None:
    text = 'The paper printed Ortiz\'s remark: "We have no money left."'
    assert _speaker(find_quotes(text), "no money left") == "Ortiz"


def test_colon_after_ones_own_words_gives_the_subject(bare_nlp: Language) -> None:
    from newsevents.quotes.colon import introducer

    text = 'I had to change my answer: "Yes."'
    doc = bare_nlp(text)
    assert introducer(doc, text, text.index("Yes")).text == "I"


def test_possessor_of_an_expected_event_is_not_its_holder(bare_nlp: Language) -> None:
    # "Ortiz 's veto is expected to come": others expect it
    doc = _doc(bare_nlp, [
        ("Ortiz", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
        ("veto", 4, "nsubjpass", "NOUN", "NN"), ("is", 4, "auxpass", "AUX", "VBZ"),
        ("expected", 4, "ROOT", "VERB", "VBN"), ("to", 6, "aux", "PART", "TO"),
        ("come", 4, "xcomp", "VERB", "VB"),
    ])
    tok = speaker_token(doc[4])
    assert tok is None or tok.text != "Ortiz"


def test_quoted_paragraph_after_an_attributed_report_continues_its_speaker(find_quotes: Callable) -> None:
    text = 'Ortiz defended the budget in a long interview.\n\n"We did it without new taxes."'
    assert _speaker(find_quotes(text), "without new taxes") == "Ortiz"


def test_quotation_whose_cue_gives_no_speaker_continues_the_one_before() -> None:
    from newsevents.quotes.finder import _carry_speakers

    text = '"We are ready," Ortiz said.\n\n"The money is there," added, smiling.'
    first = {"start": 1, "end": 15, "kind": "direct", "cue": "said",
             "speaker": {"start": 17, "end": 22, "text": "Ortiz", "code": None, "name": None}}
    second = {"start": 30, "end": 50, "kind": "direct", "cue": "added", "speaker": None}
    _carry_speakers(text, [first, second])
    assert second["speaker"]["text"] == "Ortiz"
