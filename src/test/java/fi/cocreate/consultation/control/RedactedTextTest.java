package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactedTextTest {

    private static final String ANSWER = "Call Maija Meikäläinen on 040 123 4567 about funding. Maija knows.";

    @Test
    void everyOccurrenceOfAPassageIsReplacedByOneMarkInTheReadersLanguage() {
        RedactedText text = RedactedText.without(ANSWER, List.of("Maija"));
        assertEquals(
                "Call [removed] Meikäläinen on 040 123 4567 about funding. [removed] knows.", text.render("[removed]"));
        assertEquals(
                "Call [poistettu] Meikäläinen on 040 123 4567 about funding. [poistettu] knows.",
                text.render("[poistettu]"));
        assertTrue(text.isRedacted());
        assertFalse(text.shows("Maija"));
    }

    @Test
    void overlappingAndAdjacentPassagesBecomeOneMark() {
        RedactedText text =
                RedactedText.without(ANSWER, List.of("Maija Meikäläinen", "Meikäläinen on 040 123 4567", " about"));
        assertEquals("Call [x] funding. Maija knows.", text.render("[x]"));
    }

    @Test
    void withoutPassagesTheTextIsUnchanged() {
        RedactedText text = RedactedText.without(ANSWER, List.of());
        assertEquals(ANSWER, text.render("[x]"));
        assertFalse(text.isRedacted());
        assertEquals(List.of(), RedactedText.without(null, List.of("a")).parts());
    }

    @Test
    void aQuoteKeepsOnlyItsOwnSpanWithTheRemovalsInsideOrAtItsEdges() {
        assertEquals(
                "Call [x] on 040",
                RedactedText.spanOf(ANSWER, "Call Maija Meikäläinen on 040", List.of("Maija Meikäläinen"))
                        .render("[x]"));
        assertEquals(
                "[x] about funding.",
                RedactedText.spanOf(ANSWER, "4567 about funding.", List.of("040 123 4567"))
                        .render("[x]"),
                "a removal that starts before the quote still shows");
        assertEquals(
                "[x]",
                RedactedText.spanOf(ANSWER, "123", List.of("040 123 4567")).render("[x]"),
                "a quote wholly inside a removal is only the mark");
        assertEquals(
                "about funding.",
                RedactedText.spanOf(ANSWER, "about funding.", List.of("Maija")).render("[x]"));
    }

    @Test
    void aSpanNotInTheTextIsRemovedAsAWhole() {
        assertEquals("[x]", RedactedText.spanOf(ANSWER, "not there", List.of()).render("[x]"));
        assertEquals("[x]", RedactedText.removed().render("[x]"));
    }
}
