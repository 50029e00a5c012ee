"""Per-article output records (the interchange format of docs/design.md) out of a store, and back into one.

Export rebuilds each article's record from its stored rows. With ``text=True`` (the default)
each record also carries the article's ``text``, ``title``, ``url`` and ``source`` so it can
be imported into another store; with ``text=False`` it has exactly the interchange format's keys.

Import writes each record with its article through :class:`~newsevents.store.writer.StoreWriter`:
the article is keyed by the content hash of its (normalised) text, so importing the same file
twice adds nothing. A record without ``text`` is not stored: its offsets point into a text we
do not have and its identity (the content hash) cannot be computed. It is recorded in the
store's ``errors`` table (stage ``import``) and the import goes on.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from newsevents.errors import InputError
from newsevents.ingest.normalise import content_hash, normalise_text
from newsevents.ingest.readers import iso_date
from newsevents.model import Article, InputFailure, Processed
from newsevents.store.queries import EventFilter, event_where
from newsevents.store.writer import StoreWriter

#: keys of an event in the output record, in the interchange format's order (+ what else the store keeps of it)
EVENT_KEYS = ("source", "source_text", "target", "target_text", "cameo", "root", "plover", "quad_class", "goldstein",
              "date", "place", "modality", "sentence", "start", "end", "trigger", "confidence", "rule", "name",
              "date_source", "place_source")
#: keys of a place named in the article
PLACE_KEYS = ("text", "start", "end", "name", "country", "adm1", "lat", "lon", "feature")
#: the lists of an output record
RECORD_LISTS = ("events", "quotes", "timexes", "actors", "places")
_PLACE = (("place_name", "name"), ("place_country", "country"), ("place_adm1", "adm1"), ("place_lat", "lat"),
          ("place_lon", "lon"), ("place_feature", "feature"))


def _place(row: sqlite3.Row) -> dict[str, Any] | str | None:
    if all(row[column] is None for column, _ in _PLACE[1:]):
        return row["place_name"] or row["place"]
    place = {key: row[column] for column, key in _PLACE}
    if place["feature"] is None:  # stored before v6, or a record that gave none
        del place["feature"]
    return place


def _event(row: sqlite3.Row) -> dict[str, Any]:
    return {key: (_place(row) if key == "place" else row[key]) for key in EVENT_KEYS}


def quote_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A quote of the output format from a stored row (the store's table or the dataset's)."""
    speaker = None
    if row["speaker_text"] is not None or row["speaker_code"] is not None:
        speaker = {"start": row["speaker_start"], "end": row["speaker_end"], "text": row["speaker_text"],
                   "code": row["speaker_code"]}
    quote = {"start": row["start"], "end": row["end"], "text": row["text"], "kind": row["kind"], "speaker": speaker,
             "cue": row["cue"]}
    if row["parts"]:
        quote["parts"] = json.loads(row["parts"])
    return quote


def article_record(conn: sqlite3.Connection, article: sqlite3.Row, text: bool = True) -> dict[str, Any]:
    """The output record of one stored article (``article`` is its ``articles`` row)."""
    key = article["hash"]

    def rows(sql: str) -> list[sqlite3.Row]:
        cursor = conn.execute(sql, (key,))
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    record: dict[str, Any] = {
        "id": article["id"],
        "published": article["published"],
        "events": [_event(r) for r in rows("SELECT * FROM event_mentions WHERE article_hash = ? ORDER BY seq")],
        "quotes": [quote_record(r) for r in rows("SELECT * FROM quotes WHERE article_hash = ? ORDER BY seq")],
        "timexes": [{k: r[k] for k in ("start", "end", "text", "value")}
                    for r in rows("SELECT * FROM timexes WHERE article_hash = ? ORDER BY start")],
        "actors": [{k: r[k] for k in ("text", "start", "end", "code", "name", "kind")}
                   for r in rows('SELECT * FROM actor_mentions WHERE article_hash = ? ORDER BY start, "end"')],
        "places": [{k: r[k] for k in PLACE_KEYS}
                   for r in rows("SELECT * FROM places WHERE article_hash = ? ORDER BY start")],
    }
    if text:
        record.update(title=article["title"], url=article["url"], source=article["source"], text=article["text"])
    return record


def iter_records(conn: sqlite3.Connection, f: EventFilter | None = None, text: bool = True) -> Iterator[dict[str, Any]]:
    """Output records of the stored articles (in storage order); with a filter, only articles reporting a match."""
    sql = "SELECT * FROM articles a"
    params: list[Any] = []
    if f is not None:
        where, params = event_where(f)
        sql += (" WHERE a.hash IN (SELECT m.article_hash FROM event_mentions m WHERE m.event_id IN"
                f" (SELECT e.id FROM events e{where}))")
    cursor = conn.execute(sql + " ORDER BY a.rowid", params)
    cursor.row_factory = sqlite3.Row
    for article in cursor:
        yield article_record(conn, article, text=text)


def export_records(conn: sqlite3.Connection, out: TextIO, f: EventFilter | None = None, text: bool = True) -> int:
    """Write output records as JSON lines; returns how many."""
    count = 0
    for record in iter_records(conn, f, text=text):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


@dataclass
class ImportSummary:
    """What one import did."""

    records: int = 0
    stored: int = 0
    skipped: int = 0
    failures: list[InputFailure] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.records} records ({self.stored} new, {self.skipped} already stored), "
                f"{len(self.failures)} errors")

    def count(self, outcomes: Sequence[Processed | InputFailure], stored: Iterable[bool]) -> None:
        """Count a written group: failures kept, articles new or already stored."""
        for outcome, new in zip(outcomes, stored):
            if isinstance(outcome, InputFailure):
                self.failures.append(outcome)
            elif new:
                self.stored += 1
            else:
                self.skipped += 1


def _processed(record: dict[str, Any], origin: str) -> Processed:
    """The record as a pipeline outcome; InputError when it cannot be stored."""
    if not isinstance(record, dict) or not record.get("id"):
        raise InputError("not an output record (an object with an \"id\")")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError("record has no \"text\": export with the article text to import it")
    text = normalise_text(record["text"])
    article = Article(id=str(record["id"]), text=text, title=record.get("title"),
                      published=iso_date(record.get("published")), url=record.get("url"),
                      source=record.get("source"), origin=origin)
    body = {key: record.get(key) or [] for key in RECORD_LISTS}
    return Processed(article, content_hash(text), {"id": article.id, "published": article.published, **body})


def _read(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


#: records written per transaction by :func:`import_records` (a fraction of a second of work)
IMPORT_GROUP = 200


def import_records(conn: sqlite3.Connection, path: str | Path) -> ImportSummary:
    """Store the output records (with their article text) of a JSONL file; idempotent by content hash.

    Records are written in groups of :data:`IMPORT_GROUP`, each group in one short transaction.
    """
    path = Path(path)
    summary = ImportSummary()
    writer = StoreWriter(conn)
    group: list[Processed | InputFailure] = []

    def write_group() -> None:
        summary.count(group, writer.write_many(group))
        group.clear()

    for number, line in _read(path):
        summary.records += 1
        origin = f"{path}:{number}"
        record: Any = None
        try:
            record = json.loads(line)
            group.append(_processed(record, origin))
        except (json.JSONDecodeError, InputError) as exc:
            record_id = record.get("id") if isinstance(record, dict) else None
            group.append(InputFailure(str(record_id or f"line {number}"), origin, "import", str(exc)))
        if len(group) >= IMPORT_GROUP:
            write_group()
    write_group()
    return summary
