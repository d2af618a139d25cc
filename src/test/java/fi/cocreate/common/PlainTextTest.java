package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void decomposedLettersAreComposedSoTheyCompareAndCountAsTyped() {
        String decomposed = "A\u030Abo"; // A + combining ring above
        assertEquals("\u00C5bo", PlainText.text(decomposed));
        assertEquals(3, PlainText.text(decomposed).length());
    }

    @Test
    void controlCharactersAreRemovedFromTextButLineBreaksAndTabsStay() {
        assertEquals("a\nb\tc\r\nd", PlainText.text("a\u0000\nb\tc\u001B\r\nd\u0007\u0085"));
    }

    @Test
    void aNameIsOneLineWithoutBidiControls() {
        assertEquals("gnp.pdf", PlainText.name("\u202Egnp.pdf"));
        assertEquals("Maija Meikäläinen", PlainText.name(" Maija\u0000 Meika\u0308la\u0308inen\u200F\n"));
        assertEquals("a b", PlainText.name("a\nb"));
        assertEquals("x\u2067y".replace("\u2067", ""), PlainText.name("x\u2067y\u2069"));
    }

    @Test
    void emojiAndOtherScriptsAreKept() {
        assertEquals("Hei 👋 Привет مرحبا", PlainText.name("Hei 👋 Привет مرحبا"));
    }

    @Test
    void nullStaysNull() {
        assertNull(PlainText.text(null));
        assertNull(PlainText.name(null));
    }
}
