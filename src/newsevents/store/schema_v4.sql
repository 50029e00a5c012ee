-- newsevents SQLite schema, migration to version 4: an index table of each event's actors
-- (source and target, by full code and by country) so that filtering a million events by
-- actor or country, and drawing their timeline, reads only the matching rows.

CREATE TABLE event_actors (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,               -- source or target
    code       TEXT NOT NULL,
    country    TEXT NOT NULL,               -- first three characters of the code
    date       TEXT,
    quad_class INTEGER,
    PRIMARY KEY (event_id, role)
) WITHOUT ROWID;

CREATE TRIGGER event_actors_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_actors (event_id, role, code, country, date, quad_class)
        SELECT new.id, 'source', new.source, substr(new.source, 1, 3), new.date, new.quad_class
        WHERE new.source IS NOT NULL;
    INSERT INTO event_actors (event_id, role, code, country, date, quad_class)
        SELECT new.id, 'target', new.target, substr(new.target, 1, 3), new.date, new.quad_class
        WHERE new.target IS NOT NULL;
END;

INSERT INTO event_actors (event_id, role, code, country, date, quad_class)
    SELECT id, 'source', source, substr(source, 1, 3), date, quad_class FROM events WHERE source IS NOT NULL;
INSERT INTO event_actors (event_id, role, code, country, date, quad_class)
    SELECT id, 'target', target, substr(target, 1, 3), date, quad_class FROM events WHERE target IS NOT NULL;

-- the primary key (event_id, role) follows each indexed column list, so a walk in date order is
-- also in event order
CREATE INDEX event_actors_code ON event_actors(code, date);
CREATE INDEX event_actors_country ON event_actors(country, date);
CREATE INDEX events_date_quad ON events(date, quad_class);
DROP INDEX IF EXISTS events_date;
