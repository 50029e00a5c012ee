"""OpenAPI docs (Swagger UI) served from the package's own copy, so /docs works offline."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – API docs</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg"></head>
<body><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/js/docs.js"></script>
</body></html>
"""


def docs_router(title: str) -> APIRouter:
    """``GET /docs``: Swagger UI over ``/openapi.json`` with no request leaving the machine."""
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def docs() -> str:
        return DOCS_HTML.format(title=title)

    return router
