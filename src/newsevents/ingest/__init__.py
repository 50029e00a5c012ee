"""Readers for article sources, text normalisation and content hashes."""
from newsevents.ingest.normalise import content_hash, normalise_text
from newsevents.ingest.readers import read_sources
from newsevents.model import InputFailure

__all__ = ["InputFailure", "content_hash", "normalise_text", "read_sources"]
