"""The ``newsevents`` command line: thin wrappers over the library, one module per job."""
from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn English news articles into coded political events, quotes and dates."""


from newsevents.cli import actor_data, evaluate, exchange, process, query, serve  # noqa: E402  - registers commands

__all__ = ["actor_data", "evaluate", "exchange", "main", "process", "query", "serve"]
