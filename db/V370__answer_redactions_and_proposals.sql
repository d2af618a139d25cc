-- Redaction per answer and passage, and the ministry's answers to proposals (issue 16).

-- What staff removed from the public text of a moderated response. A row with a question and no passage replaces
-- that answer (replacement NULL: the whole answer shows as removed); a row with a passage removes that span of the
-- answer wherever it occurs; a row without a question replaces the whole response with one text (the redaction of
-- before this migration, carried over below).
CREATE TABLE answer_redaction (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    moderation_id BIGINT        NOT NULL,
    question_id   BIGINT        NULL,
    passage       TEXT          NULL,
    replacement   TEXT          NULL,
    reason        VARCHAR(1000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_redaction_moderation FOREIGN KEY (moderation_id) REFERENCES response_moderation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_redaction_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO answer_redaction (moderation_id, question_id, passage, replacement, reason, created_at, created_by)
SELECT id, NULL, NULL, redacted_text, NULL, moderated_at, moderated_by FROM response_moderation
WHERE redacted_text IS NOT NULL;

ALTER TABLE response_moderation DROP COLUMN redacted_text;

-- A proposal staff marked in an answer, and the ministry's reaction to it with the reason.
CREATE TABLE response_proposal (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT        NOT NULL,
    question_id BIGINT        NOT NULL,
    text        TEXT          NOT NULL,
    reaction    VARCHAR(20)   NULL,
    reason      TEXT          NULL,
    answered_at DATETIME(6)   NULL,
    answered_by VARCHAR(254)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_proposal_response ON response_proposal (response_id);
