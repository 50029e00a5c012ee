"""The user's data directory (actor files every run reads) and what an actor file holds.

The directory is ``$NEWSEVENTS_DATA_DIR``, else ``$XDG_DATA_HOME/newsevents``, else
``~/.local/share/newsevents``; ``actors/*.csv`` in it are read before any ``--actors`` file.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from newsevents.actors.lexicon.user_files import load_user_file

DATA_DIR_ENV = "NEWSEVENTS_DATA_DIR"


def user_data_dir() -> Path:
    """The user's newsevents data directory (it need not exist)."""
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newsevents"


def user_actor_files() -> tuple[Path, ...]:
    """The actor files of the data directory, by name."""
    folder = user_data_dir() / "actors"
    return tuple(sorted(folder.glob("*.csv"))) if folder.is_dir() else ()


def file_header(path: str | Path) -> dict[str, str]:
    """``# key: value`` lines at the top of a CSV actor file (``source``, ``data_date`` …)."""
    out: dict[str, str] = {}
    try:
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    break
                key, sep, value = line[1:].partition(":")
                if sep and key.strip() and " " not in key.strip():
                    out.setdefault(key.strip(), value.strip())
    except (OSError, UnicodeDecodeError):
        return {}
    return out


def actor_file_info(path: str | Path) -> dict[str, object]:
    """What one user actor file holds: source, data date, newest term start, counts."""
    entries = load_user_file(path)
    header = file_header(path) if Path(path).suffix.lower() == ".csv" else {}
    terms = {(e.name, e.code, e.start, e.end) for e in entries if e.start or e.end}
    starts = [s for _, _, s, _ in terms if s is not None]
    return {
        "path": str(path),
        "source": header.get("source") or Path(path).name,
        "data_date": header.get("data_date"),
        "latest_term_start": max(starts).isoformat() if starts else None,
        "office_terms": len(terms),
        "people": len({name for name, *_ in terms}),
        "phrases": len({e.pattern.lower() for e in entries}),
    }


def newest(*days: object) -> str | None:
    """The latest of some ISO dates (None and "" ignored)."""
    found = [date.fromisoformat(str(d)) for d in days if d]
    return max(found).isoformat() if found else None
