package fi.cocreate.consultation.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Prints a published summary as a PDF with OpenPDF: title, process, publication date, then each section's statements
 * as a numbered list with their theme and the public responses they cite, then the ministry's answers to the
 * proposals grouped by reaction. The fonts are embedded ({@link PdfFonts}),
 * so other scripts and emoji print too.
 */
public final class SummaryPdf {

    private SummaryPdf() {}

    /** The page number, centred at the foot of every page. */
    private static final class PageNumbers extends com.lowagie.text.pdf.PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new com.lowagie.text.Phrase(String.valueOf(writer.getPageNumber()), PdfFonts.SMALL.font()),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 24,
                    0);
        }
    }

    public static void write(SummaryDocument summary, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(summary.title());
            document.addCreator("Cocreate");
            document.open();
            Paragraph title = new Paragraph(PdfFonts.TITLE.phrase(summary.title()));
            title.setSpacingAfter(6);
            document.add(title);
            if (summary.process() != null && !summary.process().isBlank()) {
                document.add(new Paragraph(PdfFonts.SMALL.phrase(summary.process())));
            }
            document.add(new Paragraph(PdfFonts.SMALL.phrase(summary.publishedLine())));
            for (SummaryDocument.Section section : summary.sections()) {
                if (section.statements().isEmpty()) {
                    continue;
                }
                Paragraph heading = new Paragraph(PdfFonts.HEADING.phrase(section.heading()));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
                list.setListSymbol(new com.lowagie.text.Chunk("", PdfFonts.BODY.font()));
                for (SummaryDocument.Statement statement : section.statements()) {
                    ListItem item = new ListItem(PdfFonts.BODY.phrase(statement.text()));
                    item.setSpacingAfter(6);
                    // A paragraph added to a list item runs on in the same line: each gets its own line.
                    if (statement.theme() != null) {
                        item.add(com.lowagie.text.Chunk.NEWLINE);
                        item.add(PdfFonts.SMALL.phrase(statement.theme()));
                    }
                    if (!statement.citations().isEmpty()) {
                        item.add(com.lowagie.text.Chunk.NEWLINE);
                        item.add(PdfFonts.SMALL.phrase(
                                summary.citationsLabel() + ": " + String.join("; ", statement.citations())));
                    }
                    list.add(item);
                }
                document.add(list);
            }
            if (!summary.proposalGroups().isEmpty()) {
                Paragraph heading = new Paragraph(PdfFonts.HEADING.phrase(summary.proposalsHeading()));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                for (SummaryDocument.ProposalGroup group : summary.proposalGroups()) {
                    Paragraph groupHeading = new Paragraph(PdfFonts.BODY.phrase(group.heading()));
                    groupHeading.setSpacingBefore(8);
                    document.add(groupHeading);
                    com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.UNORDERED);
                    list.setListSymbol(new com.lowagie.text.Chunk("\u2013 ", PdfFonts.BODY.font()));
                    for (SummaryDocument.Proposal proposal : group.proposals()) {
                        ListItem item = new ListItem(PdfFonts.BODY.phrase("\u201c" + proposal.text() + "\u201d"));
                        item.setSpacingAfter(4);
                        item.add(com.lowagie.text.Chunk.NEWLINE);
                        item.add(PdfFonts.SMALL.phrase(proposal.source()));
                        if (proposal.reason() != null) {
                            item.add(com.lowagie.text.Chunk.NEWLINE);
                            item.add(PdfFonts.SMALL.phrase(proposal.reason()));
                        }
                        list.add(item);
                    }
                    document.add(list);
                }
            }
            document.add(new Paragraph(PdfFonts.BODY.phrase(" ")));
            Paragraph end = new Paragraph(PdfFonts.SMALL.phrase("Cocreate"));
            end.setAlignment(Element.ALIGN_RIGHT);
            document.add(end);
        } catch (DocumentException e) {
            throw new IOException("Could not write the summary PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
