package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.panel.control.SelectionDimension;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A diversity rule staff set for a call: at least {@code minimum} and at most {@code maximum} (none if null) forum
 * members with {@code value} in {@code dimension}. Mapped one-to-one to the solver's {@link DiversityRule}.
 */
@Entity
@Table(name = "panel_selection_rule")
@NamedQuery(
        name = SelectionRule.BY_CALL,
        query = "select r from SelectionRule r where r.callId = :call order by r.dimension, r.value, r.id")
public class SelectionRule implements Serializable {

    public static final String BY_CALL = "SelectionRule.byCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SelectionDimension dimension;

    @Column(name = "value_code", nullable = false, length = 60)
    private String value;

    @Column(nullable = false)
    private int minimum;

    @Column
    private Integer maximum;

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected SelectionRule() {}

    public SelectionRule(long callId, SelectionDimension dimension, String value, int minimum, Integer maximum) {
        this.callId = callId;
        this.dimension = Objects.requireNonNull(dimension, "Dimension is required.");
        if (value == null || value.isBlank() || value.length() > 60) {
            throw new BusinessException("panel.rule.valueRequired");
        }
        if (!dimension.accepts(value)) {
            throw new BusinessException("panel.rule.valueUnknown", value);
        }
        this.value = value.strip();
        change(minimum, maximum);
    }

    public final void change(int minimum, Integer maximum) {
        if (minimum < 0 || (maximum != null && maximum < 0)) {
            throw new BusinessException("panel.rule.negative");
        }
        if (maximum != null && maximum < minimum) {
            throw new BusinessException("panel.rule.maxBelowMin", minimum, maximum);
        }
        if (minimum == 0 && maximum == null) {
            throw new BusinessException("panel.rule.empty");
        }
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public DiversityRule toDiversityRule() {
        return new DiversityRule(
                dimension.code(), value, minimum, maximum == null ? DiversityRule.NO_MAXIMUM : maximum);
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public SelectionDimension getDimension() {
        return dimension;
    }

    public String getValue() {
        return value;
    }

    public int getMinimum() {
        return minimum;
    }

    public Integer getMaximum() {
        return maximum;
    }

    /** The optimistic-lock version; an editing page keeps the one it showed and the boundary compares it. */
    public long getVersion() {
        return version;
    }

    /** Who saved this last and when, to name them to someone saving from an older page; null before any edit. */
    public LastEdit getLastEdit() {
        return lastEdit;
    }

    /** Records a save by {@code by} (a display name or email) at {@code at}; the version moves with it. */
    public void edited(String by, java.time.Instant at) {
        this.lastEdit = new LastEdit(by, at);
    }
}
