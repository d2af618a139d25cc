package fi.cocreate.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record that an organisation's representatives were reminded of a consultation's deadline at one reminder point
 * (days before the deadline). Rows are claimed with an insert that the unique key lets succeed only once, so a restart
 * or a second server never reminds twice. {@code mailed} is false for a point that had already passed when the next
 * point was due (no second mail at once).
 */
@Entity
@Table(name = "deadline_reminder")
@NamedQuery(
        name = DeadlineReminder.OF_CONSULTATION,
        query = "select d from DeadlineReminder d where d.consultationId = :consultationId order by d.id")
public class DeadlineReminder {

    public static final String OF_CONSULTATION = "DeadlineReminder.ofConsultation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(nullable = false)
    private boolean mailed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeadlineReminder() {}

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public boolean isMailed() {
        return mailed;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
