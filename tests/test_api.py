"""The Python API: extract() and the spaCy components in a user's own pipeline."""
import spacy

import newsevents
from newsevents.config import DEFAULT_MODEL

TEXT = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
        "Ethiopian troops shelled rebel positions near the border late on Tuesday.")


def test_extract_returns_the_output_record():
    record = newsevents.extract(TEXT, published="2024-03-07", article_id="k1")
    assert record["id"] == "k1" and record["published"] == "2024-03-07"
    assert set(record) >= {"events", "quotes", "timexes", "actors"}
    assert any(a["code"] == "KENGOV" for a in record["actors"])
    meeting = [e for e in record["events"] if e["root"] == "04"]
    assert meeting and meeting[0]["source"] == "KENGOV" and meeting[0]["target"] == "ETHGOV"
    assert meeting[0]["date"] == "2024-03-04"
    for event in record["events"]:
        assert TEXT[event["start"]:event["end"]]
        assert event["plover"] and event["quad_class"] in (1, 2, 3, 4)


def test_components_work_in_a_users_own_pipeline():
    import newsevents.nlp.components  # noqa: F401 - registers the factories

    nlp = spacy.load(DEFAULT_MODEL)
    for name in ("newsevents_timexes", "newsevents_actors", "newsevents_events", "newsevents_quotes"):
        nlp.add_pipe(name)
    doc = nlp.make_doc(TEXT)
    doc._.published = "2024-03-07"
    doc = nlp(doc)
    assert any(m["code"] == "ETHGOV" for m in doc._.actor_mentions)
    assert doc._.events and all(isinstance(e, dict) for e in doc._.events)
    assert [t["value"] for t in doc._.timexes][:1] == ["2024-03-04"]


def test_offsets_point_into_the_text_as_given():
    text = "  Cafe\u0301 owners protested.\r\n\r\nKenyan police arrested Somali traders in Nairobi on Friday.\r\n"
    record = newsevents.extract(text, published="2024-03-09")
    assert record["events"] and record["actors"]
    for item in record["actors"] + record["timexes"] + record.get("places", []):
        assert text[item["start"]:item["end"]] == item["text"]
    friday = [t for t in record["timexes"] if t["text"] == "Friday"]
    assert friday and friday[0]["value"] == "2024-03-08"
