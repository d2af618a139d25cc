-- Who saved a record last and when, on every consultation record that several people edit (issue 10): a save from
-- a page opened before someone else's save is refused by the record's version, and the message names them.
ALTER TABLE consultation ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE question ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE consultation_event ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE consultation_summary ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE summary_statement ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE organisation ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
