"""Read articles from files, folders, JSONL, CSV, HTML or standard input.

Every reader yields :class:`~newsevents.model.Article` or :class:`InputFailure`; a bad
file or line never stops the others.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest.normalise import decode_bytes
from newsevents.model import Article, InputFailure, SourceItem

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
#: files never read when walking a folder
_SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db"})
#: characters that cannot be encoded (UTF-8, SQLite): halves of a surrogate pair on their own
_SURROGATE = re.compile("[\ud800-\udfff]")
#: longest CSV field read (the csv module's default, 131,072 characters, is below --max-chars)
CSV_FIELD_LIMIT = 2**31 - 1


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime string; None for empty; InputError otherwise."""
    if value in (None, ""):
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError as exc:
        raise InputError(f"published date {text!r} is not an ISO date (YYYY-MM-DD)") from exc


def source_files(path: Path) -> Iterator[Path]:
    """The files a source path stands for: itself, or a folder's files in name order (hidden ones left out)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name not in _SKIP_NAMES and not child.name.startswith("."):
                yield child
    else:
        yield path


def read_sources(sources: Iterable[str | Path], published: str | None = None) -> Iterator[SourceItem]:
    """Articles from each source in turn: a file, a folder (walked in name order) or ``-``."""
    for source in sources:
        if str(source) == "-":
            yield from read_stream(sys.stdin.buffer, "stdin", published)
            continue
        path = Path(source)
        if not path.exists():
            yield InputFailure(path.stem, str(path), "read", f"no such file or folder: {path}")
            continue
        for file in source_files(path):
            yield from read_file(file, published)


def count_articles(sources: Iterable[str | Path]) -> int | None:
    """How many articles (and unreadable files) :func:`read_sources` will yield; None when unknown (stdin).

    JSONL counts its non-blank lines and CSV its rows; every other file is one article.
    """
    total = 0
    for source in sources:
        if str(source) == "-":
            return None
        path = Path(source)
        for file in source_files(path) if path.exists() else [path]:
            total += _count_file(file)
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES and suffix != ".json" and suffix not in CSV_SUFFIXES:
        return 1
    try:
        data = path.read_bytes()
    except OSError:
        return 1
    if suffix in CSV_SUFFIXES:
        try:
            content = decode_bytes(data)
        except InputError:
            return 1
        if csv.field_size_limit() < CSV_FIELD_LIMIT:
            csv.field_size_limit(CSV_FIELD_LIMIT)
        try:
            return max(1, sum(1 for _ in csv.reader(io.StringIO(content, newline=""))) - 1)
        except csv.Error:
            return 1
    return max(1, sum(1 for line in data.split(b"\n") if line.strip()))


def read_file(path: Path, published: str | None = None) -> Iterator[SourceItem]:
    """Articles in one file, chosen by its suffix (unknown suffixes are read as plain text)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(path.stem, str(path), "read", f"cannot read file: {exc.strerror}")
        return
    yield from read_file_bytes(data, str(path), published)


def read_file_bytes(data: bytes, name: str, published: str | None = None) -> Iterator[SourceItem]:
    """Articles in the bytes of a file called ``name`` (its suffix chooses the reader), as
    :func:`read_file` reads them; for files read elsewhere (the Spark runner's ``binaryFiles``)."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or suffix == ".json":
        yield from _jsonl_articles(data, str(path), published)
    elif suffix in CSV_SUFFIXES:
        yield from _csv_articles(data, str(path), published)
    elif suffix in HTML_SUFFIXES:
        yield _guard(path.stem, str(path), lambda: html_article(data, path.stem, str(path), published))
    else:
        yield _guard(path.stem, str(path), lambda: _text_article(data, path.stem, str(path), published))


def read_stream(stream: io.BufferedIOBase, name: str, published: str | None = None) -> Iterator[SourceItem]:
    """Articles from a byte stream: JSONL when it starts with ``{``, else one plain-text article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from _jsonl_articles(data, name, published)
    else:
        yield _guard(name, name, lambda: _text_article(data, name, name, published))


def _guard(article_id: str, origin: str, make: Callable[[], Article]) -> SourceItem:
    try:
        return make()
    except InputError as exc:
        return InputFailure(article_id, origin, "read", str(exc))


def _text_article(data: bytes, article_id: str, origin: str, published: str | None) -> Article:
    return Article(id=article_id, text=decode_bytes(data), published=iso_date(published), origin=origin)


def html_article(data: bytes, article_id: str, origin: str, published: str | None) -> Article:
    """The main text, title, date, URL and site of an HTML page (trafilatura); ``published``,
    when given, wins over the page's own date. InputError when the page has no article text."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    html = decode_bytes(data)
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, favor_recall=True)
    if not extracted:
        raise InputError("no article text found in the HTML")
    meta = json.loads(extracted)
    found_date = meta.get("date")
    return Article(
        id=article_id,
        text=meta.get("text") or "",
        title=meta.get("title"),
        published=iso_date(published) or _lenient_date(found_date),
        url=meta.get("url") or meta.get("source"),
        source=meta.get("sitename") or meta.get("hostname"),
        origin=origin,
    )


def _lenient_date(value: str | None) -> str | None:
    try:
        return iso_date(value)
    except InputError:
        return None


def _field(record: dict, name: str) -> str | None:
    """An optional text field of an input record: a string (numbers are read as text) or null."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        kind = {dict: "an object", list: "a list", bool: "a boolean"}.get(type(value), type(value).__name__)
        raise InputError(f'"{name}" must be a string or null, not {kind}')
    text = str(value)
    found = _SURROGATE.search(text)
    if found:
        raise InputError(f'"{name}" holds invalid Unicode (a lone surrogate \\u{ord(found.group()):04x} '
                         f"at character {found.start()})")
    return text


def record_article(record: dict, fallback_id: str, origin: str, published: str | None) -> Article:
    """An article from an input record (a JSONL object, a CSV or Parquet row); InputError if unusable."""
    return _record_article(record, fallback_id, origin, published)


def _record_article(record: dict, fallback_id: str, origin: str, published: str | None) -> Article:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('record has no "text" string')
    _field(record, "text")
    return Article(
        id=_field(record, "id") or fallback_id,
        text=text,
        title=_field(record, "title"),
        published=iso_date(_field(record, "published")) or iso_date(published),
        url=_field(record, "url"),
        source=_field(record, "source"),
        origin=origin,
    )


def _record_id(record: dict, fallback: str) -> str:
    """The id to report a failure under: the record's own when it is usable text."""
    try:
        return _field(record, "id") or fallback
    except InputError:
        return fallback


def _decoded(data: bytes, name: str) -> str | InputFailure:
    """The text of a multi-article file, or the failure of the whole file."""
    try:
        return decode_bytes(data)
    except InputError as exc:
        return InputFailure(Path(name).stem, name, "read", str(exc))


def _jsonl_articles(data: bytes, name: str, published: str | None) -> Iterator[SourceItem]:
    stem = Path(name).stem
    content = _decoded(data, name)
    if isinstance(content, InputFailure):
        yield content
        return
    # only "\n" ends a JSONL line: U+2028, U+0085 and the like may stand inside JSON strings
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        origin, fallback = f"{name}:{number}", f"{stem}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(fallback, origin, "read", f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield InputFailure(fallback, origin, "read", "invalid JSON: nested too deeply")
            continue
        if not isinstance(record, dict):
            yield InputFailure(fallback, origin, "read", "JSONL line is not an object")
            continue
        yield _guard(_record_id(record, fallback), origin, lambda: _record_article(record, fallback, origin, published))


def _csv_articles(data: bytes, name: str, published: str | None) -> Iterator[SourceItem]:
    stem = Path(name).stem
    content = _decoded(data, name)
    if isinstance(content, InputFailure):
        yield content
        return
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield InputFailure(stem, name, "read", f"broken CSV header: {exc}")
        return
    if not fieldnames or "text" not in fieldnames:
        yield InputFailure(stem, name, "read", 'CSV needs a header row with a "text" column')
        return
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputFailure(f"{stem}:{reader.line_num}", f"{name}:{reader.line_num}", "read",
                               f"broken CSV row: {exc}")
            continue
        origin, fallback = f"{name}:{reader.line_num}", f"{stem}:{reader.line_num}"
        record = {k: v for k, v in row.items() if isinstance(k, str) and k}
        yield _guard(_record_id(record, fallback), origin, lambda: _record_article(record, fallback, origin, published))
