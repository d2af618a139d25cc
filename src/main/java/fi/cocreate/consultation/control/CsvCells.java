package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exports as CSV that is safe to open in a spreadsheet. Commons CSV does the quoting; on top of that, a cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, so text typed by a respondent can never execute in a staff member's spreadsheet.
 */
public final class CsvCells {

    private CsvCells() {}

    /** The cell's text, neutralised if a spreadsheet would read it as a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** Writes a header and rows as RFC 4180 CSV, every cell made safe. */
    public static void write(List<String> header, List<List<String>> rows, Writer out) throws IOException {
        try (ExportSheet sheet = open(header, out)) {
            for (List<String> row : rows) {
                sheet.row(row);
            }
        }
    }

    /** Starts a CSV export with its header; each row is written (and flushed onwards) as it comes. */
    public static ExportSheet open(List<String> header, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                        .get());
        printer.printRecord(header.stream().map(CsvCells::safe).toList());
        return new ExportSheet() {
            @Override
            public void row(List<?> cells) throws IOException {
                printer.printRecord(cells.stream()
                        .map(c -> safe(c == null ? null : c.toString()))
                        .toList());
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }
}
