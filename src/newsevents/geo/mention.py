"""A place mention before its place is chosen, and how fine a place is."""
from __future__ import annotations

from dataclasses import dataclass

from newsevents.geo.gazetteer import Place

#: features that may hold other places ("Paris, Texas"; "Bamba (Koro, Mopti)")
CONTAINER_FEATURES = frozenset({"adm1", "adm2", "country", "region"})
#: nouns of a settlement next to its name ("Chakama town", "the village of Bamba")
TOWN_NOUNS = frozenset({"town", "city", "village", "villages", "township", "municipality", "commune", "camp",
                        "settlement", "locality", "suburb", "neighbourhood", "neighborhood", "area", "market",
                        "capital", "port", "sector", "outskirts", "hamlet", "border"})


@dataclass
class Mention:
    """A span that names a place, with its gazetteer candidates."""

    start: int  # token index
    end: int
    text: str
    start_char: int
    end_char: int
    source: str  # ner | broad | locative | noun | qualified | qualifier | located | inner | demonym
    candidates: tuple[Place, ...]  # none for a place the gazetteer lacks ("Ruramba (Kayokwe, Mwaro)")
    division: bool = False  # a division word goes with it ("Kharkiv region", "Laurel County")
    town: bool = False  # a settlement noun goes with it ("Herat city", "the town of Bamba")
    qualifier: tuple[Place, ...] = ()  # the places named right after ("Paris, Texas"; "Bamba (Koro, Mopti)")
    qualifies: bool = False  # it is itself the qualifier of the mention before it
    bracketed: bool = False  # its qualifiers are in parentheses after it ("Bamba (Koro, Mopti)")
    local: bool = False  # the division word is of a second-level division ("Qaysar district", "Biu LGA")


#: features from finest to coarsest
FINENESS = {"city": 0, "adm2": 1, "adm1": 2, "region": 3, "lake": 3, "sea": 4, "country": 5, "continent": 6}


def coarser(outer: tuple[Place, ...], inner: tuple[Place, ...]) -> bool:
    """Whether the coarsest of ``outer`` is coarser than the finest of ``inner`` ("Paris, Texas");
    anything is coarser than an unknown place."""
    if not inner:
        return True
    return max(FINENESS.get(p.feature, 0) for p in outer) > min(FINENESS.get(p.feature, 9) for p in inner)
