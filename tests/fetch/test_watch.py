"""`newsevents watch --once` and `newsevents fetch` against a real HTTP server on 127.0.0.1 and a
real SQLite file: every new article is stored exactly once over two polls of a feed that changes
between them, no page is fetched twice, and each broken item is one row of the errors table."""
from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.fetch.client import ClientSettings, PoliteClient
from newsevents.runners.watch import Watcher, WatchSummary, watch_once
from newsevents.store.db import open_store

pytestmark = pytest.mark.slow

ARTICLE_PAGES = ("/news/a1.html", "/news/a2.html", "/news/a3.html", "/news/b1.html", "/news/b2.html",
                 "/news/s1.html", "/news/c1.html")
BROKEN = ("/missing.html", "/slow.html", "/loop1.html", "/report.pdf", "/huge.html", "/private/secret.html",
          "/broken-feed.xml", "/gone-feed.xml")
OPTIONS = ["--rate", "0", "--timeout", "0.3", "--retries", "0", "--max-bytes", "100000", "-s"]


def _feeds_file(tmp_path, site):
    path = tmp_path / "feeds.txt"
    lines = ["# the fixture site", *(site.url(p) for p in ("/feed.xml", "/changing.xml", "/sitemap-index.xml",
                                                            "/home.html", "/broken-feed.xml", "/gone-feed.xml")), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_watch_once_twice_stores_each_article_once_and_one_error_row_per_broken_item(tmp_path, site):
    db, feeds = tmp_path / "watch.db", _feeds_file(tmp_path, site)
    site.slow_seconds = 2.0
    runner = CliRunner()
    first = runner.invoke(main, ["watch", str(feeds), "--db", str(db), "--once", *OPTIONS])
    assert first.exit_code == 1, first.output  # broken items were met
    urls = Counter(url for (url,) in _rows(db, "SELECT url FROM articles"))
    assert sorted(urls) == sorted(site.url(p) for p in ARTICLE_PAGES if p != "/news/b2.html")

    second = runner.invoke(main, ["watch", str(feeds), "--db", str(db), "--once", *OPTIONS])
    assert second.exit_code == 1, second.output
    assert "1 articles stored" in second.output
    urls = Counter(url for (url,) in _rows(db, "SELECT url FROM articles"))
    assert urls == Counter({site.url(p): 1 for p in ARTICLE_PAGES})
    titles = {title for (title,) in _rows(db, "SELECT title FROM articles")}
    assert "Germany pledges aid to flood-hit Bangladesh" in titles

    for path in ARTICLE_PAGES:  # a page listed twice (feed and sitemap) or polled twice is fetched once
        assert site.hits[path] == 1, path
    assert site.hits["/moved.html"] == 1 and site.hits["/robots.txt"] == 2  # one client per command
    assert site.sent("/feed.xml", "If-None-Match") == [None, '"feed-v1"']  # the second poll: 304
    assert site.hits["/changing.xml"] == 2

    errors = _rows(db, "SELECT origin, stage, message FROM errors")
    assert Counter(origin for origin, _, _ in errors) == Counter({site.url(p): 1 for p in BROKEN})
    messages = {origin.removeprefix(site.base): message for origin, _, message in errors}
    assert messages["/missing.html"] == "HTTP 404 Not Found"
    assert messages["/slow.html"] == "timed out after 0.3 s"
    assert messages["/loop1.html"].startswith("redirect loop:")
    assert messages["/report.pdf"] == "not an HTML page (content type 'application/pdf')"
    assert messages["/huge.html"] == "too large: over 100,000 bytes"
    assert "disallows" in messages["/private/secret.html"]
    assert "neither a feed" in messages["/broken-feed.xml"] and messages["/gone-feed.xml"] == "HTTP 404 Not Found"
    assert all("\n" not in message for _, _, message in errors)
    # the slow page may recover, so it was tried on both polls; the others were given up at once
    assert site.hits["/slow.html"] == 2 and site.hits["/missing.html"] == 1 and site.hits["/loop1.html"] == 1
    states = dict(_rows(db, "SELECT url, status FROM pages"))
    assert states[site.url("/slow.html")] == "pending" and states[site.url("/missing.html")] == "failed"
    assert sum(1 for s in states.values() if s == "stored") == len(ARTICLE_PAGES)


def test_a_restart_fetches_what_an_earlier_poll_queued(tmp_path, site, pipeline):
    """The feed's links are queued before its ETag is kept: a poll cut short after listing loses nothing."""
    db = tmp_path / "resume.db"
    client = PoliteClient(ClientSettings(host_interval=0.0, retries=0))
    conn = open_store(db)
    Watcher(conn, client).poll([site.url("/africa.xml")], WatchSummary())  # listed, then "killed"
    conn.close()
    summary = watch_once([site.url("/africa.xml")], db, pipeline, client)
    assert summary.unchanged == 1 and summary.run.stored == 1
    assert _rows(db, "SELECT url FROM articles") == [(site.url("/news/c1.html"),)]
    assert site.hits["/news/c1.html"] == 1


def test_fetch_urls_stores_pages_once_and_records_failures(tmp_path, site):
    db = tmp_path / "fetch.db"
    runner = CliRunner()
    args = ["fetch", site.url("/news/a2.html"), site.url("/missing.html"), "gopher://old.example/x",
            "--db", str(db), *OPTIONS]
    first = runner.invoke(main, args)
    assert first.exit_code == 1
    assert "error " in first.output and "HTTP 404" in first.output
    again = runner.invoke(main, ["fetch", site.url("/news/a2.html"), "--db", str(db), *OPTIONS])
    assert again.exit_code == 0, again.output
    assert site.hits["/news/a2.html"] == 1
    assert _rows(db, "SELECT count(*) FROM articles") == [(1,)]
    assert sorted(o for (o,) in _rows(db, "SELECT origin FROM errors")) == sorted(
        ["gopher://old.example/x", site.url("/missing.html")])


def test_a_feeds_file_without_urls_is_one_line(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# nothing yet\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["watch", str(feeds), "--db", str(tmp_path / "x.db"), "--once"])
    assert result.exit_code == 1 and result.output.strip() == f"Error: {feeds} lists no URL"
