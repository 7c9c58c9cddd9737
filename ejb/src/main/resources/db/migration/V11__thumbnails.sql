-- Thumbnails of entries and revisions, made at upload: one for the gallery's grid, one for the large view.
-- Null for images uploaded before: those are shown from the original.
ALTER TABLE entry ADD COLUMN grid_key VARCHAR(100);
ALTER TABLE entry ADD COLUMN large_key VARCHAR(100);
ALTER TABLE entry_revision ADD COLUMN grid_key VARCHAR(100);
ALTER TABLE entry_revision ADD COLUMN large_key VARCHAR(100);
