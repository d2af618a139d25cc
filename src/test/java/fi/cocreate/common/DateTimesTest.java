package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    /** 29.12.2026 21:58 in Helsinki (UTC+2 in winter). */
    private static final Instant EVENING = Instant.parse("2026-12-29T19:58:00Z");

    @Test
    void eachLanguageHasOneDayMonthPatternWithA24HourClock() {
        assertEquals("29.12.2026 klo 21.58", DateTimes.dateTime(EVENING, Locale.forLanguageTag("fi")));
        assertEquals("29.12.2026 kl. 21.58", DateTimes.dateTime(EVENING, Locale.forLanguageTag("sv")));
        assertEquals("29 December 2026, 21:58", DateTimes.dateTime(EVENING, Locale.ENGLISH));
        assertEquals("29 December 2026, 21:58", DateTimes.dateTime(EVENING, Locale.US), "never the US format");
    }

    @Test
    void datesAndTimesAloneFollowTheSamePatterns() {
        assertEquals("29.12.2026", DateTimes.date(EVENING, Locale.forLanguageTag("fi")));
        assertEquals("29 December 2026", DateTimes.date(LocalDate.of(2026, 12, 29), Locale.ENGLISH));
        assertEquals("9.05", DateTimes.time(Instant.parse("2026-06-01T06:05:00Z"), Locale.forLanguageTag("sv")));
        assertEquals("09:05", DateTimes.time(Instant.parse("2026-06-01T06:05:00Z"), Locale.ENGLISH));
    }

    @Test
    void anUnknownLanguageFallsBackToFinnish() {
        assertEquals("29.12.2026 klo 21.58", DateTimes.dateTime(EVENING, Locale.GERMAN));
    }
}
