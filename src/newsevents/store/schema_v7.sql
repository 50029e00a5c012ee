-- newsevents SQLite schema, migration to version 7: a store that stays fast at millions of events.
-- Summary tables kept by triggers (in the same transaction as the rows they count) answer the
-- dashboard's unfiltered views; a full-text index over the reports' actor words gives filtering
-- by actor name an index path.

-- actors: every code once, with its mentions, articles, events as source / target (all
-- modalities) and events said to have happened (asserted, reported; source and target rows)
CREATE TABLE actor_counts (
    code       TEXT PRIMARY KEY,
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    as_source  INTEGER NOT NULL DEFAULT 0,
    as_target  INTEGER NOT NULL DEFAULT 0,
    happened   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX actor_counts_mentions ON actor_counts(mentions);
CREATE INDEX actor_counts_happened ON actor_counts(happened);

-- the words an actor code was named with: canonical names (canonical = 1) and mention texts
CREATE TABLE actor_names (
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,
    canonical INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (code, canonical, name)
) WITHOUT ROWID;

CREATE TRIGGER actor_counts_mention_insert AFTER INSERT ON actor_mentions WHEN new.code IS NOT NULL BEGIN
    INSERT INTO actor_counts (code, mentions, articles) VALUES (new.code, 1,
        NOT EXISTS (SELECT 1 FROM actor_mentions m WHERE m.article_hash = new.article_hash AND m.code = new.code
                    AND (m.start != new.start OR m."end" != new."end")))
    ON CONFLICT (code) DO UPDATE SET mentions = mentions + 1, articles = articles + excluded.articles;
    INSERT INTO actor_names (code, name, canonical, mentions) SELECT new.code, new.name, 1, 1 WHERE new.name IS NOT NULL
    ON CONFLICT (code, canonical, name) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO actor_names (code, name, canonical, mentions) VALUES (new.code, new.text, 0, 1)
    ON CONFLICT (code, canonical, name) DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER actor_counts_mention_delete AFTER DELETE ON actor_mentions WHEN old.code IS NOT NULL BEGIN
    UPDATE actor_counts SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM actor_mentions m WHERE m.article_hash = old.article_hash
                                          AND m.code = old.code)
    WHERE code = old.code;
    UPDATE actor_names SET mentions = mentions - 1 WHERE code = old.code AND canonical = 1 AND name = old.name;
    UPDATE actor_names SET mentions = mentions - 1 WHERE code = old.code AND canonical = 0 AND name = old.text;
    DELETE FROM actor_names WHERE code = old.code AND mentions <= 0;
END;

CREATE TRIGGER actor_counts_event_insert AFTER INSERT ON events BEGIN
    INSERT INTO actor_counts (code, as_source, happened) SELECT new.source, 1, new.modality IN ('asserted', 'reported')
        WHERE new.source IS NOT NULL
    ON CONFLICT (code) DO UPDATE SET as_source = as_source + 1, happened = happened + excluded.happened;
    INSERT INTO actor_counts (code, as_target, happened) SELECT new.target, 1, new.modality IN ('asserted', 'reported')
        WHERE new.target IS NOT NULL
    ON CONFLICT (code) DO UPDATE SET as_target = as_target + 1, happened = happened + excluded.happened;
END;

CREATE TRIGGER actor_counts_event_delete AFTER DELETE ON events BEGIN
    UPDATE actor_counts SET as_source = as_source - 1, happened = happened - (old.modality IN ('asserted', 'reported'))
        WHERE code = old.source;
    UPDATE actor_counts SET as_target = as_target - 1, happened = happened - (old.modality IN ('asserted', 'reported'))
        WHERE code = old.target;
END;

CREATE TRIGGER actor_counts_event_modality AFTER UPDATE OF modality ON events
WHEN (old.modality IN ('asserted', 'reported')) != (new.modality IN ('asserted', 'reported')) BEGIN
    UPDATE actor_counts SET happened = happened + (new.modality IN ('asserted', 'reported'))
                                                - (old.modality IN ('asserted', 'reported'))
        WHERE code IN (old.source, old.target);
    UPDATE actor_counts SET happened = happened + (new.modality IN ('asserted', 'reported'))
                                                - (old.modality IN ('asserted', 'reported'))
        WHERE code = old.source AND old.source = old.target;
END;

-- events per day, CAMEO root, QuadClass and modality: counts and the timeline without reading events
CREATE TABLE event_days (
    date       TEXT NOT NULL,              -- '' when unknown
    root       TEXT NOT NULL,
    quad_class INTEGER NOT NULL,           -- 0 when unknown
    modality   TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (date, root, quad_class, modality)
) WITHOUT ROWID;

-- directed dyads of events said to have happened (the network)
CREATE TABLE dyad_counts (
    source    TEXT NOT NULL,
    target    TEXT NOT NULL,
    count     INTEGER NOT NULL,
    goldstein REAL NOT NULL,               -- sum, for the mean
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX dyad_counts_count ON dyad_counts(count);

-- located events said to have happened, by place and QuadClass (the map and the place facet)
CREATE TABLE event_place_counts (
    name       TEXT NOT NULL,
    country    TEXT NOT NULL,              -- '' when unknown
    feature    TEXT NOT NULL,              -- '' when unknown
    quad_class INTEGER NOT NULL,           -- 0 when unknown
    lat        REAL,
    lon        REAL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (name, country, feature, quad_class)
) WITHOUT ROWID;
CREATE INDEX event_place_counts_country ON event_place_counts(country);

CREATE TRIGGER event_summaries_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_days VALUES (coalesce(new.date, ''), new.root, coalesce(new.quad_class, 0), new.modality, 1)
    ON CONFLICT (date, root, quad_class, modality) DO UPDATE SET count = count + 1;
    INSERT INTO dyad_counts SELECT new.source, new.target, 1, coalesce(new.goldstein, 0)
        WHERE new.source IS NOT NULL AND new.target IS NOT NULL AND new.modality IN ('asserted', 'reported')
    ON CONFLICT (source, target) DO UPDATE SET count = count + 1, goldstein = goldstein + excluded.goldstein;
    INSERT INTO event_place_counts SELECT new.place_name, coalesce(new.place_country, ''),
            coalesce(new.place_feature, ''), coalesce(new.quad_class, 0), new.place_lat, new.place_lon, 1
        WHERE new.place_name IS NOT NULL AND new.place_lat IS NOT NULL AND new.place_lon IS NOT NULL
          AND new.modality IN ('asserted', 'reported')
    ON CONFLICT (name, country, feature, quad_class) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER event_summaries_delete AFTER DELETE ON events BEGIN
    UPDATE event_days SET count = count - 1 WHERE date = coalesce(old.date, '') AND root = old.root
        AND quad_class = coalesce(old.quad_class, 0) AND modality = old.modality;
    UPDATE dyad_counts SET count = count - 1, goldstein = goldstein - coalesce(old.goldstein, 0)
        WHERE source = old.source AND target = old.target AND old.modality IN ('asserted', 'reported');
    UPDATE event_place_counts SET count = count - 1
        WHERE name = old.place_name AND country = coalesce(old.place_country, '')
          AND feature = coalesce(old.place_feature, '') AND quad_class = coalesce(old.quad_class, 0)
          AND old.place_lat IS NOT NULL AND old.place_lon IS NOT NULL AND old.modality IN ('asserted', 'reported');
END;

-- the writer sets an event's place (first report naming one) and upgrades reported to asserted
CREATE TRIGGER event_summaries_update AFTER UPDATE OF modality, place_name, place_country, place_feature,
    place_lat, place_lon ON events BEGIN
    UPDATE event_days SET count = count - 1 WHERE date = coalesce(old.date, '') AND root = old.root
        AND quad_class = coalesce(old.quad_class, 0) AND modality = old.modality;
    INSERT INTO event_days VALUES (coalesce(new.date, ''), new.root, coalesce(new.quad_class, 0), new.modality, 1)
    ON CONFLICT (date, root, quad_class, modality) DO UPDATE SET count = count + 1;
    UPDATE dyad_counts SET count = count - 1, goldstein = goldstein - coalesce(old.goldstein, 0)
        WHERE source = old.source AND target = old.target AND old.modality IN ('asserted', 'reported');
    INSERT INTO dyad_counts SELECT new.source, new.target, 1, coalesce(new.goldstein, 0)
        WHERE new.source IS NOT NULL AND new.target IS NOT NULL AND new.modality IN ('asserted', 'reported')
    ON CONFLICT (source, target) DO UPDATE SET count = count + 1, goldstein = goldstein + excluded.goldstein;
    UPDATE event_place_counts SET count = count - 1
        WHERE name = old.place_name AND country = coalesce(old.place_country, '')
          AND feature = coalesce(old.place_feature, '') AND quad_class = coalesce(old.quad_class, 0)
          AND old.place_lat IS NOT NULL AND old.place_lon IS NOT NULL AND old.modality IN ('asserted', 'reported');
    INSERT INTO event_place_counts SELECT new.place_name, coalesce(new.place_country, ''),
            coalesce(new.place_feature, ''), coalesce(new.quad_class, 0), new.place_lat, new.place_lon, 1
        WHERE new.place_name IS NOT NULL AND new.place_lat IS NOT NULL AND new.place_lon IS NOT NULL
          AND new.modality IN ('asserted', 'reported')
    ON CONFLICT (name, country, feature, quad_class) DO UPDATE SET count = count + 1;
END;

-- the words the reports name their actors with, for filtering events by actor name
CREATE VIRTUAL TABLE mention_actors_fts USING fts5(source_text, target_text, content='event_mentions',
                                                   content_rowid='rowid');
CREATE TRIGGER mention_actors_fts_insert AFTER INSERT ON event_mentions BEGIN
    INSERT INTO mention_actors_fts(rowid, source_text, target_text) VALUES (new.rowid, new.source_text, new.target_text);
END;
CREATE TRIGGER mention_actors_fts_delete AFTER DELETE ON event_mentions BEGIN
    INSERT INTO mention_actors_fts(mention_actors_fts, rowid, source_text, target_text)
        VALUES ('delete', old.rowid, old.source_text, old.target_text);
END;
CREATE TRIGGER mention_actors_fts_update AFTER UPDATE OF source_text, target_text ON event_mentions BEGIN
    INSERT INTO mention_actors_fts(mention_actors_fts, rowid, source_text, target_text)
        VALUES ('delete', old.rowid, old.source_text, old.target_text);
    INSERT INTO mention_actors_fts(rowid, source_text, target_text) VALUES (new.rowid, new.source_text, new.target_text);
END;
