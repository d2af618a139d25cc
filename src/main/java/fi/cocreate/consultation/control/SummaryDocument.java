package fi.cocreate.consultation.control;

import java.util.List;

/**
 * A published summary as it is printed, already in the reader's language: the texts are resolved by the caller so
 * {@link SummaryPdf} knows nothing of bundles or entities.
 */
public record SummaryDocument(String title, String process, String publishedLine, List<Section> sections,
        String citationsLabel) {

    public record Section(String heading, List<Statement> statements) {
    }

    /** A statement with its theme label (or null) and the public responses it cites, as short labels. */
    public record Statement(String text, String theme, List<String> citations) {
    }
}
