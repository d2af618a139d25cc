package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SubmittedFileNamesTest {

    @Test
    void aQuoteTheBrowserEscapedIsAQuoteAgain() {
        assertEquals("Lausunto \"luonnos\".pdf", SubmittedFileNames.unescape("Lausunto %22luonnos%22.pdf"));
    }

    @Test
    void anEscapedLineBreakBecomesASpaceAsInEveryName() {
        assertEquals("two lines.pdf", SubmittedFileNames.unescape("two%0D%0Alines.pdf"));
        assertEquals("a b c.pdf", SubmittedFileNames.unescape("a%0Ab%0Dc.pdf"));
    }

    @Test
    void otherPercentSignsAndNoNameAreLeftAlone() {
        assertEquals("50%25 ready 100%.pdf", SubmittedFileNames.unescape("50%25 ready 100%.pdf"));
        assertNull(SubmittedFileNames.unescape(null));
    }
}
