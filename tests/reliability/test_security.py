"""The API as an attacker meets it, over a real HTTP server: SQL injection in every parameter,
path traversal, write methods and foreign Host headers change nothing and reveal nothing."""
from __future__ import annotations

import hashlib
import http.client
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from newsevents.api import ServerThread, create_app
from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store

PAYLOADS = [
    "' OR '1'='1", "\" OR \"1\"=\"1", "1 OR 1=1", "1; DROP TABLE articles; --", "'; DROP TABLE events; --",
    "x' UNION SELECT name, sql FROM sqlite_master --", "') OR 1=1 --", "%' OR 1=1 --", "*/ OR /*",
    "1' AND sleep(5) --", "' || (SELECT hash FROM articles LIMIT 1) || '", "NULL", "-1", "0x41", "%", "_",
    "\\", "\x00", "'\"`;--#/*", "RUS' --", "ATTACH DATABASE '/tmp/x.db' AS x; --", "\u202e\u0000'",
]
#: every endpoint's query parameters that take text (numbers and enumerations are validated: 422)
PARAMETERS = {
    "/api/events": ["actor", "country", "cameo", "place", "text", "since", "until", "sort", "modality",
                    "quad_class", "limit", "offset"],
    "/api/articles": ["text", "source", "since", "until", "limit", "offset"],
    "/api/quotes": ["speaker", "text", "since", "until"],
    "/api/actors": ["code", "name"],
    "/api/stats": ["by", "actor", "country", "cameo", "text", "place"],
}
TEXT = "Russian troops shelled Kharkiv on Monday, Ukrainian officials said."


def _record(article_id: str) -> dict:
    event = {"source": "RUSMIL", "source_text": "Russian troops", "target": "UKR", "target_text": "Kharkiv",
             "cameo": "195", "root": "19", "name": "Employ aerial weapons", "plover": "ASSAULT", "quad_class": 4,
             "goldstein": -9.5, "date": "2024-05-06", "date_source": "timex", "place": None,
             "modality": "asserted", "sentence": 0, "start": 0, "end": len(TEXT), "trigger": "shelled",
             "confidence": 0.9, "rule": "verb:shell"}
    quote = {"start": 0, "end": 10, "text": TEXT[:10], "kind": "indirect",
             "speaker": {"start": 41, "end": 59, "text": TEXT[41:59], "code": "UKRGOV"}, "cue": "said"}
    actor = {"text": "Russian troops", "start": 0, "end": 14, "code": "RUSMIL", "name": "Russian military",
             "kind": "group"}
    return {"id": article_id, "published": "2024-05-07", "events": [event], "quotes": [quote], "timexes": [],
            "actors": [actor], "places": []}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sec") / "s.db"
    conn = open_store(db)
    writer = StoreWriter(conn)
    for n in range(3):
        text = TEXT + f" Report {n}."
        writer.write(Processed(Article(id=f"a{n}", text=text, published="2024-05-07", source="wire"), f"h{n}",
                               _record(f"a{n}")))
    conn.close()
    return db


@pytest.fixture(scope="module")
def url(store) -> Iterator[str]:
    with ServerThread(create_app(store)) as running:
        yield running.url


def _digest(db: Path) -> str:
    conn = open_store(db, readonly=True)
    try:
        return hashlib.sha256(repr([list(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in
                                    ("articles", "events", "event_mentions", "quotes", "actor_mentions")]
                                   ).encode()).hexdigest()
    finally:
        conn.close()


def test_sql_injection_in_every_parameter_changes_and_reveals_nothing(url, store):
    before = _digest(store)
    baseline = {path: httpx.get(url + path, params={"by": "root"} if "stats" in path else {}).json()
                for path in PARAMETERS}
    statuses = set()
    with httpx.Client(base_url=url, timeout=30) as client:
        for path, names in PARAMETERS.items():
            for name in names:
                for payload in PAYLOADS:
                    params = {name: payload, **({"by": "root"} if "stats" in path and name != "by" else {})}
                    response = client.get(path, params=params)
                    statuses.add(response.status_code)
                    assert response.status_code in (200, 400, 422), (path, name, payload, response.text)
                    if response.status_code == 200 and name not in ("limit", "offset", "sort"):
                        body = response.json()
                        # a filter can only narrow: never more rows than with no filter at all
                        assert len(body["items"]) <= len(baseline[path]["items"]), (path, name, payload)
                        assert "sqlite_master" not in response.text and "CREATE TABLE" not in response.text
    assert 200 in statuses and 422 in statuses
    assert _digest(store) == before
    assert httpx.get(url + "/api/summary").json()["articles"] == 3


@pytest.mark.parametrize("path", ["/api/events/1%20OR%201=1", "/api/events/-1", "/api/articles/'%20OR%20'1'='1",
                                  "/api/articles/h0'--", "/api/events/1;DROP%20TABLE%20events"])
def test_injection_in_path_parameters(url, path):
    assert httpx.get(url + path).status_code in (404, 422)


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2f..%2fpyproject.toml", "/static/....//....//etc/passwd",
                                  "/static/%252e%252e/etc/passwd", "/static//etc/passwd", "/static/js/../../../db.py",
                                  "/..%2f..%2fetc/passwd", "/static/js/%00.js"])
def test_path_traversal_serves_nothing_outside_the_static_folder(url, path):
    # http.client sends the path exactly as written (httpx would normalise the dots away)
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    assert response.status in (400, 404), (path, response.status)
    assert b"root:" not in body and b"[project]" not in body and b"sqlite3" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT"])
@pytest.mark.parametrize("path", ["/api/events", "/api/events/1", "/api/articles/h0", "/api/quotes", "/api/summary",
                                  "/", "/static/js/main.js", "/docs"])
def test_write_methods_are_refused(url, store, method, path):
    before = _digest(store)
    response = httpx.request(method, url + path, content=b"{}")
    assert response.status_code in (400, 404, 405), (method, path, response.status_code)
    assert _digest(store) == before


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1", True), ("localhost", True), ("LOCALHOST", True), ("[::1]", True),
    ("evil.example", False), ("attacker.com:80", False), ("127.0.0.1.evil.example", False), ("", False),
    ("localhost.", False), ("user@localhost", False),
])
def test_requests_must_name_this_server(url, host, allowed):
    port = url.rsplit(":", 1)[1]
    header = host if (":" in host.strip("[]") and not host.startswith("[")) or not host else f"{host}:{port}"
    for path in ("/api/events", "/", "/static/js/main.js"):
        response = httpx.get(url + path, headers={"Host": header})
        assert (response.status_code == 200) == allowed, (host, path, response.status_code)
        if not allowed:
            assert response.status_code == 400


def test_a_server_can_allow_other_names_or_any(store):
    with ServerThread(create_app(store, hosts=("events.internal",))) as running:
        assert httpx.get(running.url + "/api/summary", headers={"Host": "events.internal:80"}).status_code == 200
        assert httpx.get(running.url + "/api/summary").status_code == 400
    with ServerThread(create_app(store, hosts=("*",))) as running:
        assert httpx.get(running.url + "/api/summary", headers={"Host": "anything.example"}).status_code == 200


def test_responses_carry_the_security_headers(url):
    for path in ("/", "/api/events", "/docs"):
        headers = httpx.get(url + path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in headers   # no CORS: other sites cannot read the API
