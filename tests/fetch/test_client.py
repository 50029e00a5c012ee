"""The polite client against a real HTTP server on 127.0.0.1: robots.txt, redirects, validators,
gzip, the size cap, timeouts and retries, and the per-host rate limit."""
from __future__ import annotations

import pytest

from newsevents.errors import FetchError
from newsevents.fetch.client import ClientSettings, PoliteClient
from newsevents.fetch.ratelimit import HostRateLimiter


def _client(**overrides) -> tuple[PoliteClient, list[float]]:
    slept: list[float] = []
    settings = ClientSettings(**{"host_interval": 0.0, "timeout": 0.5, "retries": 1, "backoff": 0.01,
                                 "max_bytes": 100_000, **overrides})
    return PoliteClient(settings, sleep=slept.append), slept


def test_a_page_comes_gzipped_with_a_user_agent_naming_the_tool(site):
    client, _ = _client()
    response = client.get(site.url("/news/a1.html"))
    assert response.status == 200 and b"Kenyan President William Ruto" in response.body
    assert response.headers["content-encoding"] == "gzip"  # the body above was unpacked
    agent = site.sent("/news/a1.html", "User-Agent")[0]
    assert agent.startswith("newsevents/")
    assert site.sent("/news/a1.html", "Accept-Encoding")[0] == "gzip, deflate"


def test_robots_txt_is_read_once_per_host_and_obeyed(site):
    client, _ = _client()
    with pytest.raises(FetchError, match="robots.txt of 127.0.0.1:.* disallows"):
        client.get(site.url("/private/secret.html"))
    client.get(site.url("/news/a2.html"))
    assert site.hits["/private/secret.html"] == 0
    assert site.hits["/robots.txt"] == 1


def test_a_redirect_is_followed_and_a_loop_is_caught(site):
    client, _ = _client()
    moved = client.get(site.url("/moved.html"))
    assert moved.final_url == site.url("/news/a3.html") and moved.url == site.url("/moved.html")
    with pytest.raises(FetchError, match=r"redirect loop: .*/loop1.html -> .*/loop2.html -> .*/loop1.html") as caught:
        client.get(site.url("/loop1.html"))
    assert caught.value.permanent


def test_validators_are_sent_back_and_304_comes_back(site):
    client, _ = _client()
    first = client.get(site.url("/feed.xml"))
    assert first.status == 200 and first.etag == '"feed-v1"'
    again = client.get(site.url("/feed.xml"), etag=first.etag)
    assert again.status == 304 and again.body == b""
    assert site.sent("/feed.xml", "If-None-Match") == [None, '"feed-v1"']


def test_a_huge_page_is_refused_without_reading_it_all(site):
    client, _ = _client()
    with pytest.raises(FetchError, match="too large: over 100,000 bytes"):
        client.get(site.url("/huge.html"))


def test_a_404_is_permanent_and_not_retried(site):
    client, slept = _client(retries=3)
    with pytest.raises(FetchError, match="HTTP 404") as caught:
        client.get(site.url("/missing.html"))
    assert caught.value.permanent and caught.value.status == 404
    assert site.hits["/missing.html"] == 1 and slept == []


def test_a_timeout_is_retried_with_backoff_then_given_up_as_transient(site):
    client, slept = _client(timeout=0.2, retries=2, backoff=0.5)
    site.slow_seconds = 2.0
    with pytest.raises(FetchError, match="timed out after 0.2 s") as caught:
        client.get(site.url("/slow.html"))
    assert not caught.value.permanent
    assert site.hits["/slow.html"] == 3
    assert slept == [0.5, 1.0]


def test_the_rate_limit_spaces_requests_to_one_host_only():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = HostRateLimiter(2.0, clock=lambda: now[0], sleep=sleep)
    limiter.wait("a.example")
    now[0] += 0.5
    limiter.wait("a.example")  # 1.5 s still to wait
    limiter.wait("b.example")  # another host: no wait
    limiter.wait("a.example", at_least=5.0)  # robots.txt asks for 5 s
    assert slept == [1.5, 5.0]


def test_the_client_waits_between_requests_to_one_host(site):
    client, slept = _client(host_interval=30.0)
    client.get(site.url("/news/a1.html"))  # robots.txt, then the page: one wait between them
    assert len(slept) == 1 and 29.0 < slept[0] <= 30.0


def test_only_http_urls_are_fetched():
    client, _ = _client()
    for url in ("ftp://example.org/x", "file:///etc/passwd", "not a url"):
        with pytest.raises(FetchError, match="not an http"):
            client.get(url)
