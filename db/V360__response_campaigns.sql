-- Campaigns: near-identical responses that staff confirmed as one campaign (issue 16). The app suggests the groups
-- (consultation.control.NearDuplicates); only a confirmed group is stored, with who confirmed it and when.
CREATE TABLE response_campaign (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    confirmed_by    VARCHAR(255) NOT NULL,
    confirmed_at    DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_response_campaign_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A response belongs to at most one campaign; its similarity is to the campaign's first response.
CREATE TABLE response_campaign_member (
    response_id BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    similarity  DOUBLE NOT NULL,
    CONSTRAINT fk_campaign_member_campaign FOREIGN KEY (campaign_id) REFERENCES response_campaign (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_campaign_member_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_campaign_member_campaign ON response_campaign_member (campaign_id);
