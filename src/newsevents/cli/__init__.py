"""The ``newsevents`` command line: thin wrappers over the library, one module per job."""
from __future__ import annotations

from newsevents.cli import actor_data, evaluate, exchange, feeds, process, query, scale, serve  # registers the commands
from newsevents.cli.group import main

__all__ = ["actor_data", "evaluate", "exchange", "feeds", "main", "process", "query", "scale", "serve"]
