-- One row per periodic job (outbox, reminders, retention...): a server runs a round only after it has moved the job's
-- next_run_at forward itself, so in a cluster each round runs once, on whichever server claims it first.
CREATE TABLE scheduled_job (
    name        VARCHAR(60)  NOT NULL PRIMARY KEY,
    next_run_at DATETIME(6)  NOT NULL,
    last_run_at DATETIME(6)  NULL,
    last_run_by VARCHAR(120) NULL,
    runs        BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
