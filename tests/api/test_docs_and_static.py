"""OpenAPI docs and the dashboard are served from the package, with nothing loaded from elsewhere."""
from __future__ import annotations

import inspect
import re

import httpx

from newsevents.api import serve


def local_assets(html: str) -> list[str]:
    refs = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert not [r for r in refs if re.match(r"(https?:)?//", r)], refs
    return [r for r in refs if r.startswith("/")]


def test_openapi_lists_every_endpoint(server):
    paths = httpx.get(server + "/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{key}", "/api/quotes",
                 "/api/actors", "/api/places", "/api/stats", "/api/summary"):
        assert list(paths[path]) == ["get"], path


def test_docs_work_offline(server):
    response = httpx.get(server + "/docs")
    assert response.status_code == 200
    assets = local_assets(response.text)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    for asset in assets:
        assert httpx.get(server + asset).status_code == 200, asset


def test_dashboard_and_its_assets_are_local(server):
    response = httpx.get(server + "/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "default-src 'self'" in response.headers["content-security-policy"]
    for asset in local_assets(response.text):
        assert httpx.get(server + asset).status_code == 200, asset
    for module in ("main", "api", "dom", "route", "filters", "codes", "views/events", "views/article",
                   "views/timeline", "views/network", "views/map", "views/lists", "views/event", "views/common"):
        script = httpx.get(f"{server}/static/js/{module}.js")
        assert script.status_code == 200, module
        assert not re.search(r"""(import|fetch)\s*\(?\s*["'](https?:)?//""", script.text), module
    assert httpx.get(server + "/static/vendor/world-atlas/countries-110m.json").json()["type"] == "Topology"


def test_static_files_cannot_escape_their_folder(server):
    response = httpx.get(server + "/static/../../api/__init__.py")
    assert response.status_code == 404


def test_serve_binds_loopback_by_default():
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
