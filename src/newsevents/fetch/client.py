"""A polite HTTP client: robots.txt honoured, a per-host rate limit, a User-Agent naming the tool,
timeouts, retries with backoff, a size cap, gzip, and redirects followed with loops caught.

Every failure is a :class:`~newsevents.errors.FetchError` with a one-line message; its
``permanent`` flag says whether trying again later may help (timeouts, 5xx and 429 may).
"""
from __future__ import annotations

import http.client
import importlib.metadata
import ipaddress
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit, urlunsplit

from newsevents.errors import FetchError
from newsevents.fetch.body import read_body
from newsevents.fetch.ratelimit import HostRateLimiter
from newsevents.fetch.robots import ROBOTS_MAX_BYTES, RobotsRules

REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: the longest wait a Retry-After header may ask for before the client gives up on the request
MAX_RETRY_AFTER_S = 60.0


def user_agent() -> str:
    """The User-Agent header: the tool's name and version (robots.txt rules for ``newsevents`` apply)."""
    try:
        version = importlib.metadata.version("newsevents")
    except importlib.metadata.PackageNotFoundError:
        version = "dev"
    return f"newsevents/{version} (news event coder; honours robots.txt)"


@dataclass(frozen=True)
class ClientSettings:
    """How politely and how patiently the client fetches."""

    user_agent: str = field(default_factory=user_agent)
    timeout: float = 20.0  # seconds a connection or a read may stall
    max_seconds: float = 60.0  # seconds one response may take to arrive whole
    retries: int = 2  # further tries after a timeout, a network error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_bytes: int = 5_000_000  # the largest body read (after gzip is undone)
    host_interval: float = 1.0  # seconds between two requests to one host
    max_redirects: int = 5
    honour_robots: bool = True


@dataclass(frozen=True)
class Response:
    """A final (non-redirect) answer: the URL asked for, the URL that answered, status, headers, body."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ('' when absent)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands every redirect back to the client, which checks robots.txt and loops on each hop."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def clean_url(url: str) -> str:
    """``url`` without its fragment; FetchError for anything but an absolute http(s) URL."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"not an http(s) URL: {url!r}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


class PoliteClient:
    """GET with conditional headers; see the module docstring for the manners it keeps.

    ``sleep`` and ``clock`` are :func:`time.sleep` and :func:`time.monotonic` unless given.
    Loopback hosts are reached directly; other hosts through the environment's proxies.
    """

    def __init__(self, settings: ClientSettings | None = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings or ClientSettings()
        self.sleep = sleep
        self.clock = clock
        self.limiter = HostRateLimiter(self.settings.host_interval, clock, sleep)
        self.robots = RobotsRules(self._robots_body, self.settings.user_agent, clock)
        self._openers = {
            True: urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects()),
            False: urllib.request.build_opener(_NoRedirects()),
        }

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*") -> Response:
        """The answer to ``url`` after redirects: 2xx, or 304 when the validators still hold."""
        return self._follow(clean_url(url), etag, last_modified, accept, check_robots=self.settings.honour_robots)

    def _robots_body(self, url: str) -> tuple[int, bytes]:
        response = self._follow(url, None, None, "text/plain", check_robots=False, max_bytes=ROBOTS_MAX_BYTES)
        return response.status, response.body

    def _follow(self, url: str, etag: str | None, last_modified: str | None, accept: str, check_robots: bool,
                max_bytes: int | None = None) -> Response:
        headers = {"User-Agent": self.settings.user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        chain = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if check_robots and not self.robots.allowed(current):
                raise FetchError(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            delay = self.robots.crawl_delay(current) if check_robots else 0.0
            response = self._with_retries(current, headers, delay, max_bytes or self.settings.max_bytes)
            if response.status not in REDIRECTS:
                return replace(response, url=url, final_url=current)
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location header", status=response.status)
            current = clean_url(urljoin(current, location))
            if current in chain:
                raise FetchError(f"redirect loop: {' -> '.join([*chain, current])}", status=response.status)
            chain.append(current)
        raise FetchError(f"more than {self.settings.max_redirects} redirects from {url}")

    def _with_retries(self, url: str, headers: dict[str, str], delay: float, max_bytes: int) -> Response:
        settings = self.settings
        for attempt in range(settings.retries + 1):
            wait = settings.backoff * 2 ** attempt
            try:
                response = self._once(url, headers, delay, max_bytes)
            except FetchError as exc:
                if exc.permanent or attempt == settings.retries:
                    raise
            else:
                if response.status != 429 and response.status < 500:
                    return response
                if attempt == settings.retries:
                    raise FetchError(f"HTTP {response.status} after {attempt + 1} tries", permanent=False,
                                     status=response.status)
                wait = max(wait, _retry_after(response.headers.get("retry-after")))
                if wait > MAX_RETRY_AFTER_S:
                    raise FetchError(f"HTTP {response.status}: the server asks to wait {wait:.0f} s", permanent=False,
                                     status=response.status)
            self.sleep(wait)
        raise AssertionError("unreachable")  # the loop returns or raises on its last try

    def _once(self, url: str, headers: dict[str, str], delay: float, max_bytes: int) -> Response:
        host = urlsplit(url).hostname or ""
        self.limiter.wait(urlsplit(url).netloc, delay)
        request = urllib.request.Request(url, headers=headers)
        timeout = self.settings.timeout
        try:
            with self._openers[_is_loopback(host)].open(request, timeout=timeout) as raw:
                answer = {k.lower(): v for k, v in raw.headers.items()}
                body = read_body(raw, answer, max_bytes, self.clock() + self.settings.max_seconds, self.clock)
                return Response(url, url, raw.status, answer, body)
        except urllib.error.HTTPError as exc:
            answer = {k.lower(): v for k, v in (exc.headers or {}).items()}
            exc.close()
            if exc.code in REDIRECTS or exc.code == 304 or exc.code == 429 or exc.code >= 500:
                return Response(url, url, exc.code, answer, b"")
            raise FetchError(f"HTTP {exc.code} {exc.reason}".strip(), status=exc.code) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise FetchError(f"timed out after {timeout:g} s", permanent=False) from None
            raise FetchError(f"cannot connect to {host}: {exc.reason}", permanent=False) from None
        except TimeoutError:
            raise FetchError(f"timed out after {timeout:g} s", permanent=False) from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(f"broken answer from {host}: {type(exc).__name__}: {exc}", permanent=False) from None


def _retry_after(value: str | None) -> float:
    """Seconds a Retry-After header asks for (its seconds form; a date form counts as 0)."""
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0
