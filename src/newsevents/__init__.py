"""newsevents: English news articles to CAMEO/PLOVER event data, with the evidence for each record.

    >>> import newsevents
    >>> record = newsevents.extract("Russia accused Ukraine of ...", published="2025-06-05")

Importing the package is cheap: spaCy and the pipeline load on first use of
:func:`extract`, :class:`Pipeline` or :func:`build_nlp`, so the store, the API and the
command line's query commands never pay for them.
"""
from __future__ import annotations

import importlib
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsevents.config import Settings

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline, build_nlp
    from newsevents.store.facade import Store

__all__ = ["Pipeline", "Settings", "Store", "build_nlp", "extract", "open_store"]
__version__ = "0.1.0"

#: public names loaded on first access, and the module that defines each
_LAZY = {"Pipeline": "newsevents.pipeline", "build_nlp": "newsevents.pipeline", "Store": "newsevents.store.facade"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")


def open_store(path: str, readonly: bool = False) -> Store:
    """The store at ``path`` (created if missing unless ``readonly``), with query methods."""
    from newsevents.store.facade import Store

    return Store(path, readonly=readonly)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    from newsevents.pipeline import Pipeline

    return Pipeline()


def extract(text: str, published: str | date | None = None, article_id: str = "article") -> dict[str, Any]:
    """The output record (docs/design.md) for one article's text, with the default pipeline.

    The pipeline is built on first use and reused; build a :class:`Pipeline` yourself for
    other settings.
    """
    return _default_pipeline().extract(text, published=published, article_id=article_id)
