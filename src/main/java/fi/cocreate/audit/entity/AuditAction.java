package fi.cocreate.audit.entity;

/** What was done or seen, and the kind of record it concerns. Labels: {@code audit.action.NAME} in {@code i18n/text}. */
public enum AuditAction {
    RESPONSE_ACCEPTED(RecordKind.RESPONSE),
    RESPONSE_RECEIVED(RecordKind.RESPONSE),
    RESPONSE_HIDDEN(RecordKind.RESPONSE),
    RESPONSE_REDACTED(RecordKind.RESPONSE),
    ORGANISATION_VERIFIED(RecordKind.ORGANISATION),
    ORGANISATION_VERIFICATION_WITHDRAWN(RecordKind.ORGANISATION),
    ROLE_GRANTED(RecordKind.ACCOUNT),
    ROLE_REVOKED(RecordKind.ACCOUNT),
    CONSULTATION_PUBLISHED(RecordKind.CONSULTATION),
    CONSULTATION_UNPUBLISHED(RecordKind.CONSULTATION),
    SUMMARY_PUBLISHED(RecordKind.CONSULTATION),
    RESPONSES_EXPORTED(RecordKind.CONSULTATION),
    CAMPAIGN_CONFIRMED(RecordKind.CONSULTATION),
    CAMPAIGN_DISSOLVED(RecordKind.CONSULTATION),
    EXTENSION_GRANTED(RecordKind.CONSULTATION),
    EXTENSION_WITHDRAWN(RecordKind.CONSULTATION),
    RESPONSE_ENTERED(RecordKind.RESPONSE),
    REDACTION_WITHDRAWN(RecordKind.RESPONSE),
    PROPOSAL_MARKED(RecordKind.RESPONSE),
    PROPOSAL_ANSWERED(RecordKind.RESPONSE),
    PROPOSAL_REMOVED(RecordKind.RESPONSE),
    PANEL_RESULTS_VIEWED(RecordKind.CALL),
    SELECTION_RUN(RecordKind.CALL),
    SELECTION_CONFIRMED(RecordKind.CALL),
    PANELLIST_LIST_VIEWED(RecordKind.CALL),
    PANEL_BLIND_REVIEW_SET(RecordKind.CALL),
    PANEL_APPLICANTS_REVEALED(RecordKind.CALL),
    PANELLISTS_REMINDED(RecordKind.CALL),
    PERSONAL_DATA_EXPORTED(RecordKind.ACCOUNT),
    ACCOUNT_ERASED(RecordKind.ACCOUNT),
    APPROVER_GRANTED(RecordKind.ACCOUNT),
    APPROVER_REVOKED(RecordKind.ACCOUNT),
    APPLICATION_VIEWED(RecordKind.APPLICATION),
    APPLICATION_CV_VIEWED(RecordKind.APPLICATION),
    APPLICATIONS_LISTED(RecordKind.CALL);

    /** The kind of record an audit entry points at. Labels: {@code audit.record.NAME}. */
    public enum RecordKind {
        RESPONSE,
        ORGANISATION,
        ACCOUNT,
        CONSULTATION,
        CALL,
        APPLICATION
    }

    private final RecordKind record;

    AuditAction(RecordKind record) {
        this.record = record;
    }

    public RecordKind record() {
        return record;
    }
}
