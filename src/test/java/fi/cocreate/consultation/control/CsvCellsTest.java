package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe(String cell) {
        assertEquals("'" + cell, CsvCells.safe(cell));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("Järjestöt tarvitsevat rahoitusta.", CsvCells.safe("Järjestöt tarvitsevat rahoitusta."));
        assertEquals("a=b", CsvCells.safe("a=b"), "only the first character matters");
        assertEquals("", CsvCells.safe(null));
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedAndFormulasNeutralised() throws Exception {
        StringWriter out = new StringWriter();
        CsvCells.write(
                List.of("organisation", "answer"),
                List.of(List.of("Org \"A\", ry", "line one\nline two"), List.of("=cmd|' /C calc'!A0", "ok")),
                out);
        assertEquals(
                "\"organisation\",\"answer\"\r\n"
                        + "\"Org \"\"A\"\", ry\",\"line one\nline two\"\r\n"
                        + "\"'=cmd|' /C calc'!A0\",\"ok\"\r\n",
                out.toString());
    }
}
