package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as one XLSX sheet with Apache POI's streaming workbook: only a window of rows is in memory, the
 * rest goes to a temporary file until the workbook is written, so memory does not grow with the number of rows. Every
 * cell is a text cell, never a formula, so nothing typed by a respondent can run in the spreadsheet.
 */
public final class XlsxSheet {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 100;

    private XlsxSheet() {
    }

    public static void write(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        try (ExportSheet sheet = open(sheetName, header, out)) {
            for (List<String> row : rows) {
                sheet.row(row);
            }
        }
    }

    /** Starts a sheet with a bold, frozen header row; closing it writes the workbook to {@code out}. */
    public static ExportSheet open(String sheetName, List<String> header, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        fill(sheet.createRow(0), header, bold);
        sheet.createFreezePane(0, 1);
        return new ExportSheet() {
            private int next = 1;

            @Override
            public void row(List<String> cells) {
                fill(sheet.createRow(next++), cells, null);
            }

            @Override
            public void close() throws IOException {
                try {
                    workbook.write(out);
                } finally {
                    workbook.close();
                    workbook.dispose();
                }
            }
        };
    }

    private static void fill(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            String value = cells.get(i);
            // Excel refuses cells over 32767 characters.
            cell.setCellValue(value == null ? "" : value.length() > 32_000 ? value.substring(0, 32_000) : value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
