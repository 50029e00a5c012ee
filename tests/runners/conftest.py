"""A small real-news corpus shared by the runner tests: 60 articles of ../shared/corpora, reports
of one event by several outlets (cross-article identity), a duplicate and a broken line."""
from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _lines(name: str, keep, n: int) -> list[dict]:
    path = SHARED / "corpora" / name
    if not path.exists():
        pytest.skip(f"{path} not found: tests expect ../shared beside the checkout")
    with path.open(encoding="utf-8") as lines:
        return list(islice((r for r in map(json.loads, lines) if keep(r)), n))


def _same_event(outlet: str, n: int) -> dict:
    text = (f"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, "
            f"officials said. Police arrested 12 protesters outside the venue on Tuesday. (Report {n} by {outlet}.)")
    return {"id": f"{outlet}-{n}", "text": text, "published": "2024-05-08", "source": outlet}


@pytest.fixture(scope="session")
def news_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL file: 30 Guardian and 26 BBC politics articles, the same event from 4 outlets,
    one article twice (the second copy is skipped), and one broken line (a failure)."""
    guardian = _lines("guardian_sdf.jsonl", lambda r: len(r["text"]) < 6000, 30)
    bbc = _lines("bbc.jsonl", lambda r: r["id"].startswith("bbc/politics/"), 26)
    for record in bbc:
        record["published"] = record.get("published") or "2005-02-01"
    reports = [_same_event(outlet, n) for n, outlet in enumerate(("reuters", "afp", "ap", "reuters"))]
    records = [*guardian[:15], *reports[:2], *bbc, *guardian[15:], *reports[2:], {**guardian[0], "id": "copy"}]
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, record in enumerate(records):
            out.write(json.dumps(record) + "\n")
            if n == 20:
                out.write('{"id": "broken", "text": \n')
    return path
