package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class StrictDateTimeTest {

    @Test
    void theThirtyFirstOfFebruaryIsRefusedNotReadAsTheTwentyEighth() {
        assertThrows(DateTimeParseException.class, () -> StrictDateTime.parse("31.2.2026 10:00", "d.M.yyyy HH:mm"));
        assertThrows(DateTimeParseException.class, () -> StrictDateTime.parse("29.2.2026 10:00", "d.M.yyyy HH:mm"));
        assertThrows(DateTimeParseException.class, () -> StrictDateTime.parse("2026-02-30 10:00", "yyyy-MM-dd HH:mm"));
    }

    @Test
    void impossibleTimesAndTrailingTextAreRefused() {
        assertThrows(DateTimeParseException.class, () -> StrictDateTime.parse("1.3.2026 25:00", "d.M.yyyy HH:mm"));
        assertThrows(DateTimeParseException.class, () -> StrictDateTime.parse("1.3.2026 10:00x", "d.M.yyyy HH:mm"));
    }

    @Test
    void realDatesAreReadInThePickersPattern() {
        assertEquals(LocalDateTime.of(2028, 2, 29, 10, 0), StrictDateTime.parse("29.2.2028 10:00", "d.M.yyyy HH:mm"));
        assertEquals(LocalDateTime.of(2026, 3, 1, 9, 5), StrictDateTime.parse("2026-03-01 09:05", "yyyy-MM-dd HH:mm"));
        assertEquals("1.3.2026 09:05", StrictDateTime.formatter("d.M.yyyy HH:mm")
                .format(LocalDateTime.of(2026, 3, 1, 9, 5)));
    }

    @Test
    void theSessionCookieIsSecureWhenThePublicAddressIsHttps() {
        assertTrue(SessionCookies.servedOverTls("https://cocreate.example"));
        assertFalse(SessionCookies.servedOverTls("http://localhost:8080"));
    }
}
