package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.OrganisationType;
import java.time.Instant;
import java.util.List;

/**
 * A response as the public may read it: the organisation (which consented) and its answers as submitted, with what
 * staff removed marked (see {@link RedactedText}), or, when staff replaced the whole response with one text, only
 * that text ({@code redactedText}). No people, emails or attachments. {@code event}: the event whose output this is
 * (entered by staff; no organisation then, its name and type are null), null for an organisation's response.
 */
public record PublicResponse(
        long id,
        long consultationId,
        LocalizedText consultationTitle,
        String organisation,
        OrganisationType organisationType,
        Instant submittedAt,
        String redactedText,
        List<PublicAnswer> answers,
        boolean organisationVerified,
        boolean late,
        LocalizedText event) {

    public PublicResponse(
            long id,
            long consultationId,
            LocalizedText consultationTitle,
            String organisation,
            OrganisationType organisationType,
            Instant submittedAt,
            String redactedText,
            List<PublicAnswer> answers,
            boolean organisationVerified,
            boolean late) {
        this(
                id,
                consultationId,
                consultationTitle,
                organisation,
                organisationType,
                submittedAt,
                redactedText,
                answers,
                organisationVerified,
                late,
                null);
    }

    /** The output of a workshop or event, entered by staff, rather than an organisation's statement. */
    public boolean isEventOutput() {
        return event != null;
    }

    /** Who the feedback is from: the organisation, or the event's title in the reader's language. */
    public String source(java.util.Locale locale) {
        return event == null ? organisation : event.in(locale);
    }

    public boolean isRedacted() {
        return redactedText != null;
    }

    /** Whether staff removed something from any answer. */
    public boolean isPartlyRedacted() {
        return answers.stream().anyMatch(a -> a.text().isRedacted());
    }

    /** One answer: the question and the answer's text as the public may read it. */
    public record PublicAnswer(int position, LocalizedText question, RedactedText text) {}
}
