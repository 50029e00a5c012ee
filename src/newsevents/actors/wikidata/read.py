"""Read a --wikidata file: SPARQL JSON results or filtered dump lines (plain, .gz or .bz2)."""
from __future__ import annotations

import bz2
import gzip
import json
from datetime import date
from pathlib import Path

from newsevents.actors.wikidata.dump import read_dump
from newsevents.actors.wikidata.sparql import read_sparql
from newsevents.actors.wikidata.statements import WikidataInputError, WikidataRead


def _text(path: Path) -> str:
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix.lower())
    try:
        if opener:
            with opener(path, "rt", encoding="utf-8") as fh:
                return fh.read()
        return path.read_text(encoding="utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise WikidataInputError(f"cannot read {path}: {exc}") from exc


def read_wikidata(path: str | Path) -> WikidataRead:
    """The statements of ``path``, whichever of the two shapes it has.

    SPARQL results carry no date of their own: their data date is the file's modification day.
    """
    path = Path(path)
    text = _text(path)
    read = WikidataRead()
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict) and "results" in whole:
        read_sparql(whole, read)
        read.data_date = date.fromtimestamp(path.stat().st_mtime)
    elif isinstance(whole, list):  # a small dump written as one JSON array
        read_dump((json.dumps(e) for e in whole), read)
    elif isinstance(whole, dict) and isinstance(whole.get("entities"), dict):  # Special:EntityData
        read_dump((json.dumps(e) for e in whole["entities"].values()), read)
    elif isinstance(whole, dict) and "claims" in whole:  # one entity
        read_dump([json.dumps(whole)], read)
    else:
        read_dump(text.splitlines(), read)
    if not read.statements and not read.names:
        raise WikidataInputError(
            f"{path}: no position-held statements found (expected SPARQL JSON results of "
            "wikidata_offices.rq or Wikidata entity JSON, one entity a line)")
    return read
