-- The panel's rows belong to applications (V200), and the round keeps the length of the waiting list.
ALTER TABLE panel_round ADD COLUMN waiting_list_size INT NOT NULL DEFAULT 10;

ALTER TABLE panel_assignment ADD CONSTRAINT fk_panel_assignment_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
ALTER TABLE panel_conflict ADD CONSTRAINT fk_panel_conflict_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
ALTER TABLE panel_score_sheet ADD CONSTRAINT fk_panel_sheet_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
ALTER TABLE panel_discussion_post ADD CONSTRAINT fk_panel_post_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
ALTER TABLE panel_selection_lock ADD CONSTRAINT fk_panel_lock_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
ALTER TABLE panel_decision ADD CONSTRAINT fk_panel_decision_application
    FOREIGN KEY (application_id) REFERENCES forum_application (id) ON DELETE CASCADE;
