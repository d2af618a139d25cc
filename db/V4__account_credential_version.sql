-- A per-account credential version: every login session remembers the version it was opened with, and a password
-- change or reset bumps it, which ends every other session of that account on every server at its next request.
ALTER TABLE account ADD COLUMN credential_version INT NOT NULL DEFAULT 0;
