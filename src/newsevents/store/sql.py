"""A small builder for parametrised WHERE clauses (user values never enter the SQL text)."""
from __future__ import annotations

from typing import Any


class Where:
    """Conditions joined with AND, and their parameters in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> "Where":
        """Add ``clause`` (with ``?`` placeholders) and its parameters."""
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def date_range(self, column: str, since: str | None, until: str | None) -> "Where":
        """``column`` between ``since`` and ``until`` (either may be None)."""
        if since:
            self.add(f"{column} >= ?", since)
        if until:
            self.add(f"{column} <= ?", until)
        return self

    def sql(self) -> str:
        """`` WHERE ...`` or the empty string."""
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""
