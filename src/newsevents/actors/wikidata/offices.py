"""The offices the Wikidata import reads (``actors/data/wikidata_offices.tsv``) and its query."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from newsevents.actors.lexicon.dictionary import DATA_DIR

OFFICES_FILE = DATA_DIR / "wikidata_offices.tsv"
QUERY_FILE = DATA_DIR / "wikidata_offices.rq"

#: office kinds the query gives for offices found through a state or a class, and the note
#: (office name) their terms carry; every one of them is a government role
KIND_NOTES: Mapping[str, str] = MappingProxyType({
    "head of state": "", "head of government": "",  # no note: fits the head titles
    "foreign minister": "foreign minister", "defence minister": "defence minister",
    "finance minister": "finance minister", "interior minister": "interior minister",
})


@dataclass(frozen=True)
class Office:
    """A Wikidata office (or class of offices) and the code its holders get."""

    qid: str
    scope: str  # "office" or "class"
    code: str  # full code for an office; "" for a class (the state's ISO3 + role)
    role: str
    note: str
    label: str


@lru_cache(maxsize=1)
def listed_offices() -> Mapping[str, Office]:
    """QID -> :class:`Office` for every row of wikidata_offices.tsv."""
    out = {}
    with OFFICES_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            qid, scope, code, role, note, label = line.rstrip("\n").split("\t")
            out[qid] = Office(qid, scope, code, role, note, label)
    return MappingProxyType(out)


def office_code(office_qid: str, kind: str, iso3: str | None) -> tuple[str, str] | None:
    """(code, note) for a holder of ``office_qid``, or None when it cannot be placed.

    A listed office gives its own code; otherwise the state's ISO3 (``iso3``) and the
    office ``kind`` (a class row of the tsv or :data:`KIND_NOTES`) give ``ISO3GOV``.
    """
    listed = listed_offices()
    office = listed.get(office_qid)
    if office and office.scope == "office":
        return office.code, office.note
    if not iso3 or len(iso3) != 3 or not iso3.isalpha():
        return None
    classes = {o.note: o for o in listed.values() if o.scope == "class"}
    if kind in classes:
        return iso3.upper() + classes[kind].role, classes[kind].note
    if kind in KIND_NOTES:
        return iso3.upper() + "GOV", KIND_NOTES[kind]
    return None


def query_text() -> str:
    """The shipped SPARQL query."""
    return QUERY_FILE.read_text(encoding="utf-8")
