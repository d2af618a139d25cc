-- Report processes with their public progress timeline, and consultation summaries (statements by section and theme).
CREATE TABLE report_process (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name_fi    VARCHAR(300) NULL,
    name_sv    VARCHAR(300) NULL,
    name_en    VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which consultations belong to which process; a consultation belongs to at most one process.
CREATE TABLE report_process_consultation (
    process_id      BIGINT NOT NULL,
    consultation_id BIGINT NOT NULL,
    PRIMARY KEY (process_id, consultation_id),
    CONSTRAINT uq_process_consultation UNIQUE (consultation_id),
    CONSTRAINT fk_rpc_process FOREIGN KEY (process_id) REFERENCES report_process (id) ON DELETE CASCADE,
    CONSTRAINT fk_rpc_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_milestone (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id     BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    title_fi       VARCHAR(300) NULL,
    title_sv       VARCHAR(300) NULL,
    title_en       VARCHAR(300) NULL,
    milestone_date DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_milestone_process FOREIGN KEY (process_id) REFERENCES report_process (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_summary (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    published_at    DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_summary_consultation UNIQUE (consultation_id),
    CONSTRAINT fk_summary_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE summary_statement (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    summary_id BIGINT      NOT NULL,
    section    VARCHAR(30) NOT NULL,
    theme      VARCHAR(40) NULL,
    position   INT         NOT NULL,
    text_fi    TEXT        NULL,
    text_sv    TEXT        NULL,
    text_en    TEXT        NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_statement_summary FOREIGN KEY (summary_id) REFERENCES consultation_summary (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
