"""``newsevents serve``: the read-only REST API and the dashboard over a store."""
from __future__ import annotations

import click

from newsevents.cli.common import db_option
from newsevents.cli.group import main
from newsevents.cli.notices import warn


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps the server private to this machine.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--max-page-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Most rows one API page returns.")
@click.option("--query-timeout", type=click.FloatRange(min=0.01), default=5.0, show_default=True,
              help="Seconds a query may run before the request fails with 503.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another host name clients use to reach the server (requests naming other hosts are "
                   "refused, against DNS rebinding); repeatable; '*' allows any.")
def serve(db: str, host: str, port: int, max_page_size: int, query_timeout: float,
          allow_hosts: tuple[str, ...]) -> None:
    """Serve the dashboard at / and JSON endpoints at /api (OpenAPI docs at /docs)."""
    from newsevents.api.hosts import WILDCARD_BINDS
    from newsevents.api.server import serve as run_server

    if host in WILDCARD_BINDS:
        warn(f"serving on every interface ({host or '*'}): anyone who can reach this machine can read the store; "
             "bind --host 127.0.0.1 to keep it private")

    click.echo(f"newsevents: dashboard http://{host}:{port}/  API http://{host}:{port}/api/events  docs /docs",
               err=True)
    run_server(db, host=host, port=port, max_page_size=max_page_size, query_timeout_s=query_timeout,
               allow_hosts=allow_hosts)
