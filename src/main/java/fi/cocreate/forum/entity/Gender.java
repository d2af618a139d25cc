package fi.cocreate.forum.entity;

/** Gender as the applicant states it; "prefer not to say" is a full answer, not a missing one. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    PREFER_NOT_TO_SAY
}
