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


def like_escape(text: str) -> str:
    """``text`` with LIKE's wildcards (``%``, ``_``) and the escape character taken literally.

    Use it with ``LIKE ? ESCAPE '\\'``, adding the wildcards the query means around it.
    """
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: the ESCAPE clause that goes with :func:`like_escape`
LIKE_ESCAPE = "ESCAPE '\\'"
