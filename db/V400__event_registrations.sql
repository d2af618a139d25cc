-- Events of a consultation: description, capacity, target groups, notes written afterwards, and registrations with
-- a waiting list.
ALTER TABLE consultation_event
    ADD COLUMN description_fi TEXT NULL,
    ADD COLUMN description_sv TEXT NULL,
    ADD COLUMN description_en TEXT NULL,
    ADD COLUMN notes_fi       TEXT NULL,
    ADD COLUMN notes_sv       TEXT NULL,
    ADD COLUMN notes_en       TEXT NULL,
    ADD COLUMN capacity       INT  NULL;

CREATE TABLE consultation_event_target_group (
    event_id     BIGINT      NOT NULL,
    target_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (event_id, target_group),
    CONSTRAINT fk_event_target_group_event FOREIGN KEY (event_id) REFERENCES consultation_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_registration (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    organisation  VARCHAR(300) NULL,
    language      CHAR(2)      NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    queue_number  INT          NOT NULL,
    registered_at DATETIME(6)  NOT NULL,
    cancelled_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_event_registration_account UNIQUE (event_id, account_id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES consultation_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_registration_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
