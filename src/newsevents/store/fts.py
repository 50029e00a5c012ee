"""Full-text queries users type, made safe for SQLite FTS5 ``MATCH``.

A query in FTS5 syntax (``putin AND "phone call"``, ``sanction*``) is used as it is; text
that is not valid FTS5 (``al-Hawl``, ``U.S.``, ``"Shamima``) is searched for as its words,
each word a quoted phrase, rather than failing.
"""
from __future__ import annotations

import re
import sqlite3

#: one scratch FTS5 table with the store's columns, to check a query's syntax without a store
_CHECK_TABLE = "CREATE VIRTUAL TABLE q USING fts5(title, text)"
#: runs of characters FTS5's default tokenizer keeps together (letters, digits, marks)
_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*\.?", re.UNICODE)


def _valid(query: str) -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(_CHECK_TABLE)
        conn.execute("SELECT rowid FROM q WHERE q MATCH ?", (query,)).fetchall()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def match_query(text: str) -> str:
    """An FTS5 ``MATCH`` expression for what a user typed; ValueError when it has no words at all."""
    if _valid(text):
        return text
    words = _WORD.findall(text)
    if not words:
        raise ValueError(f"full-text query {text!r} has no words to search for")
    return " ".join('"' + word.replace('"', "") + '"' for word in words)


def words_query(text: str) -> str:
    """An FTS5 ``MATCH`` expression for every word of ``text``, each as a prefix (``putin`` finds
    "Vladimir Putin", ``europ union`` "the European Union"); ValueError when it has no words."""
    words = _WORD.findall(text)
    if not words:
        raise ValueError(f"actor name {text!r} has no words to search for")
    return " ".join('"' + word.rstrip(".").replace('"', "") + '"*' for word in words)
