-- Verifiable receipt (issue 16): the SHA-256 digest of each submitted version's canonical content
-- (consultation.control.ResponseDigest). Versions submitted before this migration have none.
ALTER TABLE response_version ADD COLUMN digest CHAR(64) NULL;
CREATE INDEX ix_response_version_digest ON response_version (digest);
