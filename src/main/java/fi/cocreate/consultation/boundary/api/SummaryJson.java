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
public record SummaryJson(
        long consultationId,
        LocalizedText consultationTitle,
        Instant publishedAt,

        @Schema(description = "Path of the PDF, relative to the API root")
        String pdf,

        List<Statement> statements,

        @Schema(description = "The ministry's answers to the proposals of public responses, grouped by reaction")
        List<ReactionGroup> proposals) {

    @Schema(name = "ProposalReactionGroup")
    public record ReactionGroup(
            @Schema(enumeration = {"ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "OUT_OF_SCOPE"})
            String reaction,

            int count,
            List<ProposalJson> proposals) {}

    @Schema(name = "Proposal", description = "A proposal of a public response and the ministry's reaction to it")
    public record ProposalJson(
            long responseId,
            String organisation,
            String organisationType,
            boolean organisationVerified,

            @Schema(description = "The proposal as the public may read it (removed text marked)")
            String text,

            @Schema(description = "Why; may be null only for an adopted proposal")
            String reason,

            Instant answeredAt) {}

    @Schema(name = "SummaryStatement")
    public record Statement(
            int position,

            @Schema(enumeration = {"FEEDBACK", "EVENT_DISCUSSION"})
            String section,

            @Schema(
                    description = "Theme code, or null: one of the seven seed themes, or OWN_<id> for a theme the"
                            + " ministry defined for this consultation")
            String theme,

            @Schema(description = "The theme's name in Finnish, Swedish and English, or null")
            LocalizedText themeLabel,

            LocalizedText text,

            @Schema(
                    description = "True when the statement is the ministry's own conclusion, resting on no"
                            + " particular response")
            boolean ownConclusion,

            List<Citation> citations) {}

    @Schema(name = "Citation", description = "A public response the statement rests on, or a passage of it")
    public record Citation(
            long responseId,
            String organisation,
            String organisationType,

            @Schema(
                    description = "The quoted passage (where staff removed text, the mark [removed] in the requested"
                            + " language stands instead), or null when the whole response is cited")
            String quote,

            @Schema(
                    description = "When the response is one of a campaign of near-identical responses: the number of"
                            + " its senders (the campaign is cited once); otherwise null")
            Long campaignSenders,

            @Schema(description = "False while the ministry has not verified the organisation")
            boolean organisationVerified,

            @Schema(
                    description = "Set when the cited feedback is the output of one of the consultation's workshops or"
                            + " events: the event's title; then organisation and organisationType are null")
            fi.cocreate.common.LocalizedText event) {

        static Citation of(PublicCitation c, String removedMark) {
            return new Citation(
                    c.responseId(),
                    c.organisation(),
                    c.organisationType() == null ? null : c.organisationType().name(),
                    c.quote() == null ? null : c.quote().render(removedMark),
                    c.isCampaign() ? c.senders() : null,
                    c.organisationVerified(),
                    c.event());
        }
    }

    public static SummaryJson of(PublishedSummary published, String removedMark) {
        ConsultationSummary s = published.summary();
        long id = s.getConsultation().getId();
        return new SummaryJson(
                id,
                s.getConsultation().getTitle(),
                s.getPublishedAt(),
                "summaries/" + id + "/pdf",
                s.getStatements().stream()
                        .map(st -> new Statement(
                                st.getPosition(),
                                st.getSection().name(),
                                st.getTheme() == null ? null : st.getTheme().name(),
                                published.themes().label(st.getTheme()),
                                st.getText(),
                                st.isOwnConclusion(),
                                published.citationsOf(st).stream()
                                        .map(c -> Citation.of(c, removedMark))
                                        .toList()))
                        .toList(),
                published.proposalGroups().stream()
                        .map(g -> new ReactionGroup(
                                g.reaction().name(),
                                g.count(),
                                g.proposals().stream()
                                        .map(p -> new ProposalJson(
                                                p.responseId(),
                                                p.organisation(),
                                                p.organisationType() == null
                                                        ? null
                                                        : p.organisationType().name(),
                                                p.organisationVerified(),
                                                p.text().render(removedMark),
                                                p.reason(),
                                                p.answeredAt()))
                                        .toList()))
                        .toList());
    }
}
