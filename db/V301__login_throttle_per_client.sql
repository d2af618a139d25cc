-- The login throttle now also counts failed logins per client (remote address), across accounts, against password
-- spraying. Both kinds share the table: the key is a hash of the normalised email address or of the client address.
ALTER TABLE login_throttle CHANGE email_key throttle_key CHAR(64) NOT NULL;
ALTER TABLE login_throttle ADD COLUMN scope VARCHAR(16) NOT NULL DEFAULT 'ACCOUNT';
