package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.control.AggregationSettings;
import fi.cocreate.forum.control.NormalisationScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The selection round of one forum call: how many panellists score each application, how scores are aggregated,
 * the forum size, and whether the decision is confirmed. Once confirmed, nothing of the round may change.
 */
@Entity
@Table(name = "panel_round")
public class PanelRound implements Serializable {

    public static final int DEFAULT_REVIEWERS = 3;
    public static final int MAX_REVIEWERS = 20;

    @Id
    @Column(name = "call_id")
    private Long callId;

    @Column(name = "reviewers_per_app", nullable = false)
    private int reviewersPerApplication;

    @Column(nullable = false)
    private boolean normalise;

    @Column(name = "spread_threshold", nullable = false)
    private double spreadThreshold;

    @Column(name = "range_threshold", nullable = false)
    private double rangeThreshold;

    @Column(name = "forum_size", nullable = false)
    private int forumSize;

    @Column(name = "waiting_list_size", nullable = false)
    private int waitingListSize = 10;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 254)
    private String confirmedBy;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    @Column(name = "revealed_by", length = 254)
    private String revealedBy;

    @Version
    private long version;

    protected PanelRound() {}

    public PanelRound(long callId, int forumSize) {
        this.callId = callId;
        this.reviewersPerApplication = DEFAULT_REVIEWERS;
        this.normalise = true;
        this.spreadThreshold = AggregationSettings.DEFAULT_SPREAD_THRESHOLD;
        this.rangeThreshold = AggregationSettings.DEFAULT_RANGE_THRESHOLD;
        setForumSize(forumSize);
    }

    /** Refuses any change once the decision is confirmed. */
    public void requireOpen() {
        if (isConfirmed()) {
            throw new BusinessException("panel.round.confirmed");
        }
    }

    public void configure(int reviewers, boolean normalise, double spread, double range) {
        requireOpen();
        if (reviewers < 1 || reviewers > MAX_REVIEWERS) {
            throw new BusinessException("panel.round.reviewersRange", 1, MAX_REVIEWERS);
        }
        if (!(spread >= 0) || !(range >= 0) || spread > 4 || range > 4) {
            throw new BusinessException("panel.round.thresholdRange");
        }
        this.reviewersPerApplication = reviewers;
        this.normalise = normalise;
        this.spreadThreshold = spread;
        this.rangeThreshold = range;
    }

    public void setForumSize(int forumSize) {
        requireOpen();
        if (forumSize < 1) {
            throw new BusinessException("panel.selection.forumSizeRange");
        }
        this.forumSize = forumSize;
    }

    /** How many of the candidates not selected are offered a place on the waiting list. */
    public void setWaitingListSize(int size) {
        requireOpen();
        if (size < 0) {
            throw new BusinessException("panel.selection.waitingListRange");
        }
        this.waitingListSize = size;
    }

    public void confirm(String by, Instant at) {
        requireOpen();
        this.confirmedBy = Objects.requireNonNull(by, "Confirming person is required.");
        this.confirmedAt = Objects.requireNonNull(at, "Confirmation time is required.");
    }

    /**
     * Turns blind review on or off. Locked once scoring has started (a panellist who has seen names cannot unsee them,
     * and one who scored blind was promised it) and once staff revealed the applicants.
     */
    public void setBlind(boolean blind, boolean scoringStarted) {
        requireOpen();
        if (blind == this.blind) {
            return;
        }
        if (scoringStarted || revealedAt != null) {
            throw new BusinessException("panel.blind.locked");
        }
        this.blind = blind;
    }

    /** Staff reveal the applicants of a blind call to the panel; from now on the panel sees who applied. */
    public void reveal(String by, Instant at) {
        requireOpen();
        if (!blind) {
            throw new BusinessException("panel.blind.notBlind");
        }
        if (revealedAt != null) {
            throw new BusinessException("panel.blind.alreadyRevealed");
        }
        this.revealedBy = Objects.requireNonNull(by, "Revealing person is required.");
        this.revealedAt = Objects.requireNonNull(at, "Reveal time is required.");
    }

    /** Whether panellists see the applications without identity and diversity attributes right now. */
    public boolean hidesApplicants() {
        return blind && revealedAt == null;
    }

    public boolean isBlind() {
        return blind;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }

    public String getRevealedBy() {
        return revealedBy;
    }

    /** The aggregation settings of the existing solver core. */
    public AggregationSettings aggregationSettings() {
        return AggregationSettings.defaults()
                .withThresholds(spreadThreshold, rangeThreshold)
                .withNormalisation(NormalisationScope.PER_PANELLIST);
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getCallId() {
        return callId;
    }

    public int getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public boolean isNormalise() {
        return normalise;
    }

    public double getSpreadThreshold() {
        return spreadThreshold;
    }

    public double getRangeThreshold() {
        return rangeThreshold;
    }

    public int getForumSize() {
        return forumSize;
    }

    public int getWaitingListSize() {
        return waitingListSize;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
