"""What a polled URL lists: the entries of an RSS/Atom feed, the pages of a sitemap, or the feeds a
site's home page announces (``<link rel="alternate" type="application/rss+xml">``)."""
from __future__ import annotations

import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from newsevents.errors import FetchError

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"})
ACCEPT_FEEDS = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
                "text/html;q=0.5, */*;q=0.1")


@dataclass(frozen=True)
class Link:
    """A page a feed or sitemap lists, with the title and date it gives (if any)."""

    url: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Listing:
    """What one polled URL gave: its kind, the pages it lists, and further URLs to poll
    (the sitemaps of a sitemap index, the feeds a site announces)."""

    kind: str
    links: list[Link] = field(default_factory=list)
    more: list[str] = field(default_factory=list)


def sniff(body: bytes, content_type: str) -> str:
    """``feed``, ``sitemap``, ``html`` or ``unknown``, from the body's first element (then its type)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for marker, kind in ((b"<urlset", "sitemap"), (b"<sitemapindex", "sitemap"), (b"<rss", "feed"),
                         (b"<feed", "feed"), (b"<rdf:rdf", "feed"), (b"<html", "html"), (b"<!doctype html", "html")):
        if marker in head:
            return kind
    if content_type in FEED_TYPES:
        return "feed"
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    return "unknown"


def listing(body: bytes, content_type: str, base_url: str) -> Listing:
    """The pages and further URLs in a polled URL's body; FetchError for one that lists nothing readable."""
    kind = sniff(body, content_type)
    if kind == "feed":
        return Listing("feed", parse_feed(body, base_url))
    if kind == "sitemap":
        links, children = parse_sitemap(body, base_url)
        return Listing("sitemap", links, children)
    if kind == "html":
        feeds = discover_feeds(body, base_url)
        if not feeds:
            raise FetchError("an HTML page that announces no RSS or Atom feed")
        return Listing("site", [], feeds)
    raise FetchError(f"neither a feed, a sitemap nor a web page (content type {content_type or 'none'!r})")


def _iso(parsed: time.struct_time | None) -> str | None:
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """The entries of an RSS or Atom feed that link to a page."""
    import feedparser  # imported lazily: only polling needs it

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FetchError(f"not a readable feed: {problem}" if problem else "not a readable feed")
    links = []
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            continue
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        links.append(Link(urljoin(base_url, href.strip()), entry.get("title") or None, published))
    return links


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ElementTree.Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """``(pages, child sitemaps)`` of a sitemap or sitemap index (namespaces and Google News tags read)."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise FetchError(f"not a readable sitemap: {exc}") from None
    links: list[Link] = []
    children: list[str] = []
    for element in root:
        loc = _child_text(element, "loc")
        if not loc:
            continue
        if _local(element.tag) == "sitemap":
            children.append(urljoin(base_url, loc))
        elif _local(element.tag) == "url":
            date = _child_text(element, "publication_date") or _child_text(element, "lastmod")
            links.append(Link(urljoin(base_url, loc), _child_text(element, "title"), date[:10] if date else None))
    return links, children


class _FeedLinks(HTMLParser):
    """Collects the ``href`` of ``<link rel="alternate">`` elements of feed types."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {name: (value or "") for name, value in attrs}
        rels = values.get("rel", "").lower().split()
        if "alternate" in rels and values.get("type", "").lower() in FEED_TYPES and values.get("href"):
            self.hrefs.append(values["href"].strip())


def discover_feeds(body: bytes, base_url: str) -> list[str]:
    """The feeds an HTML page announces, as absolute URLs, in page order without repeats."""
    finder = _FeedLinks()
    finder.feed(body.decode("utf-8", errors="replace"))
    return list(dict.fromkeys(urljoin(base_url, href) for href in finder.hrefs))
