package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip(
                "[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml",
                "<w:document/>");
    }

    static byte[] odt() throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document/>");
    }

    @Test
    void pdfIsRecognisedByItsMagicBytes() {
        assertEquals(
                Optional.of(AttachmentType.PDF),
                AttachmentType.detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void docxIsRecognisedByItsContentTypes() throws IOException {
        assertEquals(Optional.of(AttachmentType.DOCX), AttachmentType.detect(docx()));
    }

    @Test
    void odtIsRecognisedByItsMimetypeEntry() throws IOException {
        assertEquals(Optional.of(AttachmentType.ODT), AttachmentType.detect(odt()));
    }

    @Test
    void plainTextIsRefusedWhateverItIsCalled() {
        assertTrue(AttachmentType.detect("This is not a PDF at all".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
    }

    @Test
    void otherZipsAreRefused() throws IOException {
        assertTrue(AttachmentType.detect(zip("readme.txt", "hello")).isEmpty(), "a plain zip");
        assertTrue(
                AttachmentType.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))
                        .isEmpty(),
                "an ODS spreadsheet");
        assertTrue(
                AttachmentType.detect(zip(
                                "[Content_Types].xml",
                                "<Types><Override ContentType=\"application/"
                                        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"))
                        .isEmpty(),
                "an XLSX");
    }

    @Test
    void truncatedOrEmptyContentIsRefused() throws IOException {
        byte[] docx = docx();
        byte[] cut = java.util.Arrays.copyOf(docx, 12);
        assertTrue(AttachmentType.detect(cut).isEmpty());
        assertTrue(AttachmentType.detect(new byte[0]).isEmpty());
        assertTrue(AttachmentType.detect(null).isEmpty());
    }
}
