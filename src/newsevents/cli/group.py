"""The ``newsevents`` click group that every command module registers on."""
from __future__ import annotations

from typing import Any

import click

from newsevents.errors import NewsEventsError


class NewsEventsGroup(click.Group):
    """A click group that turns newsevents' own errors into one-line messages (exit status 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsEventsError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=NewsEventsGroup)
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn English news articles into coded political events, quotes and dates."""
