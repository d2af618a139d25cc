-- Blind review per call (panellists see no identity or diversity attributes until staff reveal them), and when each
-- panellist was last reminded of the applications they have not scored (so that a second click sends nothing).
ALTER TABLE panel_round
    ADD COLUMN blind        BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN revealed_at  DATETIME(6)  NULL,
    ADD COLUMN revealed_by  VARCHAR(254) NULL;

ALTER TABLE panel_member
    ADD COLUMN reminded_at  DATETIME(6)  NULL;
