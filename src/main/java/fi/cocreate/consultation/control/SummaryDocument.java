package fi.cocreate.consultation.control;

import java.util.List;

/**
 * A published summary as it is printed, already in the reader's language: the texts are resolved by the caller so
 * {@link SummaryPdf} knows nothing of bundles or entities.
 */
public record SummaryDocument(
        String title,
        String process,
        String publishedLine,
        List<Section> sections,
        String citationsLabel,
        String proposalsHeading,
        List<ProposalGroup> proposalGroups) {

    public SummaryDocument(
            String title, String process, String publishedLine, List<Section> sections, String citationsLabel) {
        this(title, process, publishedLine, sections, citationsLabel, null, List.of());
    }

    /** The proposals answered with one reaction: its heading with the count, then each proposal with the reason. */
    public record ProposalGroup(String heading, List<Proposal> proposals) {}

    /** A proposal as a line: who proposed, the proposal (removed text marked) and the ministry's reason (or null). */
    public record Proposal(String source, String text, String reason) {}

    public record Section(String heading, List<Statement> statements) {}

    /** A statement with its theme label (or null) and the public responses it cites, as short labels. */
    public record Statement(String text, String theme, List<String> citations) {}
}
