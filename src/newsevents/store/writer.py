"""Write processed articles and failures into the store: batched, idempotent."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from types import TracebackType
from typing import Any

from newsevents.model import InputFailure, Processed
from newsevents.store.identity import assign_event_ids

_MENTION_COLUMNS = (
    "source", "source_text", "target", "target_text", "cameo", "root", "name", "plover",
    "quad_class", "goldstein", "date", "date_source", "modality", "sentence",
    "start", "end", "trigger", "confidence", "rule", "place_source",
)
_PLACE_KEYS = (("place_name", "name"), ("place_country", "country"), ("place_adm1", "adm1"),
               ("place_lat", "lat"), ("place_lon", "lon"))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


class StoreWriter:
    """Adds articles to a store; an article already there (same content hash) is left as it is.

    Writes are grouped into transactions of ``batch_size`` articles; use it as a context
    manager (or call :meth:`flush`) so the last batch is committed.
    """

    def __init__(self, conn: sqlite3.Connection, batch_size: int = 200) -> None:
        self.conn = conn
        self.conn.isolation_level = None  # transactions are opened and committed here
        self.batch_size = batch_size
        self._pending = 0

    def known_hashes(self) -> set[str]:
        """Content hashes of every article already stored."""
        return {row[0] for row in self.conn.execute("SELECT hash FROM articles")}

    def has(self, article_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE hash = ?", (article_hash,)).fetchone() is not None

    def write(self, processed: Processed) -> bool:
        """Store one article with its records; False if it was already there."""
        self._begin()
        if self.has(processed.hash):
            self._clear_error(processed)
            return False
        article, record, key = processed.article, processed.record, processed.hash
        self.conn.execute("SAVEPOINT article")
        try:
            self.conn.execute(
                "INSERT INTO articles (hash, id, title, published, url, source, origin, text, processed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, article.id, article.title, article.published, article.url, article.source,
                 article.origin, article.text, _now()),
            )
            self._write_children(key, record)
            assign_event_ids(self.conn, [key])
            self._clear_error(processed)
        except sqlite3.Error:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")
        self._count()
        return True

    def write_failure(self, failure: InputFailure) -> None:
        """Record (or refresh) the error of an input that could not be processed."""
        self._begin()
        self.conn.execute(
            "INSERT OR REPLACE INTO errors (origin, article_id, stage, message, created_at) VALUES (?, ?, ?, ?, ?)",
            (failure.origin, failure.id, failure.stage, failure.message, _now()),
        )
        self._count()

    def flush(self) -> None:
        """Commit what is pending."""
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._pending = 0

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.flush()

    def _count(self) -> None:
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()

    def _clear_error(self, processed: Processed) -> None:
        origin = processed.article.origin or processed.article.id
        self.conn.execute("DELETE FROM errors WHERE origin = ? AND article_id = ?", (origin, processed.article.id))

    def _write_children(self, key: str, record: dict[str, Any]) -> None:
        conn = self.conn
        conn.executemany(
            'INSERT OR IGNORE INTO actor_mentions (article_hash, start, "end", text, code, name, kind)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(key, a["start"], a["end"], a["text"], a.get("code"), a.get("name"), a.get("kind"))
             for a in record.get("actors", [])],
        )
        columns = (*_MENTION_COLUMNS, *(column for column, _ in _PLACE_KEYS))
        conn.executemany(
            f"INSERT INTO event_mentions (article_hash, seq, {_quoted(columns)})"
            f" VALUES (?, ?, {', '.join('?' for _ in columns)})",
            [(key, seq, *(e.get(c) for c in _MENTION_COLUMNS), *_place_fields(e.get("place")))
             for seq, e in enumerate(record.get("events", []))],
        )
        conn.executemany(
            'INSERT INTO quotes (article_hash, seq, start, "end", text, kind, speaker_text, speaker_start,'
            " speaker_end, speaker_code, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, seq, q["start"], q["end"], q["text"], q.get("kind"),
              *_speaker_fields(q.get("speaker")), q.get("cue"))
             for seq, q in enumerate(record.get("quotes", []))],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO places (article_hash, start, "end", text, name, country, adm1, lat, lon, feature)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, p["start"], p["end"], p["text"], p.get("name"), p.get("country"), p.get("adm1"), p.get("lat"),
              p.get("lon"), p.get("feature")) for p in record.get("places", [])],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO timexes (article_hash, start, "end", text, value) VALUES (?, ?, ?, ?, ?)',
            [(key, t["start"], t["end"], t["text"], t.get("value")) for t in record.get("timexes", [])],
        )


def _place_fields(place: dict[str, Any] | str | None) -> tuple[Any, ...]:
    if isinstance(place, str):
        return (place, None, None, None, None)
    if not place:
        return (None,) * len(_PLACE_KEYS)
    return tuple(place.get(k) for _, k in _PLACE_KEYS)


def _speaker_fields(speaker: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
    if not speaker:
        return (None, None, None, None)
    return (speaker.get("text"), speaker.get("start"), speaker.get("end"), speaker.get("code"))
