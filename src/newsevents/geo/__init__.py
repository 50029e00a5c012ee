"""Places named in an article (``doc._.places``) and the place of each event."""
