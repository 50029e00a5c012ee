"""Write processed articles and failures into the store: one short transaction each, idempotent."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from types import TracebackType
from typing import Any

from newsevents.model import InputFailure, Processed
from newsevents.store.copies import link_copy
from newsevents.store.identity import assign_event_ids, refresh_counts

_MENTION_COLUMNS = (
    "source", "source_text", "target", "target_text", "cameo", "root", "name", "plover",
    "quad_class", "goldstein", "date", "date_source", "modality", "sentence",
    "start", "end", "trigger", "confidence", "rule", "place_source",
)
_PLACE_KEYS = (("place_name", "name"), ("place_country", "country"), ("place_adm1", "adm1"),
               ("place_lat", "lat"), ("place_lon", "lon"), ("place_feature", "feature"))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


#: the steps of one article's write, in order; the article row (its hash, which tells a
#: re-run the article is done) comes after every record of it, in the same transaction
WRITE_STEPS = ("actors", "events", "quotes", "places", "timexes", "link", "article", "copies", "counts", "errors")


class StoreWriter:
    """Adds articles to a store; an article already there (same content hash) is left as it is.

    Each call writes in one short transaction of its own (``BEGIN IMMEDIATE`` ... ``COMMIT``):
    an article is stored whole or not at all, a kill loses nothing already written, and no
    transaction stays open while articles are being processed, so other processes may write
    to the same store between two calls. :meth:`write_many` puts a group of finished
    articles in one transaction (for bulk imports).

    ``on_step`` (optional) is called with each step name of :data:`WRITE_STEPS` before the
    step runs; the reliability tests use it to inject failures.
    """

    def __init__(self, conn: sqlite3.Connection, on_step: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self.conn.isolation_level = None  # transactions are opened and committed here
        self.on_step = on_step

    def known_hashes(self) -> set[str]:
        """Content hashes of every article already stored."""
        return {row[0] for row in self.conn.execute("SELECT hash FROM articles")}

    def has(self, article_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE hash = ?", (article_hash,)).fetchone() is not None

    def write(self, processed: Processed) -> bool:
        """Store one article with its records; False if it was already there."""
        return self.write_many([processed])[0]

    def write_failure(self, failure: InputFailure) -> None:
        """Record (or refresh) the error of an input that could not be processed."""
        self.write_many([failure])

    def write_many(self, outcomes: Sequence[Processed | InputFailure]) -> list[bool]:
        """Store articles and failures in one transaction; for each, whether it added an article."""
        with self._transaction():
            return [self._write_failure(o) if isinstance(o, InputFailure) else self._write_article(o)
                    for o in outcomes]

    def flush(self) -> None:
        """Nothing is ever pending (each write commits); kept for callers of earlier versions."""

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.flush()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` (the write lock first, so a stale read never fails a write) ... ``COMMIT``;
        any exception, KeyboardInterrupt included, rolls the whole transaction back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("PRAGMA defer_foreign_keys = ON")  # children are written before their article
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _step(self, name: str) -> None:
        if self.on_step is not None:
            self.on_step(name)

    def _write_article(self, processed: Processed) -> bool:
        if self.has(processed.hash):
            self._clear_error(processed)
            return False
        article, record, key = processed.article, processed.record, processed.hash
        self._write_children(key, record)
        self._step("link")
        touched = assign_event_ids(self.conn, [key], refresh=False)
        self._step("article")
        self.conn.execute(
            "INSERT INTO articles (hash, id, title, published, url, source, origin, text, processed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, article.id, article.title, article.published, article.url, article.source,
             article.origin, article.text, _now()),
        )
        self._step("copies")
        link_copy(self.conn, key, article.text)
        self._step("counts")
        refresh_counts(self.conn, touched)
        self._step("errors")
        self._clear_error(processed)
        return True

    def _write_failure(self, failure: InputFailure) -> bool:
        self.conn.execute(
            "INSERT OR REPLACE INTO errors (origin, article_id, stage, message, created_at) VALUES (?, ?, ?, ?, ?)",
            (failure.origin, failure.id, failure.stage, failure.message, _now()),
        )
        return False

    def _clear_error(self, processed: Processed) -> None:
        origin = processed.article.origin or processed.article.id
        self.conn.execute("DELETE FROM errors WHERE origin = ? AND article_id = ?", (origin, processed.article.id))

    def _write_children(self, key: str, record: dict[str, Any]) -> None:
        conn = self.conn
        self._step("actors")
        conn.executemany(
            'INSERT OR IGNORE INTO actor_mentions (article_hash, start, "end", text, code, name, kind)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(key, a["start"], a["end"], a["text"], a.get("code"), a.get("name"), a.get("kind"))
             for a in record.get("actors", [])],
        )
        columns = (*_MENTION_COLUMNS, *(column for column, _ in _PLACE_KEYS))
        self._step("events")
        conn.executemany(
            f"INSERT INTO event_mentions (article_hash, seq, {_quoted(columns)})"
            f" VALUES (?, ?, {', '.join('?' for _ in columns)})",
            [(key, seq, *(e.get(c) for c in _MENTION_COLUMNS), *_place_fields(e.get("place")))
             for seq, e in enumerate(record.get("events", []))],
        )
        self._step("quotes")
        conn.executemany(
            'INSERT INTO quotes (article_hash, seq, start, "end", text, kind, speaker_text, speaker_start,'
            " speaker_end, speaker_code, cue, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, seq, q["start"], q["end"], q["text"], q.get("kind"),
              *_speaker_fields(q.get("speaker")), q.get("cue"), json.dumps(q["parts"]) if q.get("parts") else None)
             for seq, q in enumerate(record.get("quotes", []))],
        )
        self._step("places")
        conn.executemany(
            'INSERT OR IGNORE INTO places (article_hash, start, "end", text, name, country, adm1, lat, lon, feature)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, p["start"], p["end"], p["text"], p.get("name"), p.get("country"), p.get("adm1"), p.get("lat"),
              p.get("lon"), p.get("feature")) for p in record.get("places", [])],
        )
        self._step("timexes")
        conn.executemany(
            'INSERT OR IGNORE INTO timexes (article_hash, start, "end", text, value) VALUES (?, ?, ?, ?, ?)',
            [(key, t["start"], t["end"], t["text"], t.get("value")) for t in record.get("timexes", [])],
        )


def _place_fields(place: dict[str, Any] | str | None) -> tuple[Any, ...]:
    if isinstance(place, str):
        return (place, *(None,) * (len(_PLACE_KEYS) - 1))
    if not place:
        return (None,) * len(_PLACE_KEYS)
    return tuple(place.get(k) for _, k in _PLACE_KEYS)


def _speaker_fields(speaker: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
    if not speaker:
        return (None, None, None, None)
    return (speaker.get("text"), speaker.get("start"), speaker.get("end"), speaker.get("code"))
