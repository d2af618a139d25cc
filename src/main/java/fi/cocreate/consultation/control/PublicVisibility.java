package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.ModerationState;

/**
 * The one rule deciding whether a response may be shown to the public (summary page, public response page, API):
 * it was submitted, staff accepted it for publication (as it is or redacted), it is not hidden, and the organisation
 * consented to publication under its name.
 */
public final class PublicVisibility {

    private PublicVisibility() {
    }

    public static boolean isPublic(boolean submitted, ModerationState state, boolean organisationConsented) {
        return submitted && organisationConsented && (state == ModerationState.ACCEPTED
                || state == ModerationState.REDACTED);
    }
}
