-- Failed logins per email address (known or not, keyed by a hash of the address), so repeated guessing is slowed
-- down the same way on every server of a cluster and the lock never reveals whether an account exists.
CREATE TABLE login_throttle (
    email_key       CHAR(64)    NOT NULL PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
