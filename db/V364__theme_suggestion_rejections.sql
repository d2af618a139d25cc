-- Theme suggestions staff rejected (issue 16): a rejected theme is not suggested again for that response or passage,
-- and the model learns the text as a negative example of the theme. An accepted suggestion is an ordinary theme tag.
CREATE TABLE theme_suggestion_rejection (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT       NOT NULL,
    passage_id  BIGINT       NULL,
    theme       VARCHAR(40)  NOT NULL,
    rejected_by VARCHAR(255) NOT NULL,
    rejected_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_suggestion_rejection_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggestion_rejection_passage FOREIGN KEY (passage_id) REFERENCES response_passage (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_suggestion_rejection_response ON theme_suggestion_rejection (response_id);
