"""Run the API and dashboard with uvicorn, in the foreground or in a background thread."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from newsevents.api.app import create_app
from newsevents.api.hosts import allowed_hosts
from newsevents.errors import StoreError
from newsevents.store.db import open_store


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, max_page_size: int = 500,
          query_timeout_s: float = 5.0, log_level: str = "info", allow_hosts: Iterable[str] = ()) -> None:
    """Serve the store at ``db_path`` on ``host:port`` (loopback only unless told otherwise) until stopped.

    Requests must name the server by a loopback name, the ``host`` it is bound to (for a
    wildcard bind: this machine's name or addresses) or one of ``allow_hosts``.
    """
    if not Path(db_path).exists():
        raise StoreError(f"no store at {db_path}: create one with `newsevents run SOURCES --db {db_path}`")
    open_store(db_path, readonly=True).close()  # a file that is not a store fails now, in one line
    app = create_app(db_path, max_page_size=max_page_size, query_timeout_s=query_timeout_s,
                     hosts=allowed_hosts(host, allow_hosts))
    uvicorn.run(app, host=host, port=port, log_level=log_level)


class ServerThread:
    """Serve ``app`` from a background thread, e.g. for tests or a notebook.

    ``port=0`` picks a free port; :attr:`url` is known once the ``with`` block (or :meth:`start`) began.
    """

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, name="newsevents-api", daemon=True)
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        """Base URL of the running server."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout_s: float = 15.0) -> ServerThread:
        """Start serving and wait until the socket accepts connections."""
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the API server did not start on {self.host}:{self.port}")
            time.sleep(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout_s: float = 10.0) -> None:
        """Ask the server to finish and wait for its thread."""
        self.server.should_exit = True
        self.thread.join(timeout_s)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
