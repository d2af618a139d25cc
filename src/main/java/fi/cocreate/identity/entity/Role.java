package fi.cocreate.identity.entity;

/** What a person may do in the app; each area of the app is protected by one or more roles. */
public enum Role {
    /** Runs the installation: accounts, roles. */
    ADMIN,
    /** Ministry staff: creates consultations, moderates feedback, runs forum calls. */
    STAFF,
    /** Represents an organisation and writes its responses. */
    ORG_REP,
    /** Applies to an expert forum. */
    APPLICANT,
    /** Scores forum applications on a selection panel. */
    PANELIST;

    /** Roles a person may pick for themselves when registering; the others are granted by an administrator. */
    public boolean isSelfService() {
        return this == ORG_REP || this == APPLICANT;
    }
}
