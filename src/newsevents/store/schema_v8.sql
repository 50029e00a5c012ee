-- newsevents SQLite schema, migration to version 8: a full-text filter finds the events of its
-- matching articles from an index alone (article -> event ids), without reading the reports.

CREATE INDEX event_mentions_article_event ON event_mentions(article_hash, event_id);
