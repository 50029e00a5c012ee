"""Where a report says a place lies: "Ruramba (Kayokwe, Mwaro)", "Kibanda village (Idjwi,
Sud-Kivu)", "in Balcova, Izmir".

Conflict and wire reports put a village's district and province after its name, in brackets
or after a comma. The village is often too small for the gazetteer; its district or province
is not. ``located_lists`` finds these lists: the name they locate (the head) and the names in
them, each as a token range. The recogniser takes the names as qualifiers and, when the head
is no known place, keeps it as a place the gazetteer lacks, placed at its nearest qualifier.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.geo.mention import TOWN_NOUNS
from newsevents.geo.names import name_token

#: most tokens a bracketed list may hold ("(Aniocha South LGA, Delta State)")
_MAX_INSIDE = 12


@dataclass(frozen=True)
class LocatedList:
    """A name and the names that say where it lies, as token ranges."""

    head: tuple[int, int]
    items: tuple[tuple[int, int], ...]
    bracketed: bool


def _head_before(doc: Doc, k: int) -> tuple[int, int] | None:
    """The capitalised name that ends at token ``k - 1`` (a settlement noun may follow it)."""
    end = k
    if end > 0 and doc[end - 1].lower_ in TOWN_NOUNS:
        end -= 1
    start = end
    while start > 0 and (name_token(doc[start - 1]) or doc[start - 1].text == "-" and start - 1 > 0
                         and not doc[start - 2].whitespace_ and name_token(doc[start - 2])):
        start -= 1
    return (start, end) if start < end else None


def _items(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
    """Comma-separated capitalised names filling tokens ``start:end`` (None if anything else
    is there: "(coded as Tangail)", "(2 km north)")."""
    items = []
    i = start
    while i < end:
        j = i
        while j < end and doc[j].text != ",":
            tok = doc[j]
            if not (name_token(tok) or tok.text in ("-", "&") or tok.lower_ in ("de", "du", "al", "el", "la", "of")
                    or tok.text.isupper()):
                return None
            j += 1
        if j == i:
            return None
        items.append((i, j))
        i = j + 1
    return tuple(items) or None


def located_lists(doc: Doc) -> list[LocatedList]:
    """Every "Name (A, B)" and "Name, A" list of ``doc`` (``Name, A`` only as a whole phrase
    that ends there, never a list of three or more)."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i == 0:
            continue
        head = _head_before(doc, tok.i)
        close = next((t.i for t in doc[tok.i + 1:min(len(doc), tok.i + _MAX_INSIDE + 2)] if t.text == ")"), None)
        if head is None or close is None:
            continue
        items = _items(doc, tok.i + 1, close)
        if items:
            out.append(LocatedList(head, items, True))
    return out


def comma_pair(doc: Doc, k: int) -> LocatedList | None:
    """"Balcova, Izmir": the name before the comma at ``k`` and the one after it, when the phrase
    ends after the second name (not "Kenya, Uganda and Tanzania")."""
    head = _head_before(doc, k)
    j = k + 1
    while j < len(doc) and (name_token(doc[j]) or doc[j].text == "-"):
        j += 1
    if head is None or j == k + 1:
        return None
    if j < len(doc) and (doc[j].lower_ in ("and", "or") or doc[j].text == "," and j + 1 < len(doc)
                         and name_token(doc[j + 1]) and j + 2 < len(doc) and doc[j + 2].text in (",", "and")):
        return None
    return LocatedList(head, ((k + 1, j),), False)
