-- Notes and outputs of a consultation's workshops and events, entered by staff as feedback (issue 16): a response
-- whose source is the event instead of an organisation. Exactly one of the two names the source. Several outputs of
-- one consultation have no organisation, which the unique key (consultation_id, organisation_id) allows (NULLs differ).
ALTER TABLE response MODIFY organisation_id BIGINT NULL;
ALTER TABLE response ADD COLUMN event_id BIGINT NULL,
    ADD CONSTRAINT fk_response_event FOREIGN KEY (event_id) REFERENCES consultation_event (id),
    ADD CONSTRAINT ck_response_source CHECK ((organisation_id IS NULL) <> (event_id IS NULL));
