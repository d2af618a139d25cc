package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.PublicResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public response: accepted for publication, consented to by the organisation, not hidden. */
@Schema(name = "Response")
public record ResponseJson(
        long id,
        long consultationId,
        String organisation,
        String organisationType,
        Instant submittedAt,

        @Schema(description = "Set when staff replaced the whole response with one text; then it replaces the answers")
        String redactedText,

        List<AnswerJson> answers,

        @Schema(description = "False while the ministry has not verified the organisation")
        boolean organisationVerified,

        @Schema(description = "Submitted after the deadline under an extension the ministry granted")
        boolean late,

        @Schema(
                description =
                        "Set when this is the output (notes) of one of the consultation's workshops or events,"
                                + " entered by the ministry: the event's title; then organisation and organisationType are null")
        LocalizedText event) {

    @Schema(name = "Answer")
    public record AnswerJson(
            int question,
            LocalizedText questionText,

            @Schema(
                    description = "The answer as the public may read it: where staff removed a passage, the mark"
                            + " [removed] in the requested language stands instead")
            String text,

            @Schema(description = "True when staff removed something from the answer or replaced it")
            boolean redacted) {}

    public static ResponseJson of(PublicResponse r, String removedMark) {
        return new ResponseJson(
                r.id(),
                r.consultationId(),
                r.organisation(),
                r.organisationType() == null ? null : r.organisationType().name(),
                r.submittedAt(),
                r.redactedText(),
                r.answers().stream()
                        .map(a -> new AnswerJson(
                                a.position(),
                                a.question(),
                                a.text().render(removedMark),
                                a.text().isRedacted()))
                        .toList(),
                r.organisationVerified(),
                r.late(),
                r.event());
    }
}
