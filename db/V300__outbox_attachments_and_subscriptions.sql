-- Attachments of outbox mails (for example an event's .ics file), and subscriptions to news of consultations and
-- events by target group and theme, with double opt-in.
CREATE TABLE outbox_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_id      BIGINT       NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT fk_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    language     CHAR(2)      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    confirmed_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_subscription_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription_target_group (
    subscription_id BIGINT      NOT NULL,
    target_group    VARCHAR(40) NOT NULL,
    PRIMARY KEY (subscription_id, target_group),
    CONSTRAINT fk_subscription_target_group FOREIGN KEY (subscription_id) REFERENCES subscription (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription_theme (
    subscription_id BIGINT      NOT NULL,
    theme           VARCHAR(40) NOT NULL,
    PRIMARY KEY (subscription_id, theme),
    CONSTRAINT fk_subscription_theme FOREIGN KEY (subscription_id) REFERENCES subscription (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs the links in subscription mails (confirm, manage, unsubscribe); made once, here, at random.
CREATE TABLE subscription_link_key (
    id        INT          NOT NULL PRIMARY KEY,
    key_bytes VARBINARY(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO subscription_link_key (id, key_bytes) VALUES (1, RANDOM_BYTES(32));
