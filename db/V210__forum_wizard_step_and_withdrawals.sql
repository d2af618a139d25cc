-- The step of the application form where the applicant last was, so that resuming a draft opens it again.
ALTER TABLE forum_application ADD COLUMN wizard_step VARCHAR(20) NULL;

-- One application per person and call, also after withdrawal and erasure: erasing an application unlinks it from
-- the account, so this row (the account and the call, nothing else) keeps a withdrawal final. Deleted with the account.
CREATE TABLE forum_call_withdrawal (
    call_id      BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    withdrawn_at DATETIME(6) NOT NULL,
    PRIMARY KEY (call_id, account_id),
    CONSTRAINT fk_forum_withdrawal_call FOREIGN KEY (call_id) REFERENCES forum_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_withdrawal_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
