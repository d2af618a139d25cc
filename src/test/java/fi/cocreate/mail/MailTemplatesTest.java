package fi.cocreate.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.mail.control.ComposedMail;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void everyKindHasASubjectAndBodyInEveryLanguage() {
        for (MailKind kind : MailKind.values()) {
            for (String language : new String[] {"fi", "sv", "en"}) {
                ComposedMail mail = MailTemplates.compose(kind, language, "Name", "https://example.org/x");
                assertFalse(mail.subject().isBlank(), kind + " " + language);
                assertTrue(mail.text().contains("Name"), kind + " " + language);
                assertEquals(language, mail.language());
            }
        }
    }

    @Test
    void userTextIsEscapedInTheHtmlAndLinksAreClickable() {
        ComposedMail mail = MailTemplates.compose(
                MailKind.ACCOUNT_VERIFY,
                "en",
                "<script>alert(1)</script>",
                "https://cocreate.example/verify.xhtml?token=abc");
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;"));
        assertTrue(mail.html().contains("<a href=\"https://cocreate.example/verify.xhtml?token=abc\">"));
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"en\">"));
    }

    @Test
    void unknownLanguageFallsBackToFinnish() {
        assertEquals(
                "Vahvista s\u00e4hk\u00f6postiosoitteesi",
                MailTemplates.compose(MailKind.ACCOUNT_VERIFY, "de", "N", "L").subject());
    }
}
