package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void showsTheReadersLanguage() {
        LocalizedText text = LocalizedText.of("suomi", "svenska", "english");
        assertEquals("suomi", text.in(Locale.forLanguageTag("fi")));
        assertEquals("svenska", text.in(Locale.forLanguageTag("sv")));
        assertEquals("english", text.in(Locale.ENGLISH));
    }

    @Test
    void fallsBackWhenATranslationIsMissing() {
        assertEquals("suomi", LocalizedText.of("suomi", null, " ").in(Locale.forLanguageTag("sv")));
        assertEquals("english", LocalizedText.of(null, null, "english").in(Locale.forLanguageTag("fi")));
    }

    @Test
    void needsAtLeastOneLanguage() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(null, "", " "));
    }

    @Test
    void isStoredInColumnsNamedAfterTheAttributeAndTheLanguage() {
        assertEquals("title_fi", LocalizedTextColumns.column("title", "fi"));
        assertEquals("meeting_plan_sv", LocalizedTextColumns.column("meetingPlan", "sv"));
        assertEquals(java.util.List.of("fi", "sv", "en"), LocalizedText.LANGUAGES);
    }
}
