package fi.cocreate.consultation.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Prints a published summary as a PDF with OpenPDF: title, process, publication date, then each section's statements
 * as a numbered list with their theme and the public responses they cite. The standard fonts cover Finnish and
 * Swedish letters.
 */
public final class SummaryPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);

    private SummaryPdf() {
    }

    /** The page number, centred at the foot of every page. */
    private static final class PageNumbers extends com.lowagie.text.pdf.PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new com.lowagie.text.Phrase(String.valueOf(writer.getPageNumber()), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
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
            Paragraph title = new Paragraph(summary.title(), TITLE);
            title.setSpacingAfter(6);
            document.add(title);
            if (summary.process() != null && !summary.process().isBlank()) {
                document.add(new Paragraph(summary.process(), SMALL));
            }
            document.add(new Paragraph(summary.publishedLine(), SMALL));
            for (SummaryDocument.Section section : summary.sections()) {
                if (section.statements().isEmpty()) {
                    continue;
                }
                Paragraph heading = new Paragraph(section.heading(), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
                for (SummaryDocument.Statement statement : section.statements()) {
                    ListItem item = new ListItem(statement.text(), BODY);
                    item.setSpacingAfter(6);
                    // A paragraph added to a list item runs on in the same line: each gets its own line.
                    if (statement.theme() != null) {
                        item.add(com.lowagie.text.Chunk.NEWLINE);
                        item.add(new com.lowagie.text.Chunk(statement.theme(), SMALL));
                    }
                    if (!statement.citations().isEmpty()) {
                        item.add(com.lowagie.text.Chunk.NEWLINE);
                        item.add(new com.lowagie.text.Chunk(summary.citationsLabel() + ": "
                                + String.join("; ", statement.citations()), SMALL));
                    }
                    list.add(item);
                }
                document.add(list);
            }
            document.add(new Paragraph(" ", BODY));
            Paragraph end = new Paragraph("Cocreate", SMALL);
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
