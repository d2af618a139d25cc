package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.ModerationState;

/**
 * The one rule deciding whether a response may be shown to the public (summary page, public response page, API):
 * it was submitted, staff accepted it for publication (as it is or redacted), it is not hidden, the organisation
 * consented to publication under its name, and the staff decision was made on the version now submitted (a newer
 * version submitted after moderation waits for staff to look again).
 */
public final class PublicVisibility {

    private PublicVisibility() {}

    public static boolean isPublic(
            boolean submitted,
            ModerationState state,
            boolean organisationConsented,
            boolean decisionCoversSubmittedVersion) {
        return submitted
                && organisationConsented
                && decisionCoversSubmittedVersion
                && (state == ModerationState.ACCEPTED || state == ModerationState.REDACTED);
    }
}
