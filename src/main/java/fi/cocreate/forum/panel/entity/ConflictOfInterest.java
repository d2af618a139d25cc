package fi.cocreate.forum.panel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A panellist's declaration that they have a conflict of interest with one application. Final: from then on the
 * application is neither shown to nor scorable by them.
 */
@Entity
@Table(name = "panel_conflict")
@NamedQuery(
        name = ConflictOfInterest.BY_CALL,
        query = "select c from ConflictOfInterest c where c.callId = :call order by c.id")
@NamedQuery(
        name = ConflictOfInterest.COUNT_FOR,
        query = "select count(c) from ConflictOfInterest c where c.applicationId = :application and c.member = :member")
public class ConflictOfInterest {

    public static final String BY_CALL = "ConflictOfInterest.byCall";
    public static final String COUNT_FOR = "ConflictOfInterest.countFor";
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private PanelMember member;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ConflictOfInterest() {}

    public ConflictOfInterest(long applicationId, PanelMember member, String reason, Instant at) {
        this.member = Objects.requireNonNull(member, "Panel member is required.");
        this.callId = member.getCallId();
        this.applicationId = applicationId;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.declaredAt = Objects.requireNonNull(at, "Declaration time is required.");
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public PanelMember getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
