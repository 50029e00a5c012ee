-- newsevents SQLite schema, migration to version 5: the parts of a split quotation
-- ("A," he said, "B."): a JSON list of {"start", "end", "text"}, NULL for a quotation in one piece.

ALTER TABLE quotes ADD COLUMN parts TEXT;
