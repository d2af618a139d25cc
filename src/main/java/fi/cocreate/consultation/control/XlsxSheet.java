package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as one XLSX sheet with Apache POI's streaming workbook: only a window of rows is in memory, the
 * rest goes to a temporary file until the workbook is written, so memory does not grow with the number of rows.
 * Cells are typed: a number is a numeric cell, a {@link LocalDateTime} a date cell, a Boolean a boolean cell, and
 * anything else a text cell, never a formula, so nothing typed by a respondent can run in the spreadsheet.
 */
public final class XlsxSheet {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 100;

    private XlsxSheet() {}

    public static void write(String sheetName, List<String> header, List<? extends List<?>> rows, OutputStream out)
            throws IOException {
        try (ExportSheet sheet = open(sheetName, header, out)) {
            for (List<?> row : rows) {
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
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy hh:mm"));
        fill(sheet.createRow(0), header, bold, date);
        sheet.createFreezePane(0, 1);
        return new ExportSheet() {
            private int next = 1;

            @Override
            public void row(List<?> cells) {
                fill(sheet.createRow(next++), cells, null, date);
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

    private static void fill(Row row, List<?> cells, CellStyle style, CellStyle date) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = cells.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(date);
            } else {
                String text = value == null ? "" : value.toString();
                // Excel refuses cells over 32767 characters.
                cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
