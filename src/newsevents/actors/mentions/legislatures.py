"""Legislatures named without a country: "Congress", "the Senate", "the House", "parliament",
"lawmakers", "MPs".

They take a country from the context, in this order: a legislature (``XXXLEG``) named in
the same or the two previous sentences, when all such name one country; else the one
country every national mention of that window names; else the article's country (the
country of a strict majority of its national mentions, at least three). "Congress" with
no such country is the U.S. Congress (as in wire style), except in an article about India,
where "Congress" is a party. "The parliament of Kenya" takes the country after "of". Names
of other legislatures ("Knesset", "Duma", "Bundestag",
"House of Commons") are metonyms in metonyms.tsv.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from newsevents.actors.mentions.record import Mention, role_of, state_country
from newsevents.model import NATIONAL_KINDS

#: lower-case word -> whether it must be capitalised to name a legislature
LEGISLATURE_WORDS: Mapping[str, bool] = MappingProxyType({
    "congress": True, "senate": True, "house": True, "parliament": False, "legislature": False,
    "lawmakers": False, "legislators": False, "mps": False, "senators": False,
    "congressmen": False, "parliamentarians": False,
})
#: words that need "the" before them ("the House", "the parliament"; not "a parliament")
NEED_THE = frozenset({"house", "legislature"})
#: words after the noun that make it part of another name or a modifier
NOT_AFTER = frozenset({"'s", "’s", "party", "building", "buildings", "member", "members",
                       "seat", "seats", "election", "elections", "speaker", "floor"})
#: countries whose legislature (or one chamber) is called so in English news
CHAMBER_COUNTRIES: Mapping[str, frozenset[str]] = MappingProxyType({
    "congress": frozenset({"USA", "BRA", "MEX", "ARG", "CHL", "COL", "PER", "PHL", "GTM",
                           "HND", "PRY", "BOL", "DOM"}),
    "senate": frozenset({"USA", "AUS", "ITA", "FRA", "CAN", "BRA", "MEX", "ARG", "CHL", "COL",
                         "PHL", "POL", "CZE", "ROU", "NGA", "KEN", "PAK", "ESP", "BEL", "NLD"}),
    "house": frozenset({"USA", "GBR", "CAN", "AUS", "NZL"}),
})
LOOKBACK = 2


def find_legislatures(doc: Doc, words: Sequence[int], used: bytearray) -> list[Mention]:
    """Uncoded ``LEG`` mentions at the candidate token indices ``words`` (see module doc)."""
    out = []
    n = len(doc)
    for i in words:
        tok = doc[i]
        lower = tok.lower_
        if used[i] or (LEGISLATURE_WORDS[lower] and not tok.text[:1].isupper()):
            continue
        if tok.ent_iob_ == "I" or (i + 1 < n and doc[i + 1].ent_iob_ == "I"):
            continue  # inside a longer name: "African National Congress", "Opera House"
        if i + 1 < n and (doc[i + 1].lower_ in NOT_AFTER or (
                doc[i + 1].pos_ in ("NOUN", "PROPN") and lower not in ("mps", "lawmakers"))):
            continue  # "Senate Democrats", "parliament building"
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" and not used[i - 1] else i
        if lower in NEED_THE and start == i:
            continue
        if start == i and i > 0 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].ent_type_ in ("NORP", "GPE"):
            continue  # "Iraqi lawmakers" is the title step's
        used[start : i + 1] = b"\x01" * (i + 1 - start)
        out.append(Mention(start, i + 1, None, None, "group", definite=True, role="LEG",
                           legislature=lower))
    return out


def _country(m: Mention) -> str | None:
    """The country a national mention speaks for (rebels excluded: where they fight)."""
    if m.kind not in NATIONAL_KINDS or (m.code or "")[3:6] == "REB":
        return None
    return state_country(m.code)


def article_country(mentions: Sequence[Mention]) -> str | None:
    """The country of a strict majority of the article's national mentions (at least three)."""
    counts = Counter(c for c in map(_country, mentions) if c)
    if not counts:
        return None
    top, k = counts.most_common(1)[0]
    return top if k >= 3 and 2 * k > sum(counts.values()) else None


def _of_country(doc: Doc, mentions: Sequence[Mention], i: int) -> str | None:
    """The country named right after "<legislature> of (the)" ("the parliament of Kenya")."""
    m = mentions[i]
    if m.end >= len(doc) or doc[m.end].lower_ != "of":
        return None
    for c in mentions[i + 1 : i + 3]:
        if c.kind == "country" and c.start in (m.end + 1, m.end + 2):
            return _country(c)
    return None


def resolve_legislatures(doc: Doc, mentions: Sequence[Mention], sent_of: Callable[[int], int],
                         countries: Mapping[str, str]) -> None:
    """Code each uncoded legislature mention with its country + ``LEG``."""
    todo = [i for i, m in enumerate(mentions) if m.legislature and m.code is None]
    if not todo:
        return
    home = article_country(mentions)
    for i in todo:
        m = mentions[i]
        named = _of_country(doc, mentions, i)
        if named is not None:
            m.code, m.name = named + "LEG", f"{countries.get(named, named)} legislature"
            continue
        if m.end < len(doc) and doc[m.end].lower_ == "of":
            continue  # "the Senate of <somewhere we do not know>"
        first = sent_of(m.start) - LOOKBACK
        legs: set[str] = set()
        near: set[str] = set()
        for j in range(i - 1, -1, -1):
            c = mentions[j]
            if sent_of(c.start) < first:
                break
            country = _country(c)
            if country is None:
                continue
            near.add(country)
            if role_of(c.code) == "LEG":
                legs.add(country)
        if len(legs) == 1:
            country = next(iter(legs))
        elif len(near) == 1:
            country = next(iter(near))
        elif home and (not near or home in near):
            country = home
        else:
            country = None
        if m.legislature == "congress":
            if country == "IND" or home == "IND":
                continue  # the Congress party
            if country not in CHAMBER_COUNTRIES["congress"]:
                country = "USA"
        elif country not in CHAMBER_COUNTRIES.get(m.legislature, (country,)):
            continue
        if country is not None and country in countries:
            m.code, m.name = country + "LEG", f"{countries[country]} legislature"
