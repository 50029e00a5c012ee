"""Write the rows of a Wikidata update as an actors file (the ``--actors`` CSV format), or merge
them into the user's data directory."""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from newsevents.actors.lexicon.dictionary import ActorFileError
from newsevents.actors.lexicon.user_data import file_header, user_data_dir
from newsevents.actors.wikidata.compare import ActorRow

COLUMNS = ("name", "code", "start", "end", "kind", "canonical", "office", "wikidata", "origin")
#: the data directory's file of Wikidata terms
MERGED_NAME = "wikidata.csv"


def merged_path() -> Path:
    """Where ``--merge`` keeps the Wikidata terms: ``<data dir>/actors/wikidata.csv``."""
    return user_data_dir() / "actors" / MERGED_NAME


def _cell(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


def render(rows: Iterable[ActorRow], data_date: date | None, origin: str) -> str:
    """The CSV text: ``# key: value`` header lines (source, licence, data date), then the rows,
    newest term first within each phrase (the first term valid on a date is the one used)."""
    out = io.StringIO()
    out.write("# newsevents actor data from Wikidata position-held statements (P39); "
              "Wikidata is CC0 1.0, https://www.wikidata.org\n")
    out.write("# rows marked origin=builtin keep built-in terms Wikidata did not speak of\n")
    out.write("# source: wikidata\n")
    out.write(f"# data_date: {_cell(data_date)}\n")
    out.write(f"# input: {origin}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    ordered = sorted(rows, key=lambda r: (r.canonical, r.name, -(r.start or date.min).toordinal()))
    for r in dict.fromkeys(ordered):
        writer.writerow([r.name, r.code, _cell(r.start), _cell(r.end), "person", r.canonical,
                         r.office, r.wikidata, r.origin])
    return out.getvalue()


def write_actor_file(path: str | Path, rows: Sequence[ActorRow], data_date: date | None, origin: str) -> Path:
    """Write ``rows`` to ``path`` (atomically: a temporary file renamed over it)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(render(rows, data_date, origin), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ActorFileError(f"cannot write {path}: {exc}") from exc
    return path


def _old_rows(path: Path) -> list[ActorRow]:
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    return [ActorRow(r["name"], r["code"], date.fromisoformat(r["start"]) if r.get("start") else None,
                     date.fromisoformat(r["end"]) if r.get("end") else None, r.get("canonical") or r["name"],
                     r.get("office") or "", r.get("wikidata") or "", r.get("origin") or "wikidata")
            for r in records]


def merge_into_data_dir(rows: Sequence[ActorRow], data_date: date | None, origin: str) -> Path:
    """Merge ``rows`` into the data directory's Wikidata file: the people they speak of
    (by Wikidata id) are replaced, everyone else in the file stays."""
    path = merged_path()
    if path.exists():
        try:
            old = _old_rows(path)
        except (OSError, ValueError, KeyError) as exc:
            raise ActorFileError(f"cannot merge into {path}: {exc}") from exc
        people = {r.wikidata for r in rows}
        rows = [*(r for r in old if r.wikidata not in people), *rows]
        earlier = file_header(path).get("data_date")
        if earlier and data_date and date.fromisoformat(earlier) > data_date:
            data_date = date.fromisoformat(earlier)
    return write_actor_file(path, rows, data_date, origin)
