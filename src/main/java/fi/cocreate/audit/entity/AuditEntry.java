package fi.cocreate.audit.entity;

import fi.cocreate.audit.entity.AuditAction.RecordKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited action: who (the account's id and address at the time; none for the system), what, when, which record,
 * and a short detail (a role, a reason, a format). Written in the transaction of the action, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email", length = 254)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind recordKind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(Instant at, Long actorId, String actorEmail, AuditAction action, long recordId, String detail) {
        this.at = Objects.requireNonNull(at, "Time is required.");
        this.action = Objects.requireNonNull(action, "Action is required.");
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.recordKind = action.record();
        this.recordId = recordId;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH
                ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public RecordKind getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }
}
