package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an export as one XLSX sheet with Apache POI. Every cell is a text cell, never a formula, so nothing typed
 * by a respondent can run in the spreadsheet.
 */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    public static void write(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            fill(sheet.createRow(0), header, bold);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i), null);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
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
