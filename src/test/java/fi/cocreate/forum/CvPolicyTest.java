package fi.cocreate.forum;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.control.CvPolicy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A CV is judged by its content and its size, never by its name. */
class CvPolicyTest {

    @Test
    void aPdfByContentIsAccepted() {
        assertDoesNotThrow(() -> CvPolicy.check("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefused() {
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> CvPolicy.check("<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("forum.cv.notPdf", e.getMessageKey());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals(
                "forum.cv.empty",
                assertThrows(BusinessException.class, () -> CvPolicy.check(new byte[0]))
                        .getMessageKey());
        byte[] big = new byte[CvPolicy.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertEquals(
                "forum.cv.tooLarge",
                assertThrows(BusinessException.class, () -> CvPolicy.check(big)).getMessageKey());
    }

    @Test
    void fileNamesLoseTheirPathAndEndInPdf() {
        assertEquals("cv.pdf", CvPolicy.safeFileName("C:\\Users\\me\\cv.pdf"));
        assertEquals("resume.pdf", CvPolicy.safeFileName("../../resume"));
        assertEquals("cv.pdf", CvPolicy.safeFileName(null));
    }
}
