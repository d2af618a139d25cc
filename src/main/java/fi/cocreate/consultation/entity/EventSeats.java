package fi.cocreate.consultation.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The seats of an event and its waiting list: registrations beyond the capacity wait in the order they came, a seat
 * that becomes free (a cancellation, a larger capacity) goes to the first who waits, and without a capacity everyone
 * gets a seat. A view over the event's registrations, made for each use; it changes only their status.
 */
public final class EventSeats {

    private static final Comparator<EventRegistration> QUEUE =
            Comparator.comparingInt(EventRegistration::getQueueNumber);

    private final Integer capacity;
    private final List<EventRegistration> registrations;

    EventSeats(Integer capacity, List<EventRegistration> registrations) {
        this.capacity = capacity;
        this.registrations = registrations;
    }

    public boolean hasFree() {
        return capacity == null || confirmed() < capacity;
    }

    /** Free seats, or -1 when there is no limit. */
    public int free() {
        return capacity == null ? -1 : Math.max(0, capacity - confirmed());
    }

    public int confirmed() {
        return (int) registrations.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .count();
    }

    /** Those waiting, first in the queue first. */
    public List<EventRegistration> waitingList() {
        return registrations.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.WAITING)
                .sorted(QUEUE)
                .toList();
    }

    /** Those with a seat or a place in the queue, in the order they registered. */
    public List<EventRegistration> active() {
        return registrations.stream()
                .filter(EventRegistration::isActive)
                .sorted(QUEUE)
                .toList();
    }

    /** The place in the queue of the next registration: after everyone who ever registered. */
    int nextQueueNumber() {
        return registrations.stream()
                        .mapToInt(EventRegistration::getQueueNumber)
                        .max()
                        .orElse(0)
                + 1;
    }

    /** Gives the free seats to the first who wait, in order; answers who got one, so they can be told. */
    List<EventRegistration> fillFromWaitingList() {
        List<EventRegistration> promoted = new ArrayList<>();
        for (EventRegistration waiting : waitingList()) {
            if (!hasFree()) {
                break;
            }
            waiting.promote();
            promoted.add(waiting);
        }
        return promoted;
    }
}
