package fi.cocreate.consultation.entity;

/** Where a step of a report process stands; labels are in {@code i18n.consultation} under {@code milestoneStatus.NAME}. */
public enum MilestoneStatus {
    PLANNED,
    ONGOING,
    DONE
}
