-- Organisations and their representatives, questions of a consultation, written responses with versions, answers
-- and attachments, invitations of colleagues, and the record of deadline reminders sent.
CREATE TABLE consultation_theme (
    consultation_id BIGINT      NOT NULL,
    theme           VARCHAR(40) NOT NULL,
    PRIMARY KEY (consultation_id, theme),
    CONSTRAINT fk_consultation_theme FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_target_group (
    consultation_id BIGINT      NOT NULL,
    target_group    VARCHAR(40) NOT NULL,
    PRIMARY KEY (consultation_id, target_group),
    CONSTRAINT fk_consultation_target_group FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    business_id     VARCHAR(9)   NULL,
    register_number VARCHAR(20)  NULL,
    org_type        VARCHAR(40)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    verified_at     DATETIME(6)  NULL,
    verified_by     BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_business_id UNIQUE (business_id),
    CONSTRAINT uq_organisation_register_number UNIQUE (register_number),
    CONSTRAINT fk_organisation_verified_by FOREIGN KEY (verified_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A representative acts for one organisation only (the unique account_id).
CREATE TABLE organisation_representative (
    organisation_id BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, account_id),
    CONSTRAINT uq_representative_account UNIQUE (account_id),
    CONSTRAINT fk_representative_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_representative_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation_invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6)  NULL,
    accepted_by     BIGINT       NULL,
    CONSTRAINT uq_invitation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_invitation_accepted_by FOREIGN KEY (accepted_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    position        INT         NOT NULL,
    question_type   VARCHAR(20) NOT NULL,
    text_fi         TEXT        NULL,
    text_sv         TEXT        NULL,
    text_en         TEXT        NULL,
    max_length      INT         NOT NULL,
    scale_min       INT         NULL,
    scale_max       INT         NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_option (
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label_fi    VARCHAR(300) NULL,
    label_sv    VARCHAR(300) NULL,
    label_en    VARCHAR(300) NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_option_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One current response per organisation per consultation.
CREATE TABLE response (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id     BIGINT      NOT NULL,
    organisation_id     BIGINT      NOT NULL,
    state               VARCHAR(20) NOT NULL,
    reference_number    VARCHAR(30) NULL,
    publication_consent BOOLEAN     NOT NULL DEFAULT FALSE,
    current_version     INT         NOT NULL,
    submitted_version   INT         NULL,
    author_id           BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    submitted_at        DATETIME(6) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_response_org_consultation UNIQUE (consultation_id, organisation_id),
    CONSTRAINT uq_response_reference UNIQUE (reference_number),
    CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_response_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_version (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id         BIGINT      NOT NULL,
    number              INT         NOT NULL,
    author_id           BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    submitted_at        DATETIME(6) NULL,
    publication_consent BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_response_version UNIQUE (response_id, number),
    CONSTRAINT fk_version_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_version_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer (
    id          BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT   NOT NULL,
    question_id BIGINT   NOT NULL,
    text        LONGTEXT NULL,
    scale_value INT      NULL,
    CONSTRAINT uq_answer_question UNIQUE (version_id, question_id),
    CONSTRAINT fk_answer_version FOREIGN KEY (version_id) REFERENCES response_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer_option (
    answer_id    BIGINT NOT NULL,
    option_index INT    NOT NULL,
    PRIMARY KEY (answer_id, option_index),
    CONSTRAINT fk_answer_option_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments are stored in the database, checked by content before they get here.
CREATE TABLE attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per consultation, organisation and reminder point: the unique key makes each reminder happen once,
-- whatever the number of servers or restarts. mailed is false for a point passed while no server was running.
CREATE TABLE deadline_reminder (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    days_before     INT         NOT NULL,
    mailed          BOOLEAN     NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_deadline_reminder UNIQUE (consultation_id, organisation_id, days_before),
    CONSTRAINT fk_reminder_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
