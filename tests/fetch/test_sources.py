"""What feeds, sitemaps and home pages list (parsing only; the bodies are written here)."""
from __future__ import annotations

import pytest

from newsevents.errors import FetchError
from newsevents.fetch.sources import Link, listing, sniff

BASE = "http://news.example/"


def test_rss_entries_with_titles_and_dates():
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            b"<item><title>One</title><link>/a/1</link><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>"
            b"<item><title>No link</title></item></channel></rss>")
    found = listing(body, "application/rss+xml", BASE)
    assert found.kind == "feed"
    assert found.links == [Link("http://news.example/a/1", "One", "2024-05-06")]


def test_atom_entries():
    body = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            b'<entry><title>Two</title><link href="http://news.example/b/2"/><updated>2024-01-02T00:00:00Z</updated>'
            b"</entry></feed>")
    assert listing(body, "application/xml", BASE).links == [Link("http://news.example/b/2", "Two", "2024-01-02")]


def test_sitemap_index_and_news_sitemap():
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>http://news.example/s1.xml</loc></sitemap></sitemapindex>")
    assert listing(index, "text/xml", BASE).more == ["http://news.example/s1.xml"]
    urlset = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://news.example/c</loc>'
              b"<news:news><news:publication_date>2024-03-04T10:00:00Z</news:publication_date>"
              b"<news:title>Three</news:title></news:news></url></urlset>")
    assert listing(urlset, "text/xml", BASE).links == [Link("http://news.example/c", "Three", "2024-03-04")]


def test_a_home_page_announces_its_feeds():
    page = (b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
            b'<link rel="alternate" type="application/atom+xml" href="http://news.example/atom">'
            b'<link rel="stylesheet" href="/x.css"></head><body>Hi</body></html>')
    found = listing(page, "text/html", BASE)
    assert (found.kind, found.more) == ("site", ["http://news.example/rss", "http://news.example/atom"])


@pytest.mark.parametrize(("body", "content_type", "message"), [
    (b"<html><body>No feeds here</body></html>", "text/html", "announces no RSS or Atom feed"),
    (b"just words", "text/plain", "neither a feed, a sitemap nor a web page"),
    (b"<urlset><url><loc>x</urlset>", "text/xml", "not a readable sitemap"),
    (b"%PDF-1.4", "application/pdf", "content type 'application/pdf'"),
])
def test_what_lists_nothing_is_one_message(body, content_type, message):
    with pytest.raises(FetchError, match=message):
        listing(body, content_type, BASE)


def test_sniffing_reads_the_first_element_before_the_type():
    assert sniff(b"\xef\xbb\xbf  <?xml version='1.0'?><rss>", "text/html") == "feed"
    assert sniff(b"<!DOCTYPE html><html>", "application/octet-stream") == "html"
