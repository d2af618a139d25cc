-- The audit log of staff, panel and administrator actions: who (account id and address as they were), what, when, and
-- which record. Rows are only ever added; they are also the history of moderated_by and verified_by, which the
-- records themselves overwrite.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor_email VARCHAR(254) NULL,
    action      VARCHAR(40)  NOT NULL,
    record_kind VARCHAR(20)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    detail      VARCHAR(500) NULL,
    INDEX idx_audit_at (at),
    INDEX idx_audit_record (record_kind, record_id, at),
    INDEX idx_audit_actor (actor_email, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
