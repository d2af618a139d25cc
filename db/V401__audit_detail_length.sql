-- An audit row keeps the whole reason staff gave (a hide reason may be up to 1000 characters), not its first 500.
ALTER TABLE audit_entry MODIFY detail VARCHAR(2000) NULL;
