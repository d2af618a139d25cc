package fi.cocreate.consultation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.consultation.control.AttachmentType;
import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void aNameWithQuotesIsKeptAsTheRespondentWroteIt() {
        assertEquals(
                "Lausunto \"luonnos\".pdf", Attachments.displayName("Lausunto \"luonnos\".pdf", AttachmentType.PDF));
    }

    @Test
    void separatorsAndReservedCharactersBecomeUnderscoresALineBreakASpaceAndTheExtensionFollowsTheContent() {
        assertEquals("dir_sub_file.pdf", Attachments.displayName("dir/sub\\file.pdf", AttachmentType.PDF));
        assertEquals("a_b_c.pdf", Attachments.displayName("a<b>c.exe", AttachmentType.PDF));
        assertEquals("line break.pdf", Attachments.displayName("line\nbreak.pdf", AttachmentType.PDF));
        assertEquals("attachment.pdf", Attachments.displayName("  ", AttachmentType.PDF));
    }
}
