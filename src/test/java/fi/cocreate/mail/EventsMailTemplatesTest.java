package fi.cocreate.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.mail.control.ComposedMail;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every events and subscription mail exists in fi, sv and en, fills all its arguments and differs by language. */
class EventsMailTemplatesTest {

    private static final Object[] ARGUMENTS = {"A0", "A1", "A2", "A3", "A4", "A5", "A6"};

    @Test
    void everyEventsMailIsCompleteInEveryLanguage() {
        List<MailKind> kinds = Arrays.stream(MailKind.values())
                .filter(k -> k.bundle().equals("i18n.events_mail"))
                .toList();
        assertTrue(kinds.size() >= 8);
        for (MailKind kind : kinds) {
            ComposedMail fi = MailTemplates.compose(kind, "fi", ARGUMENTS);
            for (String language : List.of("fi", "sv", "en")) {
                ComposedMail mail = MailTemplates.compose(kind, language, ARGUMENTS);
                assertFalse(mail.subject().contains("{") || mail.text().contains("{"), kind + " " + language);
                if (!language.equals("fi")) {
                    assertNotEquals(fi.text(), mail.text(), kind + " is translated to " + language);
                }
                if (kind.isBulk()) {
                    assertTrue(
                            mail.text().contains("A0") && mail.text().contains("A1"),
                            kind + " carries the manage and unsubscribe links");
                }
            }
        }
    }
}
