package fi.cocreate.consultation.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A workshop, consultation event or researchers' event of a consultation, on site or remote. */
@Entity
@Table(name = "consultation_event")
public class ConsultationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
        @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    @Column(name = "remote_link", length = 500)
    private String remoteLink;

    @Version
    private long version;

    protected ConsultationEvent() {
    }

    ConsultationEvent(Consultation consultation, EventType type, LocalizedText title, Instant startsAt, Instant endsAt,
            String place, String remoteLink) {
        this.consultation = Objects.requireNonNull(consultation);
        this.type = Objects.requireNonNull(type, "Event type is required.");
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.startsAt = Objects.requireNonNull(startsAt, "Start time is required.");
        this.endsAt = Objects.requireNonNull(endsAt, "End time is required.");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An event must end after it starts.");
        }
        this.place = place;
        this.remoteLink = remoteLink;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }
}
