package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an export as one XLSX sheet with Apache POI. Cells are typed: a number is a numeric cell, a
 * {@link LocalDateTime} a date cell, a Boolean a boolean cell, and anything else a text cell, never a formula, so
 * nothing typed by a respondent can run in the spreadsheet.
 */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    public static void write(String sheetName, List<String> header, List<? extends List<?>> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy hh:mm"));
            fill(sheet.createRow(0), header, bold, date);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i), null, date);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
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
