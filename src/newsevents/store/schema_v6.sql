-- newsevents SQLite schema, migration to version 6: the precision of event places, places
-- listed with their counts, and index paths for the place filter.

-- the place's precision (city, adm2, adm1, country, continent, region, sea, lake), as in `places.feature`
ALTER TABLE event_mentions ADD COLUMN place_feature TEXT;
ALTER TABLE events ADD COLUMN place_feature TEXT;

-- a place filter walks its index in date order (a page stops early)
DROP INDEX IF EXISTS events_place_country;
CREATE INDEX events_place_country ON events(place_country, date);
CREATE INDEX events_place_name ON events(place_name COLLATE NOCASE, date);

-- every place named in the articles once, with how often and in how many articles: kept by
-- triggers on `places`, so `newsevents places` and /api/places read a small table
CREATE TABLE place_counts (
    name     TEXT NOT NULL,               -- gazetteer name (the text when there is none)
    country  TEXT NOT NULL,               -- ISO3, '' when unknown
    adm1     TEXT NOT NULL,               -- '' when none
    feature  TEXT NOT NULL,               -- '' when unknown
    lat      REAL,
    lon      REAL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (name, country, adm1, feature)
);
CREATE INDEX place_counts_mentions ON place_counts(mentions);
CREATE INDEX place_counts_country ON place_counts(country, mentions);

CREATE TRIGGER places_count_insert AFTER INSERT ON places BEGIN
    INSERT INTO place_counts (name, country, adm1, feature, lat, lon, mentions, articles)
    VALUES (coalesce(new.name, new.text), coalesce(new.country, ''), coalesce(new.adm1, ''),
            coalesce(new.feature, ''), new.lat, new.lon, 1,
            NOT EXISTS (SELECT 1 FROM places p WHERE p.article_hash = new.article_hash AND p.start != new.start
                        AND coalesce(p.name, p.text) = coalesce(new.name, new.text)
                        AND coalesce(p.country, '') = coalesce(new.country, '')
                        AND coalesce(p.adm1, '') = coalesce(new.adm1, '')
                        AND coalesce(p.feature, '') = coalesce(new.feature, '')))
    ON CONFLICT (name, country, adm1, feature) DO UPDATE SET
        mentions = mentions + 1, articles = articles + excluded.articles,
        lat = coalesce(lat, excluded.lat), lon = coalesce(lon, excluded.lon);
END;

CREATE TRIGGER places_count_delete AFTER DELETE ON places BEGIN
    UPDATE place_counts SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (
            SELECT 1 FROM places p WHERE p.article_hash = old.article_hash
            AND coalesce(p.name, p.text) = coalesce(old.name, old.text)
            AND coalesce(p.country, '') = coalesce(old.country, '')
            AND coalesce(p.adm1, '') = coalesce(old.adm1, '')
            AND coalesce(p.feature, '') = coalesce(old.feature, ''))
    WHERE name = coalesce(old.name, old.text) AND country = coalesce(old.country, '')
        AND adm1 = coalesce(old.adm1, '') AND feature = coalesce(old.feature, '');
    DELETE FROM place_counts WHERE mentions <= 0;
END;

INSERT INTO place_counts (name, country, adm1, feature, lat, lon, mentions, articles)
    SELECT coalesce(name, text), coalesce(country, ''), coalesce(adm1, ''), coalesce(feature, ''),
           min(lat), min(lon), count(*), count(DISTINCT article_hash)
    FROM places GROUP BY 1, 2, 3, 4;
