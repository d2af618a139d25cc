-- The selection panel of a forum call: members, rubric, assignments, conflicts of interest, scores, discussion,
-- diversity rules, locks and the confirmed decisions. Foreign keys to forum_application follow in V251.
CREATE TABLE panel_round (
    call_id                  BIGINT      NOT NULL PRIMARY KEY,
    reviewers_per_app        INT         NOT NULL,
    normalise                BOOLEAN     NOT NULL,
    spread_threshold         DOUBLE      NOT NULL,
    range_threshold          DOUBLE      NOT NULL,
    forum_size               INT         NOT NULL,
    confirmed_at             DATETIME(6) NULL,
    confirmed_by             VARCHAR(254) NULL,
    version                  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_panel_round_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_member (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id      BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    appointed_at DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_panel_member UNIQUE (call_id, account_id),
    CONSTRAINT fk_panel_member_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_panel_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_criterion (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id  BIGINT       NOT NULL,
    sort_order INT        NOT NULL,
    weight   DOUBLE       NOT NULL,
    name_fi  VARCHAR(200) NULL,
    name_sv  VARCHAR(200) NULL,
    name_en  VARCHAR(200) NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_panel_criterion_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_criterion_level (
    criterion_id BIGINT       NOT NULL,
    scale_level  INT          NOT NULL,
    text_fi      VARCHAR(500) NULL,
    text_sv      VARCHAR(500) NULL,
    text_en      VARCHAR(500) NULL,
    PRIMARY KEY (criterion_id, scale_level),
    CONSTRAINT fk_panel_level_criterion FOREIGN KEY (criterion_id) REFERENCES panel_criterion (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_assignment (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id        BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    manual         BOOLEAN     NOT NULL,
    removed        BOOLEAN     NOT NULL,
    assigned_at    DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_panel_assignment UNIQUE (application_id, member_id),
    CONSTRAINT fk_panel_assignment_member FOREIGN KEY (member_id) REFERENCES panel_member (id) ON DELETE CASCADE,
    INDEX ix_panel_assignment_call (call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_conflict (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id        BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    reason         VARCHAR(1000) NULL,
    declared_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uq_panel_conflict UNIQUE (application_id, member_id),
    CONSTRAINT fk_panel_conflict_member FOREIGN KEY (member_id) REFERENCES panel_member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_score_sheet (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id        BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    comment_text   TEXT        NULL,
    updated_at     DATETIME(6) NOT NULL,
    submitted_at   DATETIME(6) NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_panel_score_sheet UNIQUE (application_id, member_id),
    CONSTRAINT fk_panel_sheet_member FOREIGN KEY (member_id) REFERENCES panel_member (id) ON DELETE CASCADE,
    INDEX ix_panel_sheet_call (call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_score_value (
    sheet_id     BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    score        INT    NOT NULL,
    PRIMARY KEY (sheet_id, criterion_id),
    CONSTRAINT fk_panel_value_sheet FOREIGN KEY (sheet_id) REFERENCES panel_score_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_panel_value_criterion FOREIGN KEY (criterion_id) REFERENCES panel_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_discussion_post (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id        BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    author_id      BIGINT      NOT NULL,
    body           TEXT        NOT NULL,
    posted_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_panel_post_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_panel_post_application (application_id, posted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_selection_rule (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id     BIGINT       NOT NULL,
    dimension   VARCHAR(30)  NOT NULL,
    value_code  VARCHAR(60)  NOT NULL,
    minimum     INT          NOT NULL,
    maximum     INT          NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_panel_selection_rule UNIQUE (call_id, dimension, value_code),
    CONSTRAINT fk_panel_rule_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_selection_lock (
    id             BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id        BIGINT  NOT NULL,
    application_id BIGINT  NOT NULL,
    locked_in      BOOLEAN NOT NULL,
    CONSTRAINT uq_panel_selection_lock UNIQUE (application_id),
    CONSTRAINT fk_panel_lock_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_decision (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id          BIGINT      NOT NULL,
    application_id   BIGINT      NOT NULL,
    outcome          VARCHAR(20) NOT NULL,
    score_rank       INT         NOT NULL,
    waiting_position INT         NULL,
    reason           VARCHAR(30) NOT NULL,
    decided_at       DATETIME(6) NOT NULL,
    CONSTRAINT uq_panel_decision UNIQUE (application_id),
    CONSTRAINT fk_panel_decision_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
