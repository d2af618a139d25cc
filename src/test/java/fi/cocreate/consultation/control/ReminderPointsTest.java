package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderPointsTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-10T22:00:00Z");
    private final ReminderPoints points = ReminderPoints.parse("1, 3");

    @Test
    void configIsParsedLargestFirst() {
        assertEquals(List.of(3, 1), points.days());
        assertEquals(List.of(), ReminderPoints.parse("").days());
        assertThrows(IllegalArgumentException.class, () -> ReminderPoints.parse("3,0"));
        assertThrows(NumberFormatException.class, () -> ReminderPoints.parse("three"));
    }

    @Test
    void nothingIsDueBeforeTheFirstPoint() {
        Instant justBefore = DEADLINE.minus(Duration.ofDays(3)).minusSeconds(1);
        assertEquals(List.of(), points.dueAt(DEADLINE, justBefore));
        assertEquals(Optional.empty(), points.toMail(DEADLINE, justBefore));
    }

    @Test
    void aPointIsDueFromItsInstantOn() {
        Instant threeDays = DEADLINE.minus(Duration.ofDays(3));
        assertEquals(List.of(3), points.dueAt(DEADLINE, threeDays));
        assertEquals(Optional.of(3), points.toMail(DEADLINE, threeDays));
    }

    @Test
    void whenBothAreDueOnlyTheNearestIsMailed() {
        Instant oneDay = DEADLINE.minus(Duration.ofDays(1)).plusSeconds(5);
        assertEquals(List.of(3, 1), points.dueAt(DEADLINE, oneDay));
        assertEquals(Optional.of(1), points.toMail(DEADLINE, oneDay));
    }

    @Test
    void nothingIsDueAtOrAfterTheDeadline() {
        assertEquals(List.of(), points.dueAt(DEADLINE, DEADLINE));
        assertEquals(List.of(), points.dueAt(DEADLINE, DEADLINE.plusSeconds(1)));
        assertEquals(List.of(1), ReminderPoints.parse("1").dueAt(DEADLINE, DEADLINE.minusSeconds(1)));
    }
}
