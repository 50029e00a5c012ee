"""Read-only REST API (FastAPI) over a newsevents store; also serves the dashboard."""
from newsevents.api.app import create_app
from newsevents.api.server import ServerThread, serve

__all__ = ["ServerThread", "create_app", "serve"]
