package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the summary editor shows of a consultation's summary, copied out of the entities when the page reads them:
 * plain values, so the view keeps them when it moves to another server. {@code version} is the summary's version
 * as read; each statement carries its own version for the "own conclusion" mark.
 */
public record SummarySheet(
        long consultationId,
        LocalizedText consultationTitle,
        Instant deadline,
        boolean published,
        Instant publishedAt,
        long version,
        List<Statement> statements)
        implements Serializable {

    /** A statement with the citations that support it. */
    public record Statement(
            long id,
            int position,
            SummarySection section,
            Theme theme,
            LocalizedText text,
            boolean ownConclusion,
            long version,
            List<Cited> citations)
            implements Serializable {}

    /** A citation: the response's organisation or, for an event's output, the event's title, and the quoted passage. */
    public record Cited(long id, boolean eventOutput, LocalizedText eventTitle, String organisation, String quote)
            implements Serializable {}

    static SummarySheet of(ConsultationSummary summary, List<Citation> citations) {
        return new SummarySheet(
                summary.getConsultation().getId(),
                summary.getConsultation().getTitle(),
                summary.getConsultation().getDeadline(),
                summary.isPublished(),
                summary.getPublishedAt(),
                summary.getVersion(),
                summary.getStatements().stream()
                        .map(st -> statement(st, citations))
                        .toList());
    }

    /** The statements among these whose ids are given, in the summary's order. */
    List<Statement> only(java.util.Collection<Long> ids) {
        return statements.stream().filter(st -> ids.contains(st.id())).toList();
    }

    private static Statement statement(SummaryStatement st, List<Citation> citations) {
        return new Statement(
                st.getId(),
                st.getPosition(),
                st.getSection(),
                st.getTheme(),
                st.getText(),
                st.isOwnConclusion(),
                st.getVersion(),
                citations.stream()
                        .filter(c -> c.getStatement().getId().equals(st.getId()))
                        .map(SummarySheet::cited)
                        .toList());
    }

    private static Cited cited(Citation c) {
        Response r = c.getResponse();
        boolean eventOutput = r.isEventOutput();
        return new Cited(
                c.getId(),
                eventOutput,
                eventOutput ? r.getEvent().getTitle() : null,
                eventOutput ? null : r.getOrganisation().getName(),
                c.getPassage() == null ? null : c.getPassage().getQuote());
    }
}
