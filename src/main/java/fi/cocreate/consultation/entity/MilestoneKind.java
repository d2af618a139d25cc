package fi.cocreate.consultation.entity;

/** What a step of a report process is; labels are in {@code i18n.consultation} under {@code milestoneKind.NAME}. */
public enum MilestoneKind {
    WORKSHOP,
    CONSULTATION,
    EVENT,
    SUMMARY,
    SUBMISSION_TO_PARLIAMENT,
    OTHER
}
