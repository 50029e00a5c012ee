"""A real HTTP server on 127.0.0.1 serving the fixture site in tests/fetch/site/.

Besides its files it answers: /feed.xml with an ETag (304 when it still holds), /changing.xml
(one entry on the first request, two after), /moved.html (301 to a page), /missing.html and
/gone-feed.xml (404), /slow.html (answers after ``slow_seconds``), /loop1.html <-> /loop2.html
(a redirect loop), /report.pdf (not HTML), /huge.html (300 KB, no Content-Length) and
/broken-feed.xml (plain text). HTML and XML go gzipped to clients that accept gzip.
It counts the requests of every path and keeps their headers.
"""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parent / "site"
FEED_ETAG = '"feed-v1"'
_TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}
_FILES = {"/feed.xml": "feed.xml", "/sitemap-index.xml": "sitemap-index.xml", "/sitemap-news.xml": "sitemap-news.xml",
          "/home.html": "home.html", "/africa.xml": "africa.xml", "/robots.txt": "robots.txt",
          "/broken-feed.xml": "not-a-feed.txt"}
_REDIRECTS = {"/moved.html": (301, "/news/a3.html"), "/loop1.html": (302, "/loop2.html"),
              "/loop2.html": (302, "/loop1.html")}


@dataclass
class FixtureServer:
    """What the test sees of the running server."""

    base: str
    hits: Counter = field(default_factory=Counter)
    headers: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    slow_seconds: float = 3.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def sent(self, path: str, header: str) -> list[str | None]:
        """The values of ``header`` in every request of ``path``, in order."""
        return [h.get(header.lower()) for p, h in self.headers if p == path]


class _Handler(BaseHTTPRequestHandler):
    state: FixtureServer  # set on the class made for each server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?")[0]
        with self.state.lock:
            self.state.hits[path] += 1
            self.state.headers.append((path, {k.lower(): v for k, v in self.headers.items()}))
            count = self.state.hits[path]
        if path in _REDIRECTS:
            status, target = _REDIRECTS[path]
            self.send_response(status)
            self.send_header("Location", target)
            self.end_headers()
        elif path == "/feed.xml" and self.headers.get("If-None-Match") == FEED_ETAG:
            self.send_response(304)
            self.end_headers()
        elif path == "/changing.xml":
            self._file(f"changing-{1 if count == 1 else 2}.xml", "application/atom+xml")
        elif path == "/slow.html":
            time.sleep(self.state.slow_seconds)
            self._send(b"<html><body><p>Too late.</p></body></html>", "text/html")
        elif path == "/report.pdf":
            self._send(b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")
        elif path == "/huge.html":
            self._huge()
        elif path in _FILES:
            name = _FILES[path]
            self._file(name, _TYPES[Path(name).suffix], etag=FEED_ETAG if path == "/feed.xml" else None)
        elif path.startswith(("/news/", "/private/")) and (SITE / path.lstrip("/")).is_file():
            self._file(path.lstrip("/"), _TYPES[".html"])
        else:
            self.send_error(404, "Not Found")

    def _file(self, name: str, content_type: str, etag: str | None = None) -> None:
        body = (SITE / name).read_text(encoding="utf-8").replace("{base}", self.state.base).encode("utf-8")
        self._send(body, content_type, etag)

    def _send(self, body: bytes, content_type: str, etag: str | None = None) -> None:
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the slow page)

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the client must stop reading by itself
        try:
            self.wfile.write(b"<html><body>")
            for _ in range(300):
                self.wfile.write(b"<p>" + b"filler " * 145 + b"</p>\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def site() -> Iterator[FixtureServer]:
    """The fixture site, served on a free port of 127.0.0.1 for one test."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state = FixtureServer(base=f"http://127.0.0.1:{server.server_address[1]}")
    handler.state = state
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
