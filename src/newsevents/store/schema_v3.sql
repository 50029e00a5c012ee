-- newsevents SQLite schema, migration to version 3: places named in each article, and
-- where each event mention's place came from (its own clause or the article's main place).

ALTER TABLE event_mentions ADD COLUMN place_source TEXT;

CREATE TABLE places (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    name         TEXT,
    country      TEXT,                      -- ISO 3166 alpha-3
    adm1         TEXT,                      -- geonames first-level division code (UA07)
    lat          REAL,
    lon          REAL,
    feature      TEXT,                      -- precision: city, adm2, adm1, country, continent, region, sea, lake
    PRIMARY KEY (article_hash, start)
);
CREATE INDEX places_country ON places(country);
