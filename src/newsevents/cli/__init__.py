"""The ``newsevents`` command line: thin wrappers over the library, one module per job."""
from __future__ import annotations

from newsevents.cli import (  # registers the commands
    actor_data,
    copies,
    evaluate,
    exchange,
    feeds,
    process,
    query,
    scale,
    serve,
)
from newsevents.cli.group import main

__all__ = ["actor_data", "copies", "evaluate", "exchange", "feeds", "main", "process", "query", "scale", "serve"]
