"""``newsevents actors update --wikidata FILE`` as a library call: read, build terms, compare."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsevents.actors.wikidata.compare import Comparison, compare
from newsevents.actors.wikidata.read import read_wikidata
from newsevents.actors.wikidata.terms import Person, build_people


@dataclass(frozen=True)
class Update:
    """The outcome of reading one --wikidata file."""

    path: Path
    shape: str
    data_date: date | None
    people: tuple[Person, ...]
    skipped: dict[str, int]
    comparison: Comparison

    def summary(self, written: Path | None = None) -> dict[str, object]:
        """The diff and counts, JSON-safe."""
        c = self.comparison
        terms = [t for p in self.people for t in p.terms]
        starts = [t.start for t in terms]
        return {
            "input": str(self.path), "shape": self.shape,
            "data_date": self.data_date and self.data_date.isoformat(),
            "latest_term_start": max(starts).isoformat() if starts else None,
            "people": len(self.people), "terms": len(terms), "new_people": c.new_people,
            "counts": {"added": len(c.added), "ended": len(c.ended), "changed": len(c.changed),
                       "unchanged": c.unchanged, "builtin_kept": c.kept},
            "added": c.added, "ended": c.ended, "changed": c.changed,
            "skipped": dict(sorted(self.skipped.items())),
            "names_left_to_builtin": sorted(set(c.dropped_names)),
            "written": str(written) if written else None,
        }


def update_from_wikidata(path: str | Path, as_of: date | None = None) -> Update:
    """Read ``path`` (SPARQL JSON or dump lines) and compare its terms with the built-in data."""
    read = read_wikidata(path)
    people, skipped = build_people(read)
    return Update(Path(path), read.shape, as_of or read.data_date, tuple(people), skipped, compare(people))
