-- Forum calls gain a meeting plan and the areas of expertise they seek; applications, their expertise, languages,
-- CVs and the audit of who viewed an application.
ALTER TABLE forum_call
    ADD COLUMN meeting_plan_fi   VARCHAR(500) NULL,
    ADD COLUMN meeting_plan_sv   VARCHAR(500) NULL,
    ADD COLUMN meeting_plan_en   VARCHAR(500) NULL,
    ADD COLUMN meetings_per_year INT          NULL;

CREATE TABLE forum_call_area (
    call_id BIGINT      NOT NULL,
    area    VARCHAR(40) NOT NULL,
    PRIMARY KEY (call_id, area),
    CONSTRAINT fk_forum_call_area_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_application (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id              BIGINT       NOT NULL,
    applicant_id         BIGINT       NULL,
    status               VARCHAR(20)  NOT NULL,
    language             CHAR(2)      NOT NULL,
    full_name            VARCHAR(200) NULL,
    email                VARCHAR(254) NULL,
    year_of_birth        INT          NULL,
    gender               VARCHAR(20)  NULL,
    country_of_birth     CHAR(2)      NULL,
    country_of_origin    CHAR(2)      NULL,
    new_home_country     CHAR(2)      NULL,
    year_of_arrival      INT          NULL,
    capacity             VARCHAR(20)  NULL,
    organisation         VARCHAR(300) NULL,
    motivation           TEXT         NULL,
    consent_given_at     DATETIME(6)  NULL,
    cv_file_name         VARCHAR(255) NULL,
    cv_size              INT          NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    submitted_at         DATETIME(6)  NULL,
    withdrawn_at         DATETIME(6)  NULL,
    decided_at           DATETIME(6)  NULL,
    erasure_requested_at DATETIME(6)  NULL,
    erased_at            DATETIME(6)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_forum_application_applicant UNIQUE (call_id, applicant_id),
    CONSTRAINT fk_forum_application_call FOREIGN KEY (call_id) REFERENCES forum_call (id),
    CONSTRAINT fk_forum_application_applicant FOREIGN KEY (applicant_id) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_forum_application_status (call_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_application_expertise (
    application_id BIGINT        NOT NULL,
    area           VARCHAR(40)   NOT NULL,
    description    VARCHAR(1000) NULL,
    PRIMARY KEY (application_id, area),
    CONSTRAINT fk_forum_expertise_application FOREIGN KEY (application_id) REFERENCES forum_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_application_language (
    application_id BIGINT      NOT NULL,
    language_code  VARCHAR(8)  NOT NULL,
    PRIMARY KEY (application_id, language_code),
    CONSTRAINT fk_forum_language_application FOREIGN KEY (application_id) REFERENCES forum_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_application_cv (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_forum_application_cv UNIQUE (application_id),
    CONSTRAINT fk_forum_cv_application FOREIGN KEY (application_id) REFERENCES forum_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every view of an application by staff or panel: who and when. Kept after the application's personal data is erased.
CREATE TABLE forum_application_view (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    viewer_id      BIGINT       NULL,
    viewer_email   VARCHAR(254) NOT NULL,
    purpose        VARCHAR(20)  NOT NULL,
    viewed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_forum_view_application FOREIGN KEY (application_id) REFERENCES forum_application (id)
        ON DELETE CASCADE,
    INDEX ix_forum_view_application (application_id, viewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
