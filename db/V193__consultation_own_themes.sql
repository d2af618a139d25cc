-- A consultation's own themes, defined by staff beside the seven seed themes (issue 16). Tags, rejected suggestions
-- and summary statements refer to one as OWN_<id> in their theme columns (VARCHAR(40)), the seven by their names as
-- before. The Finnish label is required and unique within the consultation (case-insensitive by the collation).
CREATE TABLE consultation_own_theme (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    label_fi        VARCHAR(80)  NOT NULL,
    label_sv        VARCHAR(80)  NULL,
    label_en        VARCHAR(80)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_edited_by  VARCHAR(254) NULL,
    last_edited_at  DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_consultation_own_theme_label UNIQUE (consultation_id, label_fi),
    CONSTRAINT fk_consultation_own_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
