"""Quotations with speakers on parsed text."""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language

from newsevents.quotes.finder import QuoteFinder


def _mentions(text: str, table: dict[str, tuple[str, str]]) -> list[dict]:
    """Hand-built actor mentions: name -> (code, kind)."""
    out = []
    for name, (code, kind) in table.items():
        for m in re.finditer(re.escape(name), text):
            out.append({"text": name, "start": m.start(), "end": m.end(), "code": code,
                        "name": name, "kind": kind})
    return sorted(out, key=lambda m: m["start"])


def _quotes(nlp: Language, text: str, mentions: list[dict] | None = None) -> list[dict]:
    doc = nlp(text)
    doc._.actor_mentions = mentions
    return QuoteFinder(nlp)(doc)._.quotes


def test_speaker_before_with_colon(bare_nlp: Language) -> None:
    text = "The foreign minister said: “Our patience is not unlimited.”"
    (q,) = _quotes(bare_nlp, text)
    assert q["text"] == "Our patience is not unlimited."
    assert q["speaker"]["text"] == "The foreign minister"
    assert q["cue"] == "said" and q["kind"] == "direct"


def test_speaker_after(bare_nlp: Language) -> None:
    text = '"The border will stay closed," Erdogan told reporters in Ankara.'
    m = _mentions(text, {"Erdogan": ("TURGOV", "person")})
    (q,) = _quotes(bare_nlp, text, m)
    assert q["speaker"] == {"start": 31, "end": 38, "text": "Erdogan", "code": "TURGOV", "name": "Erdogan"}
    assert q["cue"] == "told"


def test_split_quote_one_record(bare_nlp: Language) -> None:
    text = '"We will not retreat," the general said, "not one metre."'
    (q,) = _quotes(bare_nlp, text)
    assert q["speaker"]["text"] == "the general"


def test_pronoun_takes_code_of_preceding_person(bare_nlp: Language) -> None:
    text = 'Macron spoke to farmers in Lyon. "We hear your anger," he said.'
    m = _mentions(text, {"Macron": ("FRAGOV", "person")})
    (q,) = _quotes(bare_nlp, text, m)
    assert q["speaker"]["text"] == "he"
    assert q["speaker"]["code"] == "FRAGOV"


def test_characterisations(bare_nlp: Language) -> None:
    text = "The ministry described the meeting as “frank.”"
    (q,) = _quotes(bare_nlp, text)
    assert q["kind"] == "characterisation" and q["text"].startswith("the meeting as")
    assert q["speaker"]["text"] == "The ministry"
    text = "The visit was characterized by the embassy as “useful.”"
    (q,) = _quotes(bare_nlp, text)
    assert q["speaker"]["text"] == "the embassy"


def test_according_to(bare_nlp: Language) -> None:
    text = "“Three villages were hit,” according to the governor."
    (q,) = _quotes(bare_nlp, text)
    assert q["speaker"]["text"] == "the governor" and q["cue"] == "according to"


def test_scare_quotes_are_not_quotations(bare_nlp: Language) -> None:
    assert _quotes(bare_nlp, "The “reform” package failed in parliament on a close vote.") == []


def test_unbalanced_text_does_not_crash(bare_nlp: Language) -> None:
    quotes = _quotes(bare_nlp, 'He said "this never closes. Then he left.')
    assert [q for q in quotes if q["kind"] == "direct"] == []


def test_no_parse_no_speaker(bare_nlp: Language) -> None:
    doc = bare_nlp.make_doc('She said: "No comment."')
    (q,) = QuoteFinder(bare_nlp)(doc)._.quotes
    assert q["speaker"] is None and q["text"] == "No comment."


def test_sample_article(bare_nlp: Language, sample_path: Path) -> None:
    text = sample_path.read_text(encoding="utf-8")
    m = _mentions(text, {"Trump": ("USAGOV", "person"), "Putin": ("RUSGOV", "person"),
                         "Kremlin": ("RUSGOV", "organization")})
    quotes = _quotes(bare_nlp, text, m)
    by_text = {q["text"].rstrip(".,"): q for q in quotes}
    iran = next(q for q in quotes if q["text"].endswith("Iran cannot have a nuclear weapon"))
    assert text[iran["start"]:iran["end"]] == iran["text"]
    assert iran["speaker"]["code"] == "USAGOV"
    post = next(q for q in quotes if q["text"].startswith("It is my opinion"))
    assert post["speaker"]["text"] == "Trump" and post["cue"] == "posted"
    call = next(q for q in quotes if "constructive" in q["text"] and q["kind"] == "characterisation")
    assert call["kind"] == "characterisation" and "Kremlin" in call["speaker"]["text"]
    # round 8: the listed words "positive" and "productive" are one quotation
    assert by_text["positive and productive"]["speaker"]["code"] == "RUSGOV"


def test_quotation_closing_on_a_nested_one_is_not_embedded(find_quotes) -> None:
    text = "\"It feels like, 'Let us wait a little,'\" the minister said."
    [q] = find_quotes(text)
    assert q["kind"] == "direct" and q["speaker"]["text"] == "the minister"


def test_quoted_title_after_its_noun_is_not_a_quotation(find_quotes) -> None:
    assert find_quotes('Check out the trailer for the documentary, "13th," below.') == []
    text = 'In his 2002 book, "Make Your Kid a Millionaire," the author suggested saving early.'
    assert all(q["kind"] != "direct" for q in find_quotes(text))


def test_quotation_after_a_container_of_speech_stays(find_quotes) -> None:
    [q] = find_quotes('He wrote in a column, "We must act now."')
    assert q["kind"] == "direct" and q["speaker"]["text"] == "He"


def test_stage_direction_in_a_transcript_is_not_a_quotation(find_quotes) -> None:
    quotes = find_quotes('Transcript:\n\n"(CROSSTALK.)\n\n"HOST: Thanks."')
    assert [q["text"] for q in quotes] == ["Thanks."]
