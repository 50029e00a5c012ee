-- newsevents SQLite schema, migration to version 9: what `newsevents watch` and `fetch` have
-- seen, so that a restart resumes and no page is fetched twice.

-- One row per feed, sitemap or site polled: the validators of its last answer (sent back as
-- If-None-Match / If-Modified-Since) and the hash of its last body.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    kind          TEXT,                     -- feed, sitemap, site
    etag          TEXT,
    last_modified TEXT,
    content_hash  TEXT,
    entries       INTEGER,                  -- links in its last body
    checked_at    TEXT
);

-- One row per page URL a feed listed or a user named. A page is 'pending' until fetched and
-- stored ('stored'), found to be a copy of stored text ('stored' too) or given up on ('failed',
-- with its error row in `errors`, origin = the URL). A transient failure (timeout, 5xx) stays
-- 'pending' until it has been tried `attempts` times.
CREATE TABLE pages (
    url           TEXT PRIMARY KEY,
    feed          TEXT,                     -- the feed that listed it first; NULL for `fetch URL`
    status        TEXT NOT NULL DEFAULT 'pending',
    title         TEXT,                     -- as the feed gave it (a fallback for the page's own)
    published     TEXT,                     -- as the feed gave it (ISO date)
    attempts      INTEGER NOT NULL DEFAULT 0,
    http_status   INTEGER,
    final_url     TEXT,                     -- after redirects
    etag          TEXT,
    last_modified TEXT,
    content_hash  TEXT,                     -- of the page body as fetched
    article_hash  TEXT,                     -- articles.hash of its text, once stored
    listed_at     TEXT NOT NULL,
    fetched_at    TEXT
);
CREATE INDEX pages_status ON pages(status);
