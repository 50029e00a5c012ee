"""Wire copies in the store: link each new article to the story it is a near-copy of.

An article's fingerprint and LSH band keys (:mod:`newsevents.ingest.copies`) are stored with
it; a new article is compared with the stored articles that share a band, and joins the
story of the one it overlaps most (at the threshold or above). A story is named by the hash
of its first stored article, which gets its own hash as story when its first copy arrives.
Stories never merge: an article joins one story, so ids stay stable as copies arrive.
"""
from __future__ import annotations

import sqlite3
from typing import Any


def link_copy(conn: sqlite3.Connection, article_hash: str, text: str, threshold: float | None = None) -> str | None:
    """Fingerprint a stored article and link it to the story it copies (exact overlap at ``threshold``,
    by default :data:`newsevents.ingest.copies.THRESHOLD`); that story's hash, or None."""
    # imported here: numpy loads only for commands that store articles
    from newsevents.ingest.copies import THRESHOLD, Fingerprint, band_keys, best_match, fingerprint_of, shingle_hashes

    hashes = shingle_hashes(text)
    print_ = fingerprint_of(hashes)
    if print_ is None:
        return None
    keys = band_keys(print_)
    marks = ", ".join("?" for _ in keys)
    rows = conn.execute(
        "SELECT p.article_hash, p.shingles, p.signature FROM article_prints p WHERE p.article_hash IN"
        f" (SELECT article_hash FROM article_bands WHERE key IN ({marks})) AND p.article_hash != ?"
        " ORDER BY p.rowid", [*keys, article_hash],
    ).fetchall()
    conn.execute("INSERT OR REPLACE INTO article_prints (article_hash, shingles, signature) VALUES (?, ?, ?)",
                 (article_hash, print_.shingles, print_.to_blob()))
    conn.executemany("INSERT OR IGNORE INTO article_bands (key, article_hash) VALUES (?, ?)",
                     [(key, article_hash) for key in keys])
    candidates = {row[0]: Fingerprint.from_blob(row[1], row[2]) for row in rows}
    match = best_match(hashes, print_, candidates, lambda key: _text(conn, key),
                       THRESHOLD if threshold is None else threshold)
    if match is None:
        return None
    other, score = match
    story = conn.execute("SELECT coalesce(story, hash) FROM articles WHERE hash = ?", (other,)).fetchone()[0]
    conn.execute("UPDATE articles SET story = hash WHERE hash = ? AND story IS NULL", (story,))
    conn.execute("UPDATE articles SET story = ?, copy_overlap = ? WHERE hash = ?", (story, round(score, 3), article_hash))
    return str(story)


def _text(conn: sqlite3.Connection, article_hash: str) -> str:
    return str(conn.execute("SELECT text FROM articles WHERE hash = ?", (article_hash,)).fetchone()[0])


def link_stored(conn: sqlite3.Connection) -> int:
    """Fingerprint and link every stored article that has no fingerprint yet, in the order they were
    stored (a store written before version 10); how many were linked as copies."""
    rows = conn.execute("SELECT hash, text FROM articles WHERE hash NOT IN (SELECT article_hash FROM article_prints)"
                        " ORDER BY rowid").fetchall()
    return sum(1 for article_hash, text in rows if link_copy(conn, article_hash, text) is not None)


def story_members(conn: sqlite3.Connection, story: str) -> list[dict[str, Any]]:
    """The articles of one story, first stored first: hash, id, title, source, url, published, overlap."""
    sql = ("SELECT hash, id, title, source, url, published, copy_overlap AS overlap FROM articles"
           " WHERE story = ? ORDER BY (hash != story), rowid")
    return [dict(zip(("hash", "id", "title", "source", "url", "published", "overlap"), row))
            for row in conn.execute(sql, (story,))]


def copy_clusters(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    """Stories with more than one article, largest first: story hash, size, outlets, and the articles."""
    sql = ("SELECT story, count(*) AS size, count(DISTINCT coalesce(source, hash)) AS outlets FROM articles"
           " WHERE story IS NOT NULL GROUP BY story ORDER BY size DESC, min(rowid)")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [{"story": story, "size": size, "outlets": outlets, "articles": story_members(conn, story)}
            for story, size, outlets in conn.execute(sql, params).fetchall()]
