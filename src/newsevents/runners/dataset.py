"""The Parquet dataset the Spark runner writes: its tables and columns, one article's rows, and reading it back.

A dataset is a folder with one sub-folder per table (``articles``, ``events``,
``event_mentions``, ``quotes``, ``timexes``, ``places``, ``actor_mentions``, ``errors``),
each a Parquet dataset partitioned by publication date (``published=YYYY-MM-DD``; events by
their first report's; errors are not partitioned). Columns are the store's, and
``events``/``event_mentions`` have the columns of ``newsevents export --format parquet``.
Articles also carry ``batch`` (which run added them) and ``ordinal`` (their place in that
run's input): the order that decides event identity, as input order does in the store.

This module needs no Spark: :func:`outcome_rows` turns one processed article into its rows
(on the Spark executors), :func:`read_dataset` yields the articles back in order (for
``newsevents import DIR``).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.export.records import quote_record
from newsevents.export.rows import EVENT_COLUMNS, MENTION_COLUMNS
from newsevents.export.tabular import _BOOL, _FLOAT, _INT
from newsevents.model import Article, InputFailure, Outcome, Processed

Columns = tuple[tuple[str, str], ...]


def _typed(names: tuple[str, ...]) -> Columns:
    return tuple((n, "long" if n in _INT else "double" if n in _FLOAT else "boolean" if n in _BOOL else "string")
                 for n in names)


#: name -> ((column, type), ...) with types "string", "long", "double", "boolean"
TABLES: dict[str, Columns] = {
    "articles": (("hash", "string"), ("id", "string"), ("title", "string"), ("published", "string"),
                 ("url", "string"), ("source", "string"), ("origin", "string"), ("text", "string"),
                 ("processed_at", "string"), ("batch", "long"), ("ordinal", "long")),
    "event_mentions": _typed((*MENTION_COLUMNS, "in_lead")),
    "events": _typed(EVENT_COLUMNS),
    "actor_mentions": (("article_hash", "string"), ("start", "long"), ("end", "long"), ("text", "string"),
                       ("code", "string"), ("name", "string"), ("kind", "string"), ("published", "string")),
    "quotes": (("article_hash", "string"), ("seq", "long"), ("start", "long"), ("end", "long"), ("text", "string"),
               ("kind", "string"), ("speaker_text", "string"), ("speaker_start", "long"), ("speaker_end", "long"),
               ("speaker_code", "string"), ("cue", "string"), ("parts", "string"), ("published", "string")),
    "timexes": (("article_hash", "string"), ("start", "long"), ("end", "long"), ("text", "string"),
                ("value", "string"), ("published", "string")),
    "places": (("article_hash", "string"), ("start", "long"), ("end", "long"), ("text", "string"),
               ("name", "string"), ("country", "string"), ("adm1", "string"), ("lat", "double"), ("lon", "double"),
               ("feature", "string"), ("published", "string")),
    "errors": (("origin", "string"), ("article_id", "string"), ("stage", "string"), ("message", "string"),
               ("created_at", "string")),
}
#: tables written per article (the rest are computed over the whole dataset)
ARTICLE_TABLES = ("articles", "event_mentions", "actor_mentions", "quotes", "timexes", "places")
#: the partition column
PARTITION = "published"
_MENTION_FIELDS = ("source", "source_text", "target", "target_text", "cameo", "root", "name", "plover", "quad_class",
                   "goldstein", "date", "date_source", "modality", "place_source", "sentence", "start", "end",
                   "trigger", "confidence", "rule")
_PLACE_FIELDS = (("place_name", "name"), ("place_country", "country"), ("place_adm1", "adm1"),
                 ("place_lat", "lat"), ("place_lon", "lon"), ("place_feature", "feature"))
_CHECKS = {"string": lambda v: isinstance(v, str), "long": lambda v: isinstance(v, int) and not isinstance(v, bool),
           "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
           "boolean": lambda v: isinstance(v, bool)}


class RefusedRecord(ValueError):
    """A record value of the wrong type for its column (the store would refuse it too)."""


def _row(table: str, values: dict[str, Any]) -> tuple[Any, ...]:
    row = []
    for column, kind in TABLES[table]:
        value = values.get(column)
        if value is not None and not _CHECKS[kind](value):
            raise RefusedRecord(f"{table}.{column} must be a {kind}, not {type(value).__name__}")
        row.append(float(value) if kind == "double" and value is not None else value)
    return tuple(row)


def _unique(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows with a key seen before left out, as the store's INSERT OR IGNORE does."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for row in rows:
        k = tuple(row.get(c) for c in key)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def _place(place: Any) -> dict[str, Any]:
    if isinstance(place, str):
        return {"place_name": place}
    return {column: (place or {}).get(key) for column, key in _PLACE_FIELDS}


def outcome_rows(outcome: Outcome, batch: int, ordinal: int, processed_at: str) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table for one article (or one failure), as tuples in :data:`TABLES` order.

    A value of the wrong type makes the article a failure at stage ``store`` (its rows are not written).
    """
    if isinstance(outcome, InputFailure):
        return {"errors": [_row("errors", {"origin": outcome.origin, "article_id": outcome.id, "stage": outcome.stage,
                                           "message": outcome.message, "created_at": processed_at})]}
    article, record, key = outcome.article, outcome.record, outcome.hash
    day = article.published
    try:
        return _article_rows(article, record, key, day, batch, ordinal, processed_at)
    except (RefusedRecord, TypeError, KeyError, AttributeError) as exc:
        failure = InputFailure(article.id, article.origin or article.id, "store",
                               f"the store refused the record: {type(exc).__name__}: {exc}")
        return outcome_rows(failure, batch, ordinal, processed_at)


def _article_rows(article: Article, record: dict[str, Any], key: str, day: str | None, batch: int, ordinal: int,
                  processed_at: str) -> dict[str, list[tuple[Any, ...]]]:
    text = article.text
    lead_end = text.find("\n")
    common = {"article_hash": key, "published": day}
    mentions = []
    for seq, e in enumerate(record.get("events", [])):
        start, end = e.get("start"), e.get("end")
        evidence = text[start:end] if isinstance(start, int) and isinstance(end, int) else None
        in_lead = (e.get("sentence") == 0) if lead_end < 0 else (isinstance(start, int) and start < lead_end + 1)
        mentions.append(_row("event_mentions", {
            **common, "seq": seq, "article_id": article.id, "url": article.url, "article_source": article.source,
            **{f: e.get(f) for f in _MENTION_FIELDS}, **_place(e.get("place")), "evidence": evidence,
            "in_lead": bool(in_lead)}))
    quotes = []
    for seq, q in enumerate(record.get("quotes", [])):
        speaker = q.get("speaker") or {}
        quotes.append(_row("quotes", {
            **common, "seq": seq, "start": q["start"], "end": q["end"], "text": q["text"], "kind": q.get("kind"),
            "speaker_text": speaker.get("text"), "speaker_start": speaker.get("start"),
            "speaker_end": speaker.get("end"), "speaker_code": speaker.get("code"), "cue": q.get("cue"),
            "parts": json.dumps(q["parts"]) if q.get("parts") else None}))
    actors = _unique([{**common, **{k: a.get(k) for k in ("text", "code", "name", "kind")}, "start": a["start"],
                       "end": a["end"]} for a in record.get("actors", [])], ("start", "end"))
    places = _unique([{**common, **{k: p.get(k) for k in ("name", "country", "adm1", "lat", "lon", "feature")},
                       "text": p["text"], "start": p["start"], "end": p["end"]} for p in record.get("places", [])],
                     ("start",))
    timexes = _unique([{**common, "start": t["start"], "end": t["end"], "text": t["text"], "value": t.get("value")}
                       for t in record.get("timexes", [])], ("start",))
    return {
        "articles": [_row("articles", {"hash": key, "id": article.id, "title": article.title, "published": day,
                                       "url": article.url, "source": article.source, "origin": article.origin,
                                       "text": text, "processed_at": processed_at, "batch": batch,
                                       "ordinal": ordinal})],
        "event_mentions": mentions,
        "quotes": quotes,
        "actor_mentions": [_row("actor_mentions", a) for a in actors],
        "places": [_row("places", p) for p in places],
        "timexes": [_row("timexes", t) for t in timexes],
    }


# --- reading a dataset back (pyarrow) ---------------------------------------------------------------------------

def is_dataset(path: str | Path) -> bool:
    """Whether ``path`` is a folder the Spark runner wrote (it has an ``articles`` table)."""
    return (Path(path) / "articles").is_dir()


def read_table(root: str | Path, table: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """One table of the dataset at ``root`` as a list of dicts (the partition column included)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    folder = Path(root) / table
    if not folder.is_dir():
        return []
    names = [c for c, _ in TABLES[table]]
    partitioning = None
    if PARTITION in names:
        partitioning = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
    dataset = ds.dataset(folder, format="parquet", partitioning=partitioning, exclude_invalid_files=True,
                         ignore_prefixes=[".", "_"])
    if partitioning is not None and "__HIVE_DEFAULT_PARTITION__" in str(dataset.files):
        dataset = ds.dataset(folder, format="parquet", ignore_prefixes=[".", "_"], exclude_invalid_files=True,
                             partitioning=ds.HivePartitioning(pa.schema([(PARTITION, pa.string())]),
                                                              null_fallback="__HIVE_DEFAULT_PARTITION__"))
    return dataset.to_table(columns=columns).to_pylist()


def _record_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    events = []
    for m in sorted(rows, key=lambda r: r["seq"]):
        event = {f: m.get(f) for f in _MENTION_FIELDS}
        if all(m.get(c) is None for c, _ in _PLACE_FIELDS[1:]):
            event["place"] = m.get("place_name")
        else:
            event["place"] = {key: m.get(c) for c, key in _PLACE_FIELDS}
        events.append(event)
    return events


def _by_article(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["article_hash"], []).append(row)
    return grouped


def read_dataset(root: str | Path) -> Iterator[Outcome]:
    """Every article of the dataset as a :class:`Processed` (in batch and input order), then its errors."""
    articles = sorted(read_table(root, "articles"), key=lambda a: (a["batch"], a["ordinal"]))
    children = {t: _by_article(read_table(root, t)) for t in ("event_mentions", "quotes", "actor_mentions", "places",
                                                               "timexes")}
    for a in articles:
        key = a["hash"]
        record = {
            "id": a["id"], "published": a["published"],
            "events": _record_events(children["event_mentions"].get(key, [])),
            "quotes": [quote_record(q) for q in sorted(children["quotes"].get(key, []), key=lambda q: q["seq"])],
            "timexes": [{k: t[k] for k in ("start", "end", "text", "value")}
                        for t in sorted(children["timexes"].get(key, []), key=lambda t: t["start"])],
            "actors": [{k: r[k] for k in ("text", "start", "end", "code", "name", "kind")}
                       for r in sorted(children["actor_mentions"].get(key, []), key=lambda r: (r["start"], r["end"]))],
            "places": [{k: p[k] for k in ("text", "start", "end", "name", "country", "adm1", "lat", "lon", "feature")}
                       for p in sorted(children["places"].get(key, []), key=lambda p: p["start"])],
        }
        article = Article(id=a["id"], text=a["text"], title=a["title"], published=a["published"], url=a["url"],
                          source=a["source"], origin=a["origin"])
        yield Processed(article, key, record)
    for e in read_table(root, "errors"):
        yield InputFailure(e["article_id"], e["origin"], e["stage"], e["message"])


def import_dataset(conn: Any, root: str | Path, group: int = 200) -> Any:
    """Store every article (and error) of the dataset at ``root`` in input order; idempotent by content hash.

    The store links the reports into events by its own identity rule, so the result equals
    ``newsevents run`` over the same input.
    """
    from newsevents.export.records import ImportSummary
    from newsevents.store.writer import StoreWriter

    summary = ImportSummary()
    writer = StoreWriter(conn)
    pending: list[Outcome] = []

    def flush() -> None:
        summary.count(pending, writer.write_many(pending))
        pending.clear()

    for outcome in read_dataset(root):
        summary.records += 1
        pending.append(outcome)
        if len(pending) >= group:
            flush()
    flush()
    return summary
