package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.control.PanelScore;
import fi.cocreate.forum.control.Rubric;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One panellist's scores (1–5 per criterion) and comment on one application. A draft can be saved and changed; once
 * submitted, every criterion has a value and the sheet is final, because after submitting the panellist sees the
 * others' scores and must not be able to adjust their own to them.
 */
@Entity
@Table(name = "panel_score_sheet")
@NamedQuery(name = ScoreSheet.BY_CALL, query = "select s from ScoreSheet s where s.callId = :call order by s.id")
@NamedQuery(
        name = ScoreSheet.BY_APPLICATION,
        query = "select s from ScoreSheet s where s.applicationId = :application order by s.submittedAt, s.id")
@NamedQuery(
        name = ScoreSheet.BY_APPLICATION_AND_MEMBER,
        query = "select s from ScoreSheet s where s.applicationId = :application and s.member = :member")
public class ScoreSheet implements Serializable {

    public static final String BY_CALL = "ScoreSheet.byCall";
    public static final String BY_APPLICATION = "ScoreSheet.byApplication";
    public static final String BY_APPLICATION_AND_MEMBER = "ScoreSheet.byApplicationAndMember";
    public static final int MAX_COMMENT = 5000;

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

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_score_value", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, Integer> values = new HashMap<>();

    @Column(name = "comment_text", length = MAX_COMMENT)
    private String comment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected ScoreSheet() {}

    public ScoreSheet(long applicationId, PanelMember member, Instant at) {
        this.member = Objects.requireNonNull(member, "Panel member is required.");
        this.callId = member.getCallId();
        this.applicationId = applicationId;
        this.updatedAt = at;
    }

    /** Saves a draft: values may be missing, but those given must be on the scale and for known criteria. */
    public void saveDraft(Map<Long, Integer> given, String comment, Collection<Long> criterionIds, Instant at) {
        if (isSubmitted()) {
            throw new BusinessException("panel.score.alreadySubmitted");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new BusinessException("panel.score.commentTooLong", MAX_COMMENT);
        }
        Map<Long, Integer> checked = new HashMap<>();
        given.forEach((criterion, value) -> {
            if (value == null) {
                return;
            }
            if (!criterionIds.contains(criterion)) {
                throw new BusinessException("panel.score.unknownCriterion");
            }
            if (value < Rubric.MIN_VALUE || value > Rubric.MAX_VALUE) {
                throw new BusinessException("panel.score.valueRange", Rubric.MIN_VALUE, Rubric.MAX_VALUE);
            }
            checked.put(criterion, value);
        });
        values.clear();
        values.putAll(checked);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.updatedAt = at;
    }

    /** Saves and submits: every criterion needs a value. */
    public void submit(Map<Long, Integer> given, String comment, Collection<Long> criterionIds, Instant at) {
        saveDraft(given, comment, criterionIds, at);
        if (!values.keySet().containsAll(criterionIds)) {
            throw new BusinessException("panel.score.incomplete");
        }
        this.submittedAt = at;
    }

    /** The submitted values as the scoring core sees them; empty for a draft. */
    public List<PanelScore> toPanelScores() {
        List<PanelScore> scores = new ArrayList<>();
        if (isSubmitted()) {
            values.forEach((criterion, value) -> scores.add(new PanelScore(
                    member.panellistKey(), String.valueOf(applicationId), String.valueOf(criterion), value)));
        }
        return scores;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
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

    public Map<Long, Integer> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
