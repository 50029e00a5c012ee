"""Choose one place for each mention, using what the rest of the article says.

Each candidate gets a score: a prior (size on a log scale, the kind of place, national
capitals, whether the name is its main one) plus evidence from the article: a qualifier
right after the name ("Paris, Texas"), the countries and first-level divisions the article's
other places lie in, nearness to its other towns, a division word ("Kasai province"). Picks
are made twice: first on priors, then with the context of the first picks (a mention never
counts as its own context). The reasons that decided are kept as ``why``.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from newsevents.geo.build import normalise
from newsevents.geo.gazetteer import ALT, Gazetteer, Place
from newsevents.geo.mention import CONTAINER_FEATURES, Mention, coarser

#: score added for the kind of place (a country or state is named more often than a town)
FEATURE_PRIOR: Mapping[str, float] = MappingProxyType({
    "country": 3.0, "continent": 3.0, "region": 1.5, "adm1": 1.5, "sea": 1.0, "lake": 0.5,
    "city": 0.0, "adm2": -1.0})
CAPITAL_PRIOR = 2.5
ALT_NAME_PRIOR = -1.5
QUALIFIER_BONUS = 6.0
CONTAINER_BONUS = 2.0
DIVISION_MISMATCH = -6.0
LOCAL_MISMATCH = -2.0
COUNTRY_BONUS = 2.0
TOP_COUNTRY_BONUS = 1.0
NEIGHBOUR_BONUS = 1.0
ADM1_BONUS = 2.5
NEAR_BONUS = 1.5
NEAR_KM = 150.0
NAMESAKE_PENALTY = -3.0
#: a town holding this share of its namesake division's people is what the bare name means ("Kano")
NAMESAKE_SHARE = 0.25
TOWN_MISMATCH = -3.0
QUALIFIER_KM = 100.0
#: towns smaller than this, abroad and unsupported by the article, are not where its events are
STRAY_POPULATION = 50_000
#: features that are points on a map (used for nearness)
POINT_FEATURES = frozenset({"city", "adm2"})


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _within(p: Place, q: Place) -> bool:
    """``p`` lies in (or next to) the place ``q`` that qualifies its name."""
    if p.country != q.country or p.id == q.id:
        return False
    if q.feature == "country":
        return True
    if q.feature == "adm1":
        return p.adm1 == q.adm1
    return p.adm1 == q.adm1 or (p.lat is not None and q.lat is not None and km(p, q) < QUALIFIER_KM)


@dataclass(frozen=True)
class Context:
    """What the article's other places say: countries, divisions, towns."""

    countries: Counter
    adm1s: Counter
    points: tuple[tuple[str, Place], ...]  # (mention key, place)
    named: Counter  # countries of names, not of nationality words

    @classmethod
    def of(cls, mentions: Sequence[Mention], picks: Sequence[Place]) -> "Context":
        countries: Counter = Counter()
        adm1s: Counter = Counter()
        named: Counter = Counter()
        points = []
        for m, p in zip(mentions, picks):
            key = normalise(m.text)
            if p.country:
                countries[(key, p.country)] += 1
                named[p.country] += m.source != "demonym"
            if p.adm1 and p.feature in ("adm1", "adm2", "city"):
                adm1s[(key, p.adm1)] += 1
            if p.feature in POINT_FEATURES and p.lat is not None:
                points.append((key, p))
        return cls(countries, adm1s, tuple(points), named)

    def count(self, counter: Counter, value: str, key: str) -> int:
        """Mentions other than ``key`` that support ``value``."""
        return sum(n for (k, v), n in counter.items() if v == value and k != key)

    def top_country(self, key: str) -> str | None:
        totals: Counter = Counter()
        for (k, v), n in self.countries.items():
            if k != key:
                totals[v] += n
        return totals.most_common(1)[0][0] if totals else None


def _prior(p: Place) -> tuple[float, list[str]]:
    score = math.log10(p.population + 100) + FEATURE_PRIOR.get(p.feature, 0.0)
    why = []
    if p.capital:
        score += CAPITAL_PRIOR
        why.append("capital")
    if p.how == ALT:
        score += ALT_NAME_PRIOR
    return score, why


class Disambiguator:
    """Scores candidates in the light of the article."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def score(self, m: Mention, p: Place, ctx: Context | None) -> tuple[float, list[str]]:
        score, why = _prior(p)
        if m.qualifier and any(_within(p, q) for q in m.qualifier):
            score += QUALIFIER_BONUS
            why.append("qualifier")
        if m.qualifies and p.feature in CONTAINER_FEATURES:
            score += CONTAINER_BONUS
            why.append("container")
        if m.division and m.local and p.feature == "adm1":
            score += LOCAL_MISMATCH  # "Hit district" is the district of the town Hit, not a province
        elif m.division and not m.local and p.feature not in ("adm1", "adm2", "region"):
            score += DIVISION_MISMATCH
        elif m.town and not m.division and p.feature != "city":
            score += TOWN_MISMATCH
        if p.feature == "adm1" and any(c.feature == "city" and c.adm1 == p.adm1 and c.population >= p.population * NAMESAKE_SHARE
                                       for c in m.candidates):
            score += NAMESAKE_PENALTY  # "Kiev", "Lagos": the city, unless "region" follows
        if ctx is None:
            return score, why
        key = normalise(m.text)
        if p.country and ctx.count(ctx.countries, p.country, key):
            score += COUNTRY_BONUS
            why.append(f"country {p.country} in article")
            if ctx.top_country(key) == p.country:
                score += TOP_COUNTRY_BONUS
        elif p.feature == "country" and p.country:
            near = self.gaz.neighbours(p.country)
            if any(ctx.count(ctx.countries, n, key) for n in near):
                score += NEIGHBOUR_BONUS
                why.append("neighbour in article")
        if p.adm1 and p.feature in ("city", "adm2", "adm1") and ctx.count(ctx.adm1s, p.adm1, key):
            score += ADM1_BONUS
            why.append(f"division {p.adm1} in article")
        if p.feature in POINT_FEATURES and p.lat is not None:
            near = next((q.name for k, q in ctx.points if k != key and q.id != p.id and km(p, q) < NEAR_KM), None)
            if near:
                score += NEAR_BONUS
                why.append(f"near {near}")
        return score, why

    def best(self, m: Mention, ctx: Context | None) -> tuple[Place, list[str]]:
        if not m.candidates:  # a place the gazetteer lacks: where its qualifier says it is
            return m.qualifier[0], ["unknown place"]
        scored = [(self.score(m, p, ctx), i, p) for i, p in enumerate(m.candidates)]
        (s, why), _, p = max(scored, key=lambda t: (t[0][0], -t[1]))
        if len(m.candidates) == 1:
            why = ["only candidate", *why]
        elif not why:
            why = ["largest"]
        return p, why

    def resolve(self, mentions: Sequence[Mention]) -> list[Choice]:
        """The chosen place, its ``why`` and whether it is stray, for each mention."""
        if not mentions:
            return []
        picks = [self.best(m, None)[0] for m in mentions]
        for _ in range(2):
            ctx = Context.of(mentions, picks)
            chosen = [self.best(m, ctx) for m in mentions]
            picks = [p for p, _ in chosen]
        picked = {p.id for m, p in zip(mentions, picks) if m.candidates}
        out = []
        for m, (p, why) in zip(mentions, chosen):
            if not m.candidates or m.qualifier and not any(_within(p, q) for q in m.qualifier) \
                    and (m.bracketed or all(coarser(m.qualifier, (c,)) for c in m.candidates)):
                # no place of that name lies in the place the text puts it in ("Mandoli (Bandiagara,
                # Mopti)"): the name is a place the gazetteer lacks; use the nearest qualifier
                q = next((c for c in m.qualifier if c.id in picked), m.qualifier[0])
                out.append(Choice(q, f"unknown place in {q.name}"))
            else:
                out.append(Choice(p, "; ".join(why), _stray(m, p, ctx)))
        return out


@dataclass(frozen=True)
class Choice:
    """The place chosen for a mention, why, and whether it is stray: a small town abroad that
    nothing else in the article supports ("Goyali" in India, in a report from Azerbaijan)."""

    place: Place
    why: str
    stray: bool = False


def _stray(m: Mention, p: Place, ctx: Context) -> bool:
    """A small town in a country no other place is in, while two or more names place the
    article in one other country."""
    others = ctx.named - Counter({p.country: ctx.named[p.country]}) if p.country else ctx.named
    top = others.most_common(1)
    return p.feature == "city" and p.population < STRAY_POPULATION and bool(top) and top[0][1] >= 2 \
        and not ctx.count(ctx.countries, p.country or "", normalise(m.text)) and not m.qualifier
