package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seat rules of an event: capacity, the waiting list in order, promotion on cancellation, closing at the start. */
class EventSeatsTest {

    private static final Instant START = Instant.parse("2030-05-06T10:00:00Z");
    private static final Instant BEFORE = START.minus(Duration.ofDays(1));

    private ConsultationEvent event;

    @BeforeEach
    void createEvent() {
        Consultation consultation = new Consultation(
                null,
                LocalizedText.of("K", "S", "C"),
                null,
                START.minus(Duration.ofDays(30)),
                START.plus(Duration.ofDays(30)),
                BEFORE);
        event = consultation.addEvent(
                EventType.WORKSHOP,
                LocalizedText.of("Työpaja", null, "Workshop"),
                START,
                START.plus(Duration.ofHours(3)),
                "Helsinki",
                null);
        event.changeCapacity(2);
    }

    private EventRegistration register(long account) {
        return event.register(account, "Person " + account, account + "@example.org", null, "fi", BEFORE);
    }

    @Test
    void registrationsBeyondTheCapacityGoOnTheWaitingListInOrder() {
        EventRegistration first = register(1);
        EventRegistration second = register(2);
        EventRegistration third = register(3);
        EventRegistration fourth = register(4);
        assertEquals(RegistrationStatus.CONFIRMED, first.getStatus());
        assertEquals(RegistrationStatus.CONFIRMED, second.getStatus());
        assertEquals(RegistrationStatus.WAITING, third.getStatus());
        assertEquals(List.of(third, fourth), event.waitingList());
        assertEquals(1, third.waitingPosition());
        assertEquals(2, fourth.waitingPosition());
        assertEquals(2, event.confirmedCount());
        assertFalse(event.hasFreeSeat());
    }

    @Test
    void cancellingASeatPromotesTheFirstOnTheWaitingList() {
        EventRegistration first = register(1);
        register(2);
        EventRegistration third = register(3);
        EventRegistration fourth = register(4);
        Optional<EventRegistration> promoted = event.cancel(first, BEFORE);
        assertSame(third, promoted.orElseThrow());
        assertEquals(RegistrationStatus.CONFIRMED, third.getStatus());
        assertEquals(RegistrationStatus.CANCELLED, first.getStatus());
        assertEquals(List.of(fourth), event.waitingList());
        assertEquals(1, fourth.waitingPosition());
        assertEquals(2, event.confirmedCount(), "never more than the capacity");
    }

    @Test
    void cancellingFromTheWaitingListPromotesNobody() {
        register(1);
        register(2);
        EventRegistration third = register(3);
        EventRegistration fourth = register(4);
        assertTrue(event.cancel(third, BEFORE).isEmpty());
        assertEquals(List.of(fourth), event.waitingList());
    }

    @Test
    void registrationIsRefusedFromTheStartOfTheEvent() {
        BusinessException atStart = assertThrows(
                BusinessException.class, () -> event.register(9, "Late", "late@example.org", null, "en", START));
        assertEquals("event.registrationClosed", atStart.getMessageKey());
        assertThrows(
                BusinessException.class,
                () -> event.register(9, "Late", "late@example.org", null, "en", START.plusSeconds(60)));
        assertTrue(event.acceptsRegistrationsAt(START.minusNanos(1)));
    }

    @Test
    void cancellationIsRefusedOnceTheEventHasStarted() {
        EventRegistration first = register(1);
        assertEquals(
                "event.cancellationClosed",
                assertThrows(BusinessException.class, () -> event.cancel(first, START))
                        .getMessageKey());
    }

    @Test
    void registeringTwiceIsRefusedButRegisteringAgainAfterCancellingGoesToTheEnd() {
        EventRegistration first = register(1);
        register(2);
        EventRegistration third = register(3);
        assertEquals(
                "event.alreadyRegistered",
                assertThrows(BusinessException.class, () -> register(1)).getMessageKey());
        event.cancel(first, BEFORE);
        EventRegistration again = register(1);
        assertSame(first, again, "the same row is reused");
        assertEquals(RegistrationStatus.WAITING, again.getStatus(), "the freed seat went to the one waiting");
        assertEquals(RegistrationStatus.CONFIRMED, third.getStatus());
        assertEquals(1, again.waitingPosition());
    }

    @Test
    void moreSeatsGoToThoseWaitingAndFewerThanTakenAreRefused() {
        register(1);
        register(2);
        EventRegistration third = register(3);
        EventRegistration fourth = register(4);
        assertEquals(List.of(third), event.changeCapacity(3));
        assertEquals(List.of(fourth), event.waitingList());
        BusinessException tooFew = assertThrows(BusinessException.class, () -> event.changeCapacity(2));
        assertEquals("event.capacityBelowConfirmed", tooFew.getMessageKey());
        assertEquals(List.of(fourth), event.changeCapacity(null), "no limit: everyone waiting gets a seat");
    }

    @Test
    void withoutACapacityEveryoneGetsASeat() {
        event.changeCapacity(null);
        for (long account = 1; account <= 50; account++) {
            assertEquals(RegistrationStatus.CONFIRMED, register(account).getStatus());
        }
        assertEquals(-1, event.freeSeats());
    }

    @Test
    void notesAreShownOnlyOnceTheEventIsOver() {
        event.writeNotes(LocalizedText.of("Muistiinpanot", null, "Notes"));
        assertFalse(event.notesVisibleAt(START.plus(Duration.ofHours(1))));
        assertTrue(event.notesVisibleAt(event.getEndsAt()));
    }

    @Test
    void anEventMustEndAfterItStarts() {
        assertEquals(
                "event.endBeforeStart",
                assertThrows(
                                BusinessException.class,
                                () -> event.reschedule(EventType.WORKSHOP, event.getTitle(), START, START, null, null))
                        .getMessageKey());
    }
}
