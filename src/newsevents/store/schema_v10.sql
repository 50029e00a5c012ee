-- newsevents SQLite schema, migration to version 10: wire copies. An article whose text is a
-- near-copy of a stored one (the same wire story with another headline, a trim, a new lead or
-- an outlet's boilerplate) joins that article's story; num_sources counts a copy as the outlet
-- of its story's first stored article, so five reprints of one wire story are one source.

ALTER TABLE articles ADD COLUMN story TEXT;          -- hash of its copy cluster's first stored article (that
                                                     -- article's own hash on itself); NULL: no copy known
ALTER TABLE articles ADD COLUMN copy_overlap REAL;   -- estimated shingle overlap with the article it was matched to
CREATE INDEX articles_story ON articles(story);

-- What is kept of each article to find its copies (newsevents.ingest.copies): shingle count and
-- MinHash signature, and one LSH key per band. Articles too short to link have neither.
CREATE TABLE article_prints (
    article_hash TEXT PRIMARY KEY REFERENCES articles(hash) ON DELETE CASCADE,
    shingles     INTEGER NOT NULL,
    signature    BLOB NOT NULL
);
CREATE TABLE article_bands (
    key          INTEGER NOT NULL,
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    PRIMARY KEY (key, article_hash)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_hash);
