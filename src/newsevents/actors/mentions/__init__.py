"""Finding actor mentions in a parsed doc: the working :class:`record.Mention`, dictionary
hits, titles, title + surname, leaders' names, generic agents, definite bodies,
legislatures and plural references."""
