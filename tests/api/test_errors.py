"""Errors: unknown records (404), bad parameters (422/400), writes refused, slow queries stopped (503)."""
from __future__ import annotations

import hashlib

import httpx
import pytest

from newsevents.api import ServerThread, create_app


@pytest.mark.parametrize("path", ["/api/events/999999", "/api/articles/no-such-article", "/api/nothing-here"])
def test_unknown_records_are_404(server, path):
    response = httpx.get(server + path)
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("path, params", [
    ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"offset": -1}),
    ("/api/events", {"quad_class": 5}),
    ("/api/events", {"since": "last week"}),
    ("/api/events", {"until": "2024-13-011"}),
    ("/api/events", {"cameo": "talk"}),
    ("/api/events", {"sort": "random()"}),
    ("/api/events", {"modality": "maybe"}),
    ("/api/events", {"country": "1; DROP TABLE events"}),
    ("/api/events/abc", {}),
    ("/api/stats", {}),
    ("/api/stats", {"by": "source; --"}),
    ("/api/articles", {"since": "yesterday"}),
    ("/api/quotes", {"limit": -5}),
])
def test_bad_parameters_are_422(server, path, params):
    response = httpx.get(server + path, params=params)
    assert response.status_code == 422, (path, params, response.text)


def test_malformed_full_text_query_searches_its_words_and_one_without_words_is_400(server):
    assert httpx.get(server + "/api/events", params={"text": '"unbalanced'}).status_code == 200
    response = httpx.get(server + "/api/events", params={"text": '"*'})
    assert response.status_code == 400
    assert "full-text" in response.json()["detail"]


def test_sql_in_parameters_is_just_text(server):
    body = httpx.get(server + "/api/events", params={"actor": "x' OR '1'='1"}).json()
    assert body["total"] == 0


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/api/events", "/api/events/1", "/api/articles", "/"])
def test_writes_are_refused(server, method, path):
    assert httpx.request(method, server + path, json={}).status_code == 405


def test_serving_never_changes_the_store(server, demo_db):
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    for path in ("/api/events", "/api/articles", "/api/quotes", "/api/actors", "/api/stats?by=dyad"):
        httpx.get(server + path)
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_slow_queries_are_stopped_with_503(demo_db):
    with ServerThread(create_app(demo_db, query_timeout_s=1e-9)) as slow:
        response = httpx.get(slow.url + "/api/events", params={"text": "minister OR president", "limit": 50})
    assert response.status_code == 503
    assert "stopped" in response.json()["detail"]


def test_missing_store_is_503(tmp_path):
    with ServerThread(create_app(tmp_path / "absent.db")) as app:
        response = httpx.get(app.url + "/api/events")
    assert response.status_code == 503


def test_invalid_settings_are_refused(demo_db):
    with pytest.raises(ValueError):
        create_app(demo_db, max_page_size=0)
    with pytest.raises(ValueError):
        create_app(demo_db, query_timeout_s=0)
