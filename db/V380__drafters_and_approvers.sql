-- Drafters and an approver (issue 16): several representatives of one organisation draft one response; only an
-- approver submits it. Answers carry a revision so that a save from an older page never overwrites a colleague's
-- answer; the text that lost such a race is kept in answer_conflict.

CREATE TABLE organisation_approver (
    organisation_id BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, account_id),
    CONSTRAINT fk_approver_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_approver_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing organisations: the representatives who registered it (everyone who did not join through an invitation)
-- become its approvers; those who joined by invitation are drafters.
INSERT INTO organisation_approver (organisation_id, account_id)
SELECT r.organisation_id, r.account_id FROM organisation_representative r
WHERE NOT EXISTS (SELECT 1 FROM organisation_invitation i
                  WHERE i.organisation_id = r.organisation_id AND i.accepted_by = r.account_id);

-- An organisation left without one (every representative joined by invitation, e.g. the registrant's account was
-- erased): all its representatives become approvers, so nobody loses the right to submit they had before.
INSERT INTO organisation_approver (organisation_id, account_id)
SELECT r.organisation_id, r.account_id FROM organisation_representative r
WHERE NOT EXISTS (SELECT 1 FROM organisation_approver a WHERE a.organisation_id = r.organisation_id);

ALTER TABLE answer
    ADD COLUMN revision  INT         NOT NULL DEFAULT 1,
    ADD COLUMN edited_by BIGINT      NULL,
    ADD COLUMN edited_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_answer_edited_by FOREIGN KEY (edited_by) REFERENCES account (id) ON DELETE SET NULL;

-- Who last changed each existing answer: the author of its version, as of the version's last save.
UPDATE answer a JOIN response_version v ON v.id = a.version_id SET a.edited_by = v.author_id, a.edited_at = v.updated_at;

-- Who approved (submitted) a version. Existing submitted versions sent through the form were submitted by their
-- author, so the author is recorded as the approver; versions staff entered from an email or a letter have none.
ALTER TABLE response_version
    ADD COLUMN approved_by BIGINT NULL,
    ADD CONSTRAINT fk_version_approved_by FOREIGN KEY (approved_by) REFERENCES account (id) ON DELETE SET NULL;

UPDATE response_version v JOIN response r ON r.id = v.response_id SET v.approved_by = v.author_id
WHERE v.submitted_at IS NOT NULL AND r.channel = 'WEB';

-- The answer a representative saved from an older page after a colleague had changed the same answer: kept beside
-- the colleague's, never written over it, until its author saves that answer again.
CREATE TABLE answer_conflict (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id      BIGINT       NOT NULL,
    question_id      BIGINT       NOT NULL,
    author_id        BIGINT       NOT NULL,
    text             LONGTEXT     NULL,
    selected_options VARCHAR(200) NULL,
    scale_value      INT          NULL,
    their_revision   INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    resolved_at      DATETIME(6)  NULL,
    CONSTRAINT fk_conflict_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_conflict_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT fk_conflict_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_conflict_open (response_id, author_id, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
