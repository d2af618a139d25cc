package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.TimeWindow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A workshop, consultation event or researchers' event of a consultation, on site or remote. It takes registrations
 * until it starts; who gets a seat and who waits is decided by {@link EventSeats}.
 */
@Entity
@Table(name = "consultation_event")
public class ConsultationEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Batched rather than joined: a joined consultation would load its own collections one by one.
    @BatchFetch(BatchFetchType.EXISTS)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Embedded
    private LocalizedText title;

    @Embedded
    private LocalizedText description;

    @Embedded
    private LocalizedText notes;

    /** From the start up to, not including, the end. */
    @Embedded
    @AttributeOverride(name = "opensAt", column = @Column(name = "starts_at", nullable = false))
    @AttributeOverride(name = "closesAt", column = @Column(name = "ends_at", nullable = false))
    private TimeWindow window;

    @Column(length = 300)
    private String place;

    @Column(name = "remote_link", length = 500)
    private String remoteLink;

    /** Seats; null means no limit. */
    private Integer capacity;

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_event_target_group", joinColumns = @JoinColumn(name = "event_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("queueNumber")
    private List<EventRegistration> registrations = new ArrayList<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected ConsultationEvent() {}

    ConsultationEvent(
            Consultation consultation,
            EventType type,
            LocalizedText title,
            Instant startsAt,
            Instant endsAt,
            String place,
            String remoteLink) {
        this.consultation = Objects.requireNonNull(consultation);
        reschedule(type, title, startsAt, endsAt, place, remoteLink);
    }

    /** Changes what, when and where; the registrations stay. */
    public final void reschedule(
            EventType type, LocalizedText title, Instant startsAt, Instant endsAt, String place, String remoteLink) {
        this.type = Objects.requireNonNull(type, "Event type is required.");
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.window = TimeWindow.between(startsAt, endsAt, "event.endBeforeStart");
        this.place = blankToNull(place);
        this.remoteLink = blankToNull(remoteLink);
    }

    /** Sets the description and the target groups. */
    public void describe(LocalizedText description, Collection<TargetGroup> groups) {
        this.description = description;
        this.targetGroups.clear();
        if (groups != null) {
            this.targetGroups.addAll(groups);
        }
    }

    /**
     * Sets the number of seats (null: no limit). It may not drop below the seats already taken; when it grows, the
     * first on the waiting list get the new seats, and are returned so they can be told.
     */
    public List<EventRegistration> changeCapacity(Integer seats) {
        if (seats != null && seats < 1) {
            throw new BusinessException("event.capacityTooSmall");
        }
        int taken = confirmedCount();
        if (seats != null && seats < taken) {
            throw new BusinessException("event.capacityBelowConfirmed", taken);
        }
        this.capacity = seats;
        return seats().fillFromWaitingList();
    }

    /**
     * Registers a person: a seat if one is free, otherwise a place at the end of the waiting list. Someone who
     * cancelled earlier may register again (at the end of the queue). Refused once the event has started.
     */
    public EventRegistration register(
            long accountId, String name, String email, String organisation, String language, Instant now) {
        if (hasStarted(now)) {
            throw new BusinessException("event.registrationClosed");
        }
        Optional<EventRegistration> earlier = registrationOf(accountId);
        if (earlier.isPresent() && earlier.get().isActive()) {
            throw new BusinessException("event.alreadyRegistered");
        }
        EventSeats seats = seats();
        RegistrationStatus status = seats.hasFree() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        int queueNumber = seats.nextQueueNumber();
        if (earlier.isPresent()) {
            earlier.get().renew(name, email, organisation, language, status, queueNumber, now);
            return earlier.get();
        }
        EventRegistration registration =
                new EventRegistration(this, accountId, name, email, organisation, language, status, queueNumber, now);
        registrations.add(registration);
        return registration;
    }

    /**
     * Cancels a registration before the event starts. If it held a seat, the first on the waiting list gets it and is
     * returned.
     */
    public Optional<EventRegistration> cancel(EventRegistration registration, Instant now) {
        if (!registrations.contains(registration) || !registration.isActive()) {
            throw new BusinessException("event.notRegistered");
        }
        if (hasStarted(now)) {
            throw new BusinessException("event.cancellationClosed");
        }
        boolean freedASeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now);
        return freedASeat ? seats().fillFromWaitingList().stream().findFirst() : Optional.empty();
    }

    /** Notes written by staff after the event (fi/sv/en); shown to the public once the event is over. */
    public void writeNotes(LocalizedText text) {
        this.notes = text;
    }

    public boolean notesVisibleAt(Instant now) {
        return notes != null && isOver(now);
    }

    public boolean hasStarted(Instant now) {
        return window.hasOpened(now);
    }

    public boolean isOver(Instant now) {
        return window.hasClosed(now);
    }

    public boolean acceptsRegistrationsAt(Instant now) {
        return !hasStarted(now);
    }

    /** The seats and the waiting list, by the rules of {@link EventSeats}. */
    public EventSeats seats() {
        return new EventSeats(capacity, registrations);
    }

    public boolean hasFreeSeat() {
        return seats().hasFree();
    }

    /** Free seats, or -1 when there is no limit. */
    public int freeSeats() {
        return seats().free();
    }

    public int confirmedCount() {
        return seats().confirmed();
    }

    public List<EventRegistration> waitingList() {
        return seats().waitingList();
    }

    public List<EventRegistration> activeRegistrations() {
        return seats().active();
    }

    public Optional<EventRegistration> registrationOf(long accountId) {
        return registrations.stream().filter(r -> r.getAccountId() == accountId).findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public EventType getType() {
        return type;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getNotes() {
        return notes;
    }

    public Instant getStartsAt() {
        return window.getOpensAt();
    }

    public Instant getEndsAt() {
        return window.getClosesAt();
    }

    public String getPlace() {
        return place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
    }

    /** The optimistic-lock version; an editing page keeps the one it showed and the boundary compares it. */
    public long getVersion() {
        return version;
    }

    /** Who saved this last and when, to name them to someone saving from an older page; null before any edit. */
    public LastEdit getLastEdit() {
        return lastEdit;
    }

    /** Records a save by {@code by} (a display name or email) at {@code at}; the version moves with it. */
    public void edited(String by, java.time.Instant at) {
        this.lastEdit = new LastEdit(by, at);
    }
}
