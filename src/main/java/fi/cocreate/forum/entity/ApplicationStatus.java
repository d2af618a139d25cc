package fi.cocreate.forum.entity;

/**
 * Where an application stands. A draft becomes SUBMITTED inside the call's window; after the window closes the panel
 * reviews it (UNDER_REVIEW) and decides: SELECTED, WAITING_LIST or NOT_SELECTED. The applicant may withdraw before a
 * decision.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    UNDER_REVIEW,
    SELECTED,
    WAITING_LIST,
    NOT_SELECTED;

    /** The outcomes the panel can give. */
    public boolean isDecision() {
        return this == SELECTED || this == WAITING_LIST || this == NOT_SELECTED;
    }

    /** Submitted and neither withdrawn nor decided: the panel may still score it. */
    public boolean isInSelection() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
