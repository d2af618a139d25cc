package fi.cocreate.consultation.entity;

/**
 * The part of a summary a statement belongs to: what the written feedback said, or what was discussed at the
 * consultation's events. Labels are in {@code i18n.consultation} under {@code summarySection.NAME}.
 */
public enum SummarySection {
    FEEDBACK,
    EVENT_DISCUSSION
}
