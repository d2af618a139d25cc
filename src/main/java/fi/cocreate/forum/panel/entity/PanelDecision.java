package fi.cocreate.forum.panel.entity;

import fi.cocreate.forum.control.DecisionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The confirmed decision on one application: selected, on the waiting list (with its position) or not selected,
 * with the rank by score and the solver's reason, kept for the record.
 */
@Entity
@Table(name = "panel_decision")
@NamedQuery(
        name = PanelDecision.BY_CALL,
        query =
                "select d from PanelDecision d where d.callId = :call order by d.outcome, d.waitingPosition, d.scoreRank")
public class PanelDecision {

    public static final String BY_CALL = "PanelDecision.byCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionOutcome outcome;

    @Column(name = "score_rank", nullable = false)
    private int scoreRank;

    @Column(name = "waiting_position")
    private Integer waitingPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionReason reason;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected PanelDecision() {}

    public PanelDecision(
            long callId,
            long applicationId,
            DecisionOutcome outcome,
            int scoreRank,
            Integer waitingPosition,
            DecisionReason reason,
            Instant at) {
        this.callId = callId;
        this.applicationId = applicationId;
        this.outcome = Objects.requireNonNull(outcome, "Outcome is required.");
        this.scoreRank = scoreRank;
        this.waitingPosition = waitingPosition;
        this.reason = Objects.requireNonNull(reason, "Reason is required.");
        this.decidedAt = Objects.requireNonNull(at, "Decision time is required.");
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public int getScoreRank() {
        return scoreRank;
    }

    public Integer getWaitingPosition() {
        return waitingPosition;
    }

    public DecisionReason getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
