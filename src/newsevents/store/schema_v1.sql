-- newsevents SQLite schema, version 1.
-- Articles are keyed by the content hash of their normalised text, so re-running the same
-- input adds nothing. Child rows reference articles(hash) and go with them.

CREATE TABLE IF NOT EXISTS articles (
    hash         TEXT PRIMARY KEY,          -- content hash of the normalised text
    id           TEXT NOT NULL,             -- the id the input gave (file name, JSONL id)
    title        TEXT,
    published    TEXT,                      -- ISO date
    url          TEXT,
    source       TEXT,
    origin       TEXT,                      -- file path or path:line it was read from
    text         TEXT NOT NULL,
    processed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_id ON articles(id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS actor_mentions (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    code         TEXT,
    name         TEXT,
    kind         TEXT,
    PRIMARY KEY (article_hash, start, "end")
);
CREATE INDEX IF NOT EXISTS actor_mentions_code ON actor_mentions(code);

CREATE TABLE IF NOT EXISTS events (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,          -- order of the event in its article
    source       TEXT,
    source_text  TEXT,
    target       TEXT,
    target_text  TEXT,
    cameo        TEXT NOT NULL,
    root         TEXT NOT NULL,
    name         TEXT,
    plover       TEXT,
    quad_class   INTEGER,
    goldstein    REAL,
    date         TEXT,
    date_source  TEXT,
    place        TEXT,
    modality     TEXT NOT NULL,
    sentence     INTEGER,
    start        INTEGER,
    "end"        INTEGER,
    trigger      TEXT,
    confidence   REAL,
    rule         TEXT,
    PRIMARY KEY (article_hash, seq)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);

CREATE TABLE IF NOT EXISTS quotes (
    article_hash  TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    kind          TEXT,
    speaker_text  TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_code  TEXT,
    cue           TEXT,
    PRIMARY KEY (article_hash, seq)
);
CREATE INDEX IF NOT EXISTS quotes_speaker_code ON quotes(speaker_code);

CREATE TABLE IF NOT EXISTS timexes (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    value        TEXT,
    PRIMARY KEY (article_hash, start)
);

-- One row per input that failed, keyed by where it came from; replaced on re-runs and
-- removed when the same input later succeeds.
CREATE TABLE IF NOT EXISTS errors (
    origin     TEXT NOT NULL,
    article_id TEXT NOT NULL,
    stage      TEXT NOT NULL,
    message    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (origin, article_id)
);
