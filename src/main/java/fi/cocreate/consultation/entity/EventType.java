package fi.cocreate.consultation.entity;

/** The kinds of consultation event the ministry holds. */
public enum EventType {
    WORKSHOP,
    CONSULTATION_EVENT,
    RESEARCHERS_EVENT
}
