package fi.cocreate.consultation.entity;

/** Where a registration to an event stands. */
public enum RegistrationStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list, in the order of the queue number. */
    WAITING,
    /** Cancelled by the person; kept so they may register again. */
    CANCELLED
}
