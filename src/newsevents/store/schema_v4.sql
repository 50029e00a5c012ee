-- newsevents SQLite schema, migration to version 4: an index table of each event's actors
-- (source and target, by full code and by country) so that filtering a million events by
-- actor or country, and drawing their timeline, reads only the matching rows.

CREATE TABLE event_actors (
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role           TEXT NOT NULL,           -- source or target
    code           TEXT NOT NULL,
    country        TEXT NOT NULL,           -- first three characters of the code
    shared_code    INTEGER NOT NULL,        -- 1 on a target row whose source has the same code
    shared_country INTEGER NOT NULL,        -- 1 on a target row whose source has the same country
    date           TEXT,
    quad_class     INTEGER,
    PRIMARY KEY (event_id, role)
) WITHOUT ROWID;

CREATE TRIGGER event_actors_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_actors (event_id, role, code, country, shared_code, shared_country, date, quad_class)
        SELECT new.id, 'source', new.source, substr(new.source, 1, 3), 0, 0, new.date, new.quad_class
        WHERE new.source IS NOT NULL;
    INSERT INTO event_actors (event_id, role, code, country, shared_code, shared_country, date, quad_class)
        SELECT new.id, 'target', new.target, substr(new.target, 1, 3), coalesce(new.source = new.target, 0),
               coalesce(substr(new.source, 1, 3) = substr(new.target, 1, 3), 0), new.date, new.quad_class
        WHERE new.target IS NOT NULL;
END;

INSERT INTO event_actors (event_id, role, code, country, shared_code, shared_country, date, quad_class)
    SELECT id, 'source', source, substr(source, 1, 3), 0, 0, date, quad_class FROM events WHERE source IS NOT NULL;
INSERT INTO event_actors (event_id, role, code, country, shared_code, shared_country, date, quad_class)
    SELECT id, 'target', target, substr(target, 1, 3), coalesce(source = target, 0),
           coalesce(substr(source, 1, 3) = substr(target, 1, 3), 0), date, quad_class
    FROM events WHERE target IS NOT NULL;

-- "each event once" is an equality (shared_* = 0) ahead of the date, so a walk of either
-- index is in date, QuadClass and event order: pages stop early and timelines need no sort
CREATE INDEX event_actors_code ON event_actors(code, shared_code, date, quad_class);
CREATE INDEX event_actors_country ON event_actors(country, shared_country, date, quad_class);
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_root_date;
DROP INDEX IF EXISTS events_quad_date;
CREATE INDEX events_date_quad ON events(date, quad_class);
CREATE INDEX events_root_date ON events(root, date, quad_class);
CREATE INDEX events_quad_date ON events(quad_class, date);
