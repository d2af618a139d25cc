-- Who changed an account's roles last and when (issue 10), so that an administrator saving roles from a stale page
-- is told who changed them. In the consultation range only because issue 10 was given V160-V169.
ALTER TABLE account ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
