"""Very long articles run in bounded pieces: offsets stay true to the whole text, memory stays bounded."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from newsevents.pieces import merge_records, shift, split_pieces

PARAGRAPH = ("Russian President Vladimir Putin accused Ukraine of attacking airfields on Monday. "
             "\"We will respond,\" Putin said in Moscow. French President Emmanuel Macron met Chinese "
             "President Xi Jinping in Beijing on Tuesday.")


@pytest.mark.parametrize("limit", [1, 7, 50, 333, 10_000])
def test_pieces_cover_the_text_in_order_within_the_limit(limit):
    text = ("\n\n".join([PARAGRAPH] * 20) + " tail") * 2
    pieces = list(split_pieces(text, limit))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_pieces_end_at_paragraph_breaks_when_there_are_some():
    text = "\n\n".join([PARAGRAPH] * 10)
    pieces = [p for _, p in split_pieces(text, 1000)]
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_shift_moves_offsets_and_sentences_everywhere():
    item = {"start": 1, "end": 5, "sentence": 0, "speaker": {"start": 7, "end": 9}, "parts": [{"start": 1, "end": 2}],
            "place": None, "flag": True}
    assert shift(item, 100, 3) == {"start": 101, "end": 105, "sentence": 3, "speaker": {"start": 107, "end": 109},
                                   "parts": [{"start": 101, "end": 102}], "place": None, "flag": True}
    merged = merge_records([(0, 0, {"id": "a", "events": [item], "quotes": []}),
                            (10, 2, {"id": "a", "events": [item], "quotes": []})])
    assert merged["id"] == "a" and [e["start"] for e in merged["events"]] == [1, 11]
    assert [e["sentence"] for e in merged["events"]] == [0, 2]


@pytest.mark.slow
def test_a_long_article_in_pieces_keeps_every_span_true(pipeline):
    from newsevents.pipeline import Pipeline

    text = "\n\n".join(PARAGRAPH.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday") * 4)
    pieced = Pipeline(replace(pipeline.settings, piece_chars=700), nlp=pipeline.nlp)
    record = pieced.extract(text, published="2025-06-05")
    whole = pipeline.extract(text, published="2025-06-05")
    for key in ("actors", "timexes", "places"):
        assert record[key] and all(text[i["start"]:i["end"]] == i["text"] for i in record[key])
    assert all(text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
               for q in record["quotes"] if q.get("speaker"))
    assert [(e["cameo"], e["start"], e["sentence"]) for e in record["events"]] == \
        [(e["cameo"], e["start"], e["sentence"]) for e in whole["events"]]


#: runs one article of argv[1] characters and prints its peak memory (ru_maxrss, KiB) and counts
_PEAK = """
import json, resource, sys
from newsevents.pipeline import Pipeline
paragraph = sys.argv[2]
text = ("\\n\\n".join([paragraph] * (int(sys.argv[1]) // (len(paragraph) + 2) + 1)))[: int(sys.argv[1])]
record = Pipeline().extract(text, published="2025-06-05")
print(json.dumps({"kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "chars": len(text),
                  "events": len(record["events"]), "ok": all(text[a["start"]:a["end"]] == a["text"]
                                                              for a in record["actors"])}))
"""


@pytest.mark.slow
def test_a_million_character_article_stays_under_1_5_gb():
    done = subprocess.run([sys.executable, "-c", _PEAK, "1000000", PARAGRAPH], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["chars"] == 1_000_000 and result["events"] > 1000 and result["ok"]
    assert result["kib"] <= 1.5 * 1024 * 1024, f"peak RSS {result['kib'] / 1024:.0f} MiB"
