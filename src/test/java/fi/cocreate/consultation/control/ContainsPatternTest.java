package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContainsPatternTest {

    @Test
    void theTypedTextIsFoundAnywhereInAnyCase() {
        assertEquals("%open ry%", ContainsPattern.of("  Open RY "));
        assertEquals("%%", ContainsPattern.of(null));
        assertEquals("%%", ContainsPattern.of(""));
    }

    @Test
    void wildcardsTypedByThePersonAreMatchedLiterally() {
        assertEquals("%100!% !_ok!!%", ContainsPattern.of("100% _ok!"));
    }

    @Test
    void finnishAndSwedishLettersAreLowerCasedToo() {
        assertEquals("%äänestys åland%", ContainsPattern.of("ÄÄNESTYS Åland"));
    }
}
