"""The FastAPI application: JSON API under /api, offline docs at /docs, dashboard at /."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.api.docs import docs_router
from newsevents.api.hosts import LOOPBACK_HOSTS, host_allowed, host_name
from newsevents.api.reader import reader_dependency
from newsevents.api.routes import build_router
from newsevents.web import STATIC_DIR

#: nothing the pages load may come from another origin: the dashboard works offline
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                           "script-src 'self'; connect-src 'self'; frame-ancestors 'none'")


def create_app(db_path: str | Path, max_page_size: int = 500, query_timeout_s: float = 5.0,
               hosts: Iterable[str] = LOOPBACK_HOSTS) -> FastAPI:
    """A read-only API and dashboard over the store at ``db_path``.

    Each request opens its own read-only connection; list pages hold at most ``max_page_size``
    rows; a query still running after ``query_timeout_s`` seconds is stopped (HTTP 503); a
    request whose ``Host`` is not in ``hosts`` ("*": any) is refused (HTTP 400).
    """
    allowed = frozenset(host_name(h) if h != "*" else "*" for h in hosts)
    if max_page_size < 1:
        raise ValueError("max_page_size must be at least 1")
    if query_timeout_s <= 0:
        raise ValueError("query_timeout_s must be positive")
    app = FastAPI(title="newsevents", version="1", docs_url=None, redoc_url=None,
                  description="Read-only access to a newsevents store: events with evidence, articles, quotes, "
                              "actors and statistics. Every list is paged (`limit`, `offset`). Places: data from "
                              "[GeoNames](https://www.geonames.org/), CC BY 4.0.")
    get_reader = reader_dependency(Path(db_path), query_timeout_s)
    app.include_router(build_router(get_reader, max_page_size))
    app.include_router(docs_router(app.title))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return JSONResponse({"error": exc.status_code, "detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        if not host_allowed(request.headers.get("host"), allowed):
            response: Response = JSONResponse(
                {"error": 400, "detail": "this server does not answer to that Host name (see serve --allow-host)"},
                status_code=400)
        else:
            response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-cache")   # revalidate (ETag): no stale dashboard code
        return response

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
