-- Who saved a record last and when, on the forum and panel records that several staff edit (issue 10).
ALTER TABLE forum_call ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE panel_criterion ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
ALTER TABLE panel_selection_rule ADD COLUMN last_edited_by VARCHAR(254) NULL, ADD COLUMN last_edited_at DATETIME(6) NULL;
