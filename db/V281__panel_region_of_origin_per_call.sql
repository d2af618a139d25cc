-- Countries staff moved to another region of origin for one call (the default grouping is OriginRegions').
CREATE TABLE panel_region_override (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id      BIGINT       NOT NULL,
    country_code CHAR(2)      NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    edited_by    VARCHAR(254) NULL,
    edited_at    DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_panel_region_override UNIQUE (call_id, country_code),
    CONSTRAINT fk_panel_region_override_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
