-- The first shape of consultations, their events and forum calls; later migrations extend them.
CREATE TABLE consultation (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_fi     VARCHAR(300) NULL,
    process_sv     VARCHAR(300) NULL,
    process_en     VARCHAR(300) NULL,
    title_fi       VARCHAR(300) NULL,
    title_sv       VARCHAR(300) NULL,
    title_en       VARCHAR(300) NULL,
    description_fi TEXT         NULL,
    description_sv TEXT         NULL,
    description_en TEXT         NULL,
    opens_at       DATETIME(6)  NOT NULL,
    deadline       DATETIME(6)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    event_type      VARCHAR(30)  NOT NULL,
    title_fi        VARCHAR(300) NULL,
    title_sv        VARCHAR(300) NULL,
    title_en        VARCHAR(300) NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    place           VARCHAR(300) NULL,
    remote_link     VARCHAR(500) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_event_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_call (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_fi       VARCHAR(300) NULL,
    title_sv       VARCHAR(300) NULL,
    title_en       VARCHAR(300) NULL,
    description_fi TEXT         NULL,
    description_sv TEXT         NULL,
    description_en TEXT         NULL,
    opens_at       DATETIME(6)  NOT NULL,
    closes_at      DATETIME(6)  NOT NULL,
    forum_size     INT          NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
