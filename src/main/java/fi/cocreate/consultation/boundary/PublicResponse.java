package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.OrganisationType;
import java.time.Instant;
import java.util.List;

/**
 * A response as the public may read it: the organisation (which consented) and its answers as submitted, with what
 * staff removed marked (see {@link RedactedText}), or, when staff replaced the whole response with one text, only
 * that text ({@code redactedText}). No people, emails or attachments.
 */
public record PublicResponse(long id, long consultationId, LocalizedText consultationTitle, String organisation,
        OrganisationType organisationType, Instant submittedAt, String redactedText, List<PublicAnswer> answers,
        boolean organisationVerified, boolean late) {

    public boolean isRedacted() {
        return redactedText != null;
    }

    /** Whether staff removed something from any answer. */
    public boolean isPartlyRedacted() {
        return answers.stream().anyMatch(a -> a.text().isRedacted());
    }

    /** One answer: the question and the answer's text as the public may read it. */
    public record PublicAnswer(int position, LocalizedText question, RedactedText text) {
    }
}
