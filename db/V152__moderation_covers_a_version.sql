-- A moderation decision covers the version of the response that staff saw. When the organisation submits a newer
-- version before the deadline, the decision no longer covers it, and the response is not public until staff look again.
ALTER TABLE response_moderation ADD COLUMN moderated_version INT NULL;
UPDATE response_moderation m JOIN response r ON r.id = m.response_id SET m.moderated_version = r.submitted_version;
