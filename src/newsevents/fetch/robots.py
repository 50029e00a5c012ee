"""robots.txt rules per host, fetched once and kept for a day (RFC 9309)."""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

from newsevents.errors import FetchError

#: seconds a host's robots.txt is kept before it is fetched again
ROBOTS_TTL_S = 24 * 3600.0
#: a robots.txt body read at most this far (RFC 9309 asks for at least 500 KiB)
ROBOTS_MAX_BYTES = 512 * 1024


class RobotsRules:
    """Whether a URL may be fetched and how long to wait between requests, per robots.txt.

    ``fetch(url)`` returns ``(status, body)`` of the robots.txt URL or raises
    :class:`FetchError`. As RFC 9309 says: a 4xx answer allows everything; a robots.txt that
    cannot be reached (5xx, network error) forbids the host for now (a transient
    :class:`FetchError`, so the pages are tried again on a later poll).
    """

    def __init__(self, fetch: Callable[[str], tuple[int, bytes]], user_agent: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.fetch = fetch
        self.agent = user_agent.split("/")[0].split()[0]
        self.clock = clock
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = {}

    def allowed(self, url: str) -> bool:
        """True when the host's robots.txt lets this tool fetch ``url``."""
        return self._parser(url).can_fetch(self.agent, url)

    def crawl_delay(self, url: str) -> float:
        """The host's Crawl-delay for this tool, or 0."""
        delay = self._parser(url).crawl_delay(self.agent)
        return float(delay) if delay else 0.0

    def _parser(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        kept = self._rules.get(key)
        if kept is not None and self.clock() - kept[0] < ROBOTS_TTL_S:
            return kept[1]
        parser = self._load(key)
        self._rules[key] = (self.clock(), parser)
        return parser

    def _load(self, site: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(f"{site}/robots.txt")
        try:
            status, body = self.fetch(f"{site}/robots.txt")
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                status, body = exc.status, b""
            else:
                raise FetchError(f"robots.txt of {site} cannot be read ({exc}); its pages wait for a later poll",
                                 permanent=False) from exc
        if 400 <= status < 500:
            parser.allow_all = True
        elif status >= 500:
            raise FetchError(f"robots.txt of {site} answered HTTP {status}; its pages wait for a later poll",
                             permanent=False)
        else:
            text = body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
            parser.parse(text.splitlines())
        parser.modified()
        return parser
