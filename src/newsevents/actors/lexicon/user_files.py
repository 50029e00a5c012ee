"""Users' own actor files: CSV, YAML, or PETRARCH/TABARI ``.actors.txt`` dictionaries."""
from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from newsevents.actors.lexicon.dictionary import USER_KINDS, ActorFileError, Entry, country_names, parse_date
from newsevents.actors.lexicon.petrarch import import_petrarch


def load_user_file(path: str | Path) -> tuple[Entry, ...]:
    """Read a user CSV (columns ``name,code,start,end`` + optional ``kind,canonical,office``) or YAML.

    YAML is either a list of mappings with the same fields or ``{"actors": [...]}``.
    ``kind`` defaults to ``igo`` for IGO codes, ``country`` for a bare country code,
    ``person`` when dates are given, else ``group``. A ``.txt`` file (``*.actors.txt``) is
    read as a PETRARCH/TABARI dictionary (:func:`newsevents.actors.lexicon.petrarch.import_petrarch`).
    """
    path = Path(path)
    if path.suffix.lower() == ".txt":
        return import_petrarch(path)
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            records = data.get("actors", []) if isinstance(data, dict) else data
        else:
            with path.open(encoding="utf-8", newline="") as fh:
                records = [r for r in csv.DictReader(
                    (ln for ln in fh if not ln.lstrip().startswith("#")))]
    except (OSError, ValueError) as exc:
        raise ActorFileError(f"cannot read actors file {path}: {exc}") from exc
    out = []
    for i, rec in enumerate(records, 1):
        if not isinstance(rec, dict) or not str(rec.get("name") or "").strip():
            raise ActorFileError(f"{path}: record {i} has no 'name'")
        try:
            out.append(_user_entry(rec, str(path)))
        except ValueError as exc:
            raise ActorFileError(f"{path}: record {i}: {exc}") from exc
    return tuple(out)


def _user_entry(rec: Mapping[str, object], source: str) -> Entry:
    pattern = str(rec["name"]).strip()
    code = str(rec.get("code") or "").strip().upper() or None
    start, end = parse_date(rec.get("start")), parse_date(rec.get("end"))
    kind = str(rec.get("kind") or "").strip().lower()
    if kind and kind not in USER_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not kind:
        if code and code.startswith("IGO"):
            kind = "igo"
        elif code and code in country_names():
            kind = "country"
        else:
            kind = "person" if (start or end) else "group"
    canonical = str(rec.get("canonical") or "").strip() or pattern
    office = str(rec.get("office") or "").strip()
    return Entry(pattern, code, canonical, kind, start, end, source, office)
