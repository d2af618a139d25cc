package fi.cocreate.consultation.entity;

import fi.cocreate.common.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's registration to an event, made by a logged-in user for themselves. The event decides whether it gets a
 * seat or a place on the waiting list ({@link ConsultationEvent#register}); the queue number keeps the order.
 */
@Entity
@Table(name = "event_registration")
@NamedQuery(
        name = EventRegistration.OF_ACCOUNT,
        query = "select r from EventRegistration r where r.accountId = :account order by r.registeredAt")
@NamedQuery(
        name = EventRegistration.ENDED_BEFORE,
        query = "select r from EventRegistration r where r.event.window.closesAt < :before and r.email <> ''")
@NamedQuery(
        name = EventRegistration.ACTIVE_OF_ACCOUNT,
        query =
                "select r from EventRegistration r where r.accountId = :account and r.status <> fi.cocreate.consultation.entity.RegistrationStatus.CANCELLED order by r.event.window.opensAt")
public class EventRegistration implements Serializable {

    public static final String ACTIVE_OF_ACCOUNT = "EventRegistration.activeOfAccount";
    public static final String OF_ACCOUNT = "EventRegistration.ofAccount";
    public static final String ENDED_BEFORE = "EventRegistration.endedBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private ConsultationEvent event;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 300)
    private String organisation;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegistrationStatus status;

    @Column(name = "queue_number", nullable = false)
    private int queueNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected EventRegistration() {}

    EventRegistration(
            ConsultationEvent event,
            long accountId,
            String name,
            String email,
            String organisation,
            String language,
            RegistrationStatus status,
            int queueNumber,
            Instant now) {
        this.event = Objects.requireNonNull(event);
        this.accountId = accountId;
        renew(name, email, organisation, language, status, queueNumber, now);
    }

    final void renew(
            String name,
            String email,
            String organisation,
            String language,
            RegistrationStatus status,
            int queueNumber,
            Instant now) {
        this.name = PlainText.name(Objects.requireNonNull(name, "Name is required."));
        this.email = Objects.requireNonNull(email, "Email is required.");
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.language = Objects.requireNonNull(language, "Language is required.");
        this.status = status;
        this.queueNumber = queueNumber;
        this.registeredAt = now;
        this.cancelledAt = null;
    }

    void promote() {
        status = RegistrationStatus.CONFIRMED;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Removes the participant's name, address and organisation; the status and times stay for the statistics. */
    public void anonymise() {
        name = "";
        email = "";
        organisation = null;
    }

    public boolean isAnonymised() {
        return email.isEmpty();
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public boolean isWaiting() {
        return status == RegistrationStatus.WAITING;
    }

    /** The place on the waiting list, counting from 1; 0 when not waiting. */
    public int waitingPosition() {
        return isWaiting() ? event.waitingList().indexOf(this) + 1 : 0;
    }

    public Long getId() {
        return id;
    }

    public ConsultationEvent getEvent() {
        return event;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public int getQueueNumber() {
        return queueNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
