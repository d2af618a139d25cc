package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.OrganisationType;
import java.time.Instant;
import java.util.List;

/**
 * A response as the public may read it: the organisation (which consented) and either its answers as submitted or,
 * when staff redacted personal data, only the redacted text. No people, emails or attachments.
 */
public record PublicResponse(long id, long consultationId, LocalizedText consultationTitle, String organisation,
        OrganisationType organisationType, Instant submittedAt, String redactedText, List<PublicAnswer> answers,
        boolean organisationVerified, boolean late) {

    public boolean isRedacted() {
        return redactedText != null;
    }

    /** One answer: the question and the answer's text. */
    public record PublicAnswer(int position, LocalizedText question, String text) {
    }
}
