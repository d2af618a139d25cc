package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    @Test
    void theSummaryIsAValidPdfHoldingEveryStatementAndCitation() throws Exception {
        SummaryDocument summary = new SummaryDocument(
                "Järjestöjen rooli kotoutumistyössä",
                "Selonteko",
                "Julkaistu 1.10.2020",
                List.of(
                        new SummaryDocument.Section(
                                "Palaute",
                                List.of(new SummaryDocument.Statement(
                                        "Järjestöt tarvitsevat pitkäjänteistä rahoitusta.",
                                        "Osallisuus",
                                        List.of("Vastaus 12: Monikulttuurinen ry")))),
                        new SummaryDocument.Section(
                                "Tilaisuuksien keskustelut",
                                List.of(new SummaryDocument.Statement(
                                        "Yhteistyö kuntien kanssa on tärkeää.", null, List.of()))),
                        new SummaryDocument.Section("Tyhjä", List.of())),
                "Perustuu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, out);

        byte[] pdf = out.toByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Järjestöt tarvitsevat pitkäjänteistä rahoitusta."), all);
        assertTrue(all.contains("Yhteistyö kuntien kanssa on tärkeää."), all);
        assertTrue(all.contains("Vastaus 12: Monikulttuurinen ry"), all);
        assertTrue(!all.contains("Tyhjä"), "an empty section is left out");
        assertTrue(
                java.util.regex.Pattern.compile("rahoitusta\\.\\s*\\n\\s*Osallisuus")
                        .matcher(all)
                        .find(),
                "the theme is on its own line, not run into the statement: " + all);
        assertTrue(
                extractor.getTextFromPage(1).strip().endsWith("1"),
                "the page number is at the foot: " + extractor.getTextFromPage(1));
    }

    @Test
    void theAnswersToProposalsArePrintedByReactionWithTheirReasonsOnLinesOfTheirOwn() throws Exception {
        SummaryDocument summary = new SummaryDocument(
                "Yhteenveto",
                null,
                "Julkaistu 1.10.2020",
                List.of(),
                "Perustuu",
                "Vastaukset ehdotuksiin",
                List.of(
                        new SummaryDocument.ProposalGroup(
                                "Osittain hyväksytty (1)",
                                List.of(new SummaryDocument.Proposal(
                                        "Kotoutumisen tuki ry",
                                        "Pitkäjänteinen rahoitus [poistettu].",
                                        "Talousarviossa."))),
                        new SummaryDocument.ProposalGroup(
                                "Hyväksytty (1)",
                                List.of(new SummaryDocument.Proposal("Esimerkkilän kaupunki", "Kumppanuus.", null)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String all = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(
                all.contains("Vastaukset ehdotuksiin")
                        && all.contains("Osittain hyväksytty (1)")
                        && all.contains("Hyväksytty (1)"),
                all);
        assertTrue(
                java.util.regex.Pattern.compile("rahoitus \\[poistettu\\]\\.\u201d\\s*\\n\\s*Kotoutumisen tuki ry"
                                + "\\s*\\n\\s*Talousarviossa\\.")
                        .matcher(all)
                        .find(),
                "proposal, source and reason on lines of their own: " + all);
    }

    /**
     * A summary of several pages: every page ends with its own number on a line of its own, and no statement's text
     * runs into its theme or into the page number (read back from the PDF's text, page by page).
     */
    @Test
    void everyPageEndsWithItsNumberAndNoThemeRunsIntoItsStatement() throws Exception {
        List<SummaryDocument.Statement> statements = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            statements.add(new SummaryDocument.Statement(
                    "Lausuma " + i + " päättyy tähän.",
                    "Teema" + i,
                    List.of("Vastaus " + i + ": Järjestö " + i + " ry")));
        }
        SummaryDocument summary = new SummaryDocument(
                "Pitkä yhteenveto",
                null,
                "Julkaistu 1.10.2020",
                List.of(new SummaryDocument.Section("Palaute", statements)),
                "Perustuu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 3, "sixty statements fill several pages: " + pages);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page).strip();
            String[] lines = text.split("\\R");
            assertEquals(
                    String.valueOf(page),
                    lines[lines.length - 1].strip(),
                    "page " + page + " ends with its number on its own line: " + text);
            all.append(text).append('\n');
        }
        for (int i = 1; i <= 60; i++) {
            assertTrue(
                    java.util.regex.Pattern.compile("(?m)^\\s*(\\d+\\.\\s*)?Lausuma " + i + " päättyy tähän\\.\\s*$")
                            .matcher(all)
                            .find(),
                    "statement " + i + " has a line of its own: " + all);
            assertTrue(
                    java.util.regex.Pattern.compile("(?m)^\\s*Teema" + i + "\\s*$")
                            .matcher(all)
                            .find(),
                    "theme " + i + " has a line of its own: " + all);
        }
    }

    @Test
    void emojiAndOtherScriptsArePrintedWithEmbeddedFontsAndAnUnknownCharacterShowsAsAGap() throws Exception {
        SummaryDocument summary = new SummaryDocument(
                "Palaute 👍 ja 🌍",
                null,
                "Julkaistu",
                List.of(new SummaryDocument.Section(
                        "Osio",
                        List.of(new SummaryDocument.Statement(
                                "Kiitos 😀 — Спасибо — شكرا \uDB80\uDC00", null, List.of())))),
                "Perustuu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String all = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(all.contains("👍"), all);
        assertTrue(all.contains("😀"), all);
        assertTrue(all.contains("Спасибо"), all);
        assertTrue(all.contains("\uFFFD"), "a private-use character no font has is marked, not dropped: " + all);
        String fonts = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(fonts.contains("DejaVuSans") && fonts.contains("Symbola"), "both fonts are embedded");
    }
}
