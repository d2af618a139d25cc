package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-15T14:00:00Z");

    @Test
    void containsItsOpeningInstantButNotItsClosingOne() {
        TimeWindow window = TimeWindow.between(OPENS, CLOSES, "x.invalid");
        assertFalse(window.contains(OPENS.minusMillis(1)));
        assertTrue(window.contains(OPENS));
        assertTrue(window.contains(CLOSES.minusMillis(1)));
        assertFalse(window.contains(CLOSES), "the closing instant is already too late");
        assertTrue(window.hasOpened(OPENS));
        assertFalse(window.hasClosed(CLOSES.minusNanos(1)));
        assertTrue(window.hasClosed(CLOSES));
    }

    @Test
    void aWindowThatDoesNotCloseAfterItOpensIsRefusedInItsOwnWords() {
        assertEquals(
                "event.endBeforeStart",
                assertThrows(BusinessException.class, () -> TimeWindow.between(CLOSES, OPENS, "event.endBeforeStart"))
                        .getMessageKey());
        assertThrows(BusinessException.class, () -> TimeWindow.between(OPENS, OPENS, "x.invalid"));
        assertThrows(NullPointerException.class, () -> TimeWindow.between(null, CLOSES, "x.invalid"));
    }
}
