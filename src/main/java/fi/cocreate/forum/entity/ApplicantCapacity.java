package fi.cocreate.forum.entity;

/** Whether the applicant represents an organisation or applies as an individual expert. */
public enum ApplicantCapacity {
    ORGANISATION,
    INDIVIDUAL
}
