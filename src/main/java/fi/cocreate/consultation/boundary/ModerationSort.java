package fi.cocreate.consultation.boundary;

/** The columns staff may sort the moderation list by; the database sorts, the response id breaks ties. */
public enum ModerationSort {
    SUBMITTED("r.submittedAt"),
    ORGANISATION("o.name"),
    ORGANISATION_TYPE("o.type"),
    REFERENCE("r.referenceNumber"),
    STATE("m.state"),
    CONSENT("r.publicationConsent");

    private final String path;

    ModerationSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
