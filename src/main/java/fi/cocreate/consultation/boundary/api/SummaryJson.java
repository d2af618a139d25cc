package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.PublicCitation;
import fi.cocreate.consultation.boundary.PublishedSummary;
import fi.cocreate.consultation.entity.ConsultationSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published summary: statements with their citations of public responses only. */
@Schema(name = "Summary")
public record SummaryJson(long consultationId, LocalizedText consultationTitle, Instant publishedAt,
        @Schema(description = "Path of the PDF, relative to the API root") String pdf,
        List<Statement> statements) {

    @Schema(name = "SummaryStatement")
    public record Statement(int position,
            @Schema(enumeration = {"FEEDBACK", "EVENT_DISCUSSION"}) String section,
            @Schema(description = "Theme code, or null") String theme,
            LocalizedText text,
            @Schema(description = "True when the statement is the ministry's own conclusion, resting on no"
                    + " particular response") boolean ownConclusion,
            List<Citation> citations) {
    }

    @Schema(name = "Citation", description = "A public response the statement rests on, or a passage of it")
    public record Citation(long responseId, String organisation, String organisationType,
            @Schema(description = "The quoted passage, or null when the whole response is cited") String quote,
            @Schema(description = "When the response is one of a campaign of near-identical responses: the number of"
                    + " its senders (the campaign is cited once); otherwise null") Long campaignSenders,
            @Schema(description = "False while the ministry has not verified the organisation")
            boolean organisationVerified) {

        static Citation of(PublicCitation c) {
            return new Citation(c.responseId(), c.organisation(), c.organisationType().name(), c.quote(),
                    c.isCampaign() ? c.senders() : null, c.organisationVerified());
        }
    }

    public static SummaryJson of(PublishedSummary published) {
        ConsultationSummary s = published.summary();
        long id = s.getConsultation().getId();
        return new SummaryJson(id, s.getConsultation().getTitle(), s.getPublishedAt(), "summaries/" + id + "/pdf",
                s.getStatements().stream().map(st -> new Statement(st.getPosition(), st.getSection().name(),
                        st.getTheme() == null ? null : st.getTheme().name(), st.getText(), st.isOwnConclusion(),
                        published.citationsOf(st).stream().map(Citation::of).toList())).toList());
    }
}
