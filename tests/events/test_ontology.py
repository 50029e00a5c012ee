"""The CAMEO ontology table is complete and consistent with the reference files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.events.build_ontology import build, quad_class
from newsevents.events.ontology import load_ontology, lookup

REF = Path(__file__).resolve().parents[3] / "shared" / "reference" / "cameo"


def test_roots_and_quad_classes() -> None:
    table = load_ontology()
    roots = {c.root for c in table.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for entry in table.values():
        assert entry.code.startswith(entry.root)
        assert entry.quad_class == quad_class(entry.root)
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.name
        if entry.root not in ("01", "02"):
            assert entry.plover, entry.code


def test_known_entries() -> None:
    assert lookup("041").name == "Discuss by telephone"
    assert lookup("041").plover == "CONSULT" and lookup("041").quad_class == 1
    assert lookup("112").plover == "ACCUSE" and lookup("112").quad_class == 3
    assert lookup("195").quad_class == 4 and lookup("195").goldstein == -10.0
    assert lookup("087").plover == "RETREAT"
    with pytest.raises(KeyError, match="999"):
        lookup("999")


def test_loaded_once() -> None:
    assert load_ontology() is load_ontology()


@pytest.mark.skipif(not REF.exists(), reason="reference files not beside the checkout")
def test_every_codefile_code_present_and_table_up_to_date() -> None:
    text = (REF / "CAMEO_codefile.txt").read_text(encoding="utf-8")
    codes = set(re.findall(r"^LABELi?:\s*([0-9]+)\s*=", text, flags=re.M))
    table = load_ontology()
    assert codes <= set(table), sorted(codes - set(table))
    packaged = Path(__file__).resolve().parents[2] / "src/newsevents/events/data/cameo_ontology.tsv"
    assert packaged.read_text(encoding="utf-8") == build(REF)
