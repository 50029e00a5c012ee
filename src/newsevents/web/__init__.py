"""The dashboard: static HTML, CSS and JS (with vendored libraries), served by newsevents.api."""
from pathlib import Path

#: folder of the dashboard's files; everything it loads is in here (no network needed)
STATIC_DIR = Path(__file__).resolve().parent / "static"

__all__ = ["STATIC_DIR"]
