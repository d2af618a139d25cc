-- Moderation of submitted responses, theme tags on responses and quoted passages, and the citations of summary
-- statements. A response without a moderation row is simply "received".
CREATE TABLE response_moderation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id   BIGINT        NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    hidden_reason VARCHAR(1000) NULL,
    redacted_text TEXT          NULL,
    moderated_at  DATETIME(6)   NOT NULL,
    moderated_by  VARCHAR(254)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_moderation_response UNIQUE (response_id),
    CONSTRAINT fk_moderation_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_passage (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    quote       TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_passage_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_passage_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_theme_tag (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT      NOT NULL,
    passage_id  BIGINT      NULL,
    theme       VARCHAR(40) NOT NULL,
    CONSTRAINT fk_tag_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_tag_passage FOREIGN KEY (passage_id) REFERENCES response_passage (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE summary_citation (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id BIGINT NOT NULL,
    response_id  BIGINT NOT NULL,
    passage_id   BIGINT NULL,
    CONSTRAINT fk_citation_statement FOREIGN KEY (statement_id) REFERENCES summary_statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_citation_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_citation_passage FOREIGN KEY (passage_id) REFERENCES response_passage (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
