package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTimeInputTest {

    private static final Optional<LocalDateTime> EVENING = Optional.of(LocalDateTime.of(2026, 12, 31, 22, 3));

    @Test
    void colonAndDotBothSeparateHoursFromMinutes() {
        assertEquals(EVENING, DateTimeInput.parse("31.12.2026 22:03"));
        assertEquals(EVENING, DateTimeInput.parse("31.12.2026 22.03"));
        assertEquals(EVENING, DateTimeInput.parse(" 31.12.2026   klo 22.03 "));
        assertEquals(EVENING, DateTimeInput.parse("31.12.2026 kl. 22:03"));
        assertEquals(EVENING, DateTimeInput.parse("2026-12-31 22:03"));
        assertEquals(EVENING, DateTimeInput.parse("2026-12-31T22:03"));
        assertEquals(Optional.of(LocalDateTime.of(2027, 1, 5, 9, 0)), DateTimeInput.parse("5.1.2027 9.00"));
    }

    @Test
    void somethingThatIsNotARealDateAndTimeIsRefused() {
        assertEquals(Optional.empty(), DateTimeInput.parse("31.2.2026 10:00"));
        assertEquals(Optional.empty(), DateTimeInput.parse("1.1.2026 25:00"));
        assertEquals(Optional.empty(), DateTimeInput.parse("tomorrow"));
        assertEquals(Optional.empty(), DateTimeInput.parse("1.1.2026"));
        assertEquals(Optional.empty(), DateTimeInput.parse(null));
    }

    @Test
    void aValueIsShownBackInTheFormItIsBestTyped() {
        assertEquals("31.12.2026 22:03", DateTimeInput.format(EVENING.orElseThrow()));
        assertEquals(EVENING, DateTimeInput.parse(DateTimeInput.format(EVENING.orElseThrow())));
    }
}
