"""spaCy pipeline construction and the Doc extensions newsevents uses."""
