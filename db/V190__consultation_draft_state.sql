-- A consultation is a draft until staff publish it; only published consultations are public (pages, lists, API).
-- Consultations that existed before this migration were public already, so they count as published.
ALTER TABLE consultation ADD COLUMN published_at DATETIME(6) NULL;
UPDATE consultation SET published_at = created_at WHERE published_at IS NULL;
