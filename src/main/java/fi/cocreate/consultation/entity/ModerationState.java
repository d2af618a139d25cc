package fi.cocreate.consultation.entity;

/**
 * Where a submitted response stands in moderation. Labels are in {@code i18n.consultation} under
 * {@code moderationState.NAME}.
 */
public enum ModerationState {
    /** Submitted, not moderated yet: never public. */
    RECEIVED,
    /** Accepted for publication: public if the organisation consented. */
    ACCEPTED,
    /** Hidden with a reason: never public. */
    HIDDEN,
    /** Accepted with personal data removed: the public sees the redacted text, staff still see the original. */
    REDACTED
}
