-- A statement about the written feedback must cite responses, or be marked as staff's own conclusion (issue 16).
ALTER TABLE summary_statement ADD COLUMN own_conclusion BOOLEAN NOT NULL DEFAULT FALSE;
