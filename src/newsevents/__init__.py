"""newsevents: English news articles to CAMEO/PLOVER event data, with the evidence for each record.

    >>> import newsevents
    >>> record = newsevents.extract("Russia accused Ukraine of ...", published="2025-06-05")
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from newsevents.config import Settings
from newsevents.pipeline import Pipeline, build_nlp
from newsevents.store.facade import Store

__all__ = ["Pipeline", "Settings", "Store", "build_nlp", "extract", "open_store"]
__version__ = "0.1.0"


def open_store(path: str, readonly: bool = False) -> Store:
    """The store at ``path`` (created if missing unless ``readonly``), with query methods."""
    return Store(path, readonly=readonly)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, published: str | date | None = None, article_id: str = "article") -> dict[str, Any]:
    """The output record (DESIGN.md) for one article's text, with the default pipeline.

    The pipeline is built on first use and reused; build a :class:`Pipeline` yourself for
    other settings.
    """
    return _default_pipeline().extract(text, published=published, article_id=article_id)
