"""Actors the dictionaries do not know: uncoded people and organisations in a store.

:func:`unknown_actors` reads a newsevents SQLite store and lists the names that came out
without a code, most frequent first, so a user can add them with ``--actors FILE``:

- event sides with a text but no code (``source_text`` / ``target_text`` of the per-article
  event rows: ``event_mentions`` in store schema v2, ``events`` in v1);
- uncoded person and organisation mentions (``actor_mentions`` with ``code IS NULL`` and
  kind ``person`` or ``unknown``), with how many uncoded-side events their sentence holds.

Names that are places (in the store's ``places``), news organisations (an article's
``source``, or a name like "Reuters" or "The Daily Telegraph"), and names in no event are
left out: the list is of who acted and could be coded.
"""
from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsevents.nlp.lexicon import BARE_PRONOUNS

#: news organisations that name themselves in articles (agencies, broadcasters)
NEWS_ORGANISATIONS = frozenset({
    "reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse", "bbc", "cnn",
    "al jazeera", "xinhua", "tass", "ria novosti", "interfax", "bloomberg", "upi", "dpa", "efe", "ansa", "kyodo",
    "yonhap", "anadolu", "irna", "fars", "sky news", "fox news", "nbc", "cbs", "abc", "npr", "pbs", "euronews",
})
#: last words of a newspaper's or broadcaster's name ("The Daily Telegraph", "Kyiv Post")
_MEDIA_WORDS = re.compile(r"\b(?:times|post|journal|herald|gazette|tribune|telegraph|guardian|observer|"
                          r"independent|chronicle|news|newspaper|magazine|press|radio|television|tv|"
                          r"news agency|wire|daily|express|mail|mirror|monitor|standard)$", re.I)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SENT_END = re.compile(r"[.!?]['\"”’)]?\s|\n")
#: longest example sentence returned (characters)
MAX_EXAMPLE = 300


@dataclass
class _Tally:
    surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    count: int = 0
    events: int = 0
    articles: set = field(default_factory=set)
    spots: list = field(default_factory=list)  # (article_hash, start, end)


def normalise(text: str) -> str:
    """Grouping key of a name: no leading article or trailing possessive, case-folded."""
    text = _POSSESSIVE.sub("", _LEADING.sub("", " ".join(text.split())))
    return text.casefold()


def _reportable(text: str | None) -> bool:
    return bool(text) and any(ch.isupper() for ch in text) and normalise(text) not in BARE_PRONOUNS \
        and len(normalise(text)) > 1


def is_news_organisation(text: str, sources: frozenset[str] = frozenset()) -> bool:
    """Whether a name is a newspaper, broadcaster or agency (or one of the store's article sources)."""
    key = normalise(text)
    return key in NEWS_ORGANISATIONS or key in sources or bool(_MEDIA_WORDS.search(key))


def _not_actors(conn: sqlite3.Connection) -> tuple[frozenset[str], frozenset[str]]:
    """Normalised names of the store's places, and of its articles' sources."""
    places = frozenset(normalise(row[0]) for row in conn.execute("SELECT DISTINCT text FROM places") if row[0])
    sources = frozenset(normalise(row[0]) for row in conn.execute(
        "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL") if row[0])
    return places, sources


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding [start, end) (a plain-punctuation heuristic)."""
    begin = 0
    for m in _SENT_END.finditer(text, max(0, start - MAX_EXAMPLE), start):
        begin = m.end()
    m = _SENT_END.search(text, end)
    stop = m.start() + 1 if m else len(text)
    out = " ".join(text[begin:stop].split())
    return out if len(out) <= MAX_EXAMPLE else out[: MAX_EXAMPLE - 1] + "…"


def event_table(conn: sqlite3.Connection) -> str:
    """The table of per-article event rows: ``event_mentions`` (schema v2) or ``events`` (v1)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_mentions'").fetchone()
    return "event_mentions" if row else "events"


def _uncoded_event_spans(conn: sqlite3.Connection, table: str) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    rows = conn.execute(
        f'SELECT article_hash, start, "end" FROM {table} '
        "WHERE (source IS NULL OR target IS NULL) AND start IS NOT NULL")
    for article, start, end in rows:
        spans[article].append((start, end))
    return spans


def unknown_actors(conn: sqlite3.Connection, limit: int = 50, examples: int = 3,
                   min_events: int = 1) -> list[dict[str, Any]]:
    """Uncoded people and organisations in the store at ``conn`` that took part in at least
    ``min_events`` events, most frequent first; places and news organisations left out.

    Each item: ``text`` (most common surface form), ``count`` (mentions + uncoded event
    sides), ``events`` (uncoded event sides naming it, plus events with an uncoded side whose
    span holds one of its mentions), ``articles`` (distinct articles), ``kinds`` and up to
    ``examples`` example ``sentences``.
    """
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    table = event_table(conn)
    for side in ("source", "target"):
        rows = conn.execute(
            f'SELECT article_hash, {side}_text, start, "end" FROM {table} '
            f"WHERE {side} IS NULL AND {side}_text IS NOT NULL AND {side}_text != ''")
        for article, text, start, end in rows:
            if not _reportable(text):
                continue
            t = tallies[normalise(text)]
            t.surfaces[text] += 1
            t.kinds["event " + side] += 1
            t.count += 1
            t.events += 1
            t.articles.add(article)
            if start is not None:
                t.spots.append((article, start, end))
    spans = _uncoded_event_spans(conn, table)
    rows = conn.execute(
        'SELECT article_hash, start, "end", text, kind FROM actor_mentions '
        "WHERE code IS NULL AND kind IN ('person', 'unknown')")
    for article, start, end, text, kind in rows:
        if not _reportable(text):
            continue
        t = tallies[normalise(text)]
        t.surfaces[text] += 1
        t.kinds["organisation" if kind == "unknown" else kind] += 1
        t.count += 1
        t.events += sum(1 for s, e in spans.get(article, ()) if s <= start and end <= e)
        t.articles.add(article)
        t.spots.append((article, start, end))
    places, sources = _not_actors(conn)
    kept = [t for key, t in tallies.items()
            if t.events >= min_events and key not in places
            and not is_news_organisation(t.surfaces.most_common(1)[0][0], sources)]
    ranked = sorted(kept, key=lambda t: (-t.count, -t.events, t.surfaces.most_common(1)[0][0]))
    ranked = ranked[:limit] if limit and limit > 0 else ranked
    texts: dict[str, str] = {}
    out = []
    for t in ranked:
        sentences: list[str] = []
        for article, start, end in t.spots:
            if len(sentences) >= examples:
                break
            if article not in texts:
                row = conn.execute("SELECT text FROM articles WHERE hash = ?", (article,)).fetchone()
                texts[article] = row[0] if row else ""
            sent = sentence_around(texts[article], start, end)
            if sent and sent not in sentences:
                sentences.append(sent)
        out.append({
            "text": t.surfaces.most_common(1)[0][0], "count": t.count, "events": t.events,
            "articles": len(t.articles), "kinds": dict(t.kinds), "sentences": sentences,
        })
    return out
