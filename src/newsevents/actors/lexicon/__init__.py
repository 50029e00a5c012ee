"""The actor lexicon: the packaged dictionary (``../data/``, date-bounded lookup), users' own
actor files and the PETRARCH/TABARI ``.actors.txt`` import. Nothing here needs spaCy."""
