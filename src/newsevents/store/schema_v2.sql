-- newsevents SQLite schema, migration to version 2: one event, many reports.
-- The v1 per-article "events" rows become "event_mentions"; "events" now holds each distinct
-- event (same source, target, CAMEO code, date, modality, and place when known) once, with
-- how many mentions, articles and distinct sources reported it. Adds FTS5 over articles.

ALTER TABLE events RENAME TO event_mentions;
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_source;
DROP INDEX IF EXISTS events_target;
DROP INDEX IF EXISTS events_cameo;
ALTER TABLE event_mentions ADD COLUMN event_id INTEGER REFERENCES events(id);
ALTER TABLE event_mentions ADD COLUMN place_name TEXT;
ALTER TABLE event_mentions ADD COLUMN place_country TEXT;
ALTER TABLE event_mentions ADD COLUMN place_adm1 TEXT;
ALTER TABLE event_mentions ADD COLUMN place_lat REAL;
ALTER TABLE event_mentions ADD COLUMN place_lon REAL;
CREATE INDEX event_mentions_event ON event_mentions(event_id);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    source        TEXT,
    target        TEXT,
    cameo         TEXT NOT NULL,
    root          TEXT NOT NULL,
    name          TEXT,
    plover        TEXT,
    quad_class    INTEGER,
    goldstein     REAL,
    date          TEXT,
    modality      TEXT NOT NULL,
    place_name    TEXT,
    place_country TEXT,
    place_adm1    TEXT,
    place_lat     REAL,
    place_lon     REAL,
    num_mentions  INTEGER NOT NULL DEFAULT 0,
    num_articles  INTEGER NOT NULL DEFAULT 0,
    num_sources   INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT NOT NULL
);
CREATE INDEX events_identity ON events(source, target, cameo, date, modality);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_date ON events(source, date);
CREATE INDEX events_target_date ON events(target, date);
CREATE INDEX events_cameo_date ON events(cameo, date);
CREATE INDEX events_root_date ON events(root, date);
CREATE INDEX events_quad_date ON events(quad_class, date);
CREATE INDEX events_place_country ON events(place_country);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
