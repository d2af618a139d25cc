package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * More time for one organisation in one consultation: until {@code until} (after the consultation's deadline), for a
 * reason staff record. The organisation's drafts and submission are accepted until then; a submission at or after
 * the consultation's deadline is marked late wherever it is shown.
 */
@Entity
@Table(name = "deadline_extension")
@NamedQuery(
        name = DeadlineExtension.OF_CONSULTATION,
        query = "select e from DeadlineExtension e"
                + " join fetch e.organisation o where e.consultation.id = :consultation order by o.name")
@NamedQuery(
        name = DeadlineExtension.FOR_ORGANISATION,
        query = "select e from DeadlineExtension e"
                + " where e.consultation.id = :consultation and e.organisation.id = :organisation")
public class DeadlineExtension {

    public static final String OF_CONSULTATION = "DeadlineExtension.ofConsultation";
    public static final String FOR_ORGANISATION = "DeadlineExtension.forOrganisation";
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "until_at", nullable = false)
    private Instant until;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Version
    private long version;

    protected DeadlineExtension() {}

    public DeadlineExtension(
            Consultation consultation,
            Organisation organisation,
            Instant until,
            String reason,
            String grantedBy,
            Instant now) {
        this.consultation = Objects.requireNonNull(consultation);
        this.organisation = Objects.requireNonNull(organisation);
        change(until, reason, grantedBy, now);
    }

    /** Sets a new end and reason: after the consultation's deadline and in the future, with a reason. */
    public final void change(Instant until, String reason, String by, Instant now) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new BusinessException("extension.reasonRequired").about("reason");
        }
        if (given.length() > REASON_MAX) {
            throw new BusinessException("extension.reasonTooLong", REASON_MAX).about("reason");
        }
        if (until == null || !until.isAfter(consultation.getDeadline()) || !until.isAfter(now)) {
            throw new BusinessException("extension.untilAfterDeadline").about("until");
        }
        this.until = until;
        this.reason = given;
        this.grantedBy = Objects.requireNonNull(by);
        this.grantedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public long getVersion() {
        return version;
    }
}
