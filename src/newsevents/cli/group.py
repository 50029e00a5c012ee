"""The ``newsevents`` click group that every command module registers on."""
from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn English news articles into coded political events, quotes and dates."""
