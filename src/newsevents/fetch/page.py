"""A fetched page as an article: main text, title and date by trafilatura, the feed's as fallbacks."""
from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from newsevents.errors import FetchError, InputError
from newsevents.fetch.client import Response
from newsevents.fetch.sources import sniff
from newsevents.ingest.readers import html_article, iso_date
from newsevents.model import Article

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


def outlet(url: str) -> str:
    """The outlet a URL belongs to: its host name without ``www.``."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def page_article(response: Response, title: str | None = None, published: str | None = None) -> Article:
    """The article on a fetched page; its id and origin are the URL asked for, its source the outlet.

    ``title`` and ``published`` (from the feed) fill in what the page does not say.
    FetchError for a body that is not HTML or holds no article text.
    """
    kind = response.content_type
    if kind not in HTML_TYPES and not (kind in ("", "text/plain") and sniff(response.body, kind) == "html"):
        raise FetchError(f"not an HTML page (content type {kind or 'none'!r})")
    try:
        article = html_article(response.body, response.url, response.url, None)
    except InputError as exc:
        raise FetchError(str(exc)) from None
    try:
        fallback_date = iso_date(published)
    except InputError:
        fallback_date = None
    return replace(article, title=article.title or title, published=article.published or fallback_date,
                   url=response.final_url, source=outlet(response.final_url))
