-- Late responses (issue 16): staff may give one organisation more time, with a reason; what it submits at or after
-- the consultation's deadline is marked late.
CREATE TABLE deadline_extension (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    until_at        DATETIME(6)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    granted_by      VARCHAR(255)  NOT NULL,
    granted_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_deadline_extension UNIQUE (consultation_id, organisation_id),
    CONSTRAINT fk_extension_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_extension_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE response ADD COLUMN late_submission BOOLEAN NOT NULL DEFAULT FALSE;
