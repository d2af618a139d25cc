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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One panellist asked to score one application. Made automatically or by staff ({@code manual}). When staff remove
 * it, the row stays as {@code removed} so that the next automatic run does not put it back.
 */
@Entity
@Table(name = "panel_assignment")
@NamedQuery(name = Assignment.BY_CALL, query = "select a from Assignment a where a.callId = :call order by a.id")
@NamedQuery(
        name = Assignment.BY_APPLICATION_AND_MEMBER,
        query = "select a from Assignment a where a.applicationId = :application and a.member = :member")
public class Assignment implements Serializable {

    public static final String BY_CALL = "Assignment.byCall";
    public static final String BY_APPLICATION_AND_MEMBER = "Assignment.byApplicationAndMember";

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

    @Column(nullable = false)
    private boolean manual;

    @Column(nullable = false)
    private boolean removed;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected Assignment() {}

    public Assignment(long applicationId, PanelMember member, boolean manual, Instant at) {
        this.member = Objects.requireNonNull(member, "Panel member is required.");
        this.callId = member.getCallId();
        this.applicationId = applicationId;
        this.manual = manual;
        this.assignedAt = Objects.requireNonNull(at, "Assignment time is required.");
    }

    /** Staff take the assignment away; it is kept so that the automatic assignment leaves this pair alone. */
    public void remove() {
        removed = true;
        manual = true;
    }

    /** Staff give the assignment back. */
    public void restore(Instant at) {
        removed = false;
        manual = true;
        assignedAt = at;
    }

    /** Counts towards coverage and load. */
    public boolean isActive() {
        return !removed;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public PanelMember getMember() {
        return member;
    }

    public boolean isManual() {
        return manual;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
