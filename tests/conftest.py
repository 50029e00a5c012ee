"""Shared fixtures: the spaCy model is loaded once per test session."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsevents.config import DEFAULT_MODEL
from newsevents.nlp.extensions import register_extensions

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE = SHARED / "samples" / "leaders_call_2025-06.txt"

# the user's data directory (actor files every run reads) is an empty one of the test session's
os.environ["NEWSEVENTS_DATA_DIR"] = tempfile.mkdtemp(prefix="newsevents-data-")


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The English spaCy model alone, with newsevents' Doc extensions declared."""
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The article the project started from (../shared/samples), skipped if absent."""
    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE} not found: tests expect ../shared beside the checkout")
    return SAMPLE


@pytest.fixture(scope="session")
def pipeline():
    """The full newsevents pipeline with default settings, built once."""
    from newsevents.pipeline import Pipeline

    return Pipeline()
