-- Attachments belong to versions of a response, as its answers do (issue 14): a file added after a submission is in
-- the organisation's new draft only, and staff see it once that draft is submitted; a file removed after a
-- submission leaves the draft but stays in the submitted versions that held it. A version v holds a file when
-- added_in <= v and (removed_in is null or removed_in > v). Files that existed before this migration belonged to every
-- version (there was no other record), so they count as added in version 1.
ALTER TABLE attachment ADD COLUMN added_in INT NOT NULL DEFAULT 1;
ALTER TABLE attachment ADD COLUMN removed_in INT NULL;
