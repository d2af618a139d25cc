package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.control.Criterion;
import fi.cocreate.forum.control.Rubric;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One criterion of a call's scoring rubric: a name, a relative weight and a descriptor for every level of the
 * 1–5 scale, all in Finnish, Swedish and English.
 */
@Entity
@Table(name = "panel_criterion")
@NamedQuery(
        name = RubricCriterion.BY_CALL,
        query = "select c from RubricCriterion c where c.callId = :call order by c.sortOrder, c.id")
public class RubricCriterion implements Serializable {

    public static final String BY_CALL = "RubricCriterion.byCall";
    public static final double MAX_WEIGHT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private double weight;

    @Embedded
    private LocalizedText name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_criterion_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderBy("level")
    private List<LevelDescriptor> levels = new ArrayList<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected RubricCriterion() {}

    public RubricCriterion(long callId, int sortOrder, LocalizedText name, double weight, List<LocalizedText> levels) {
        this.callId = callId;
        this.sortOrder = sortOrder;
        update(name, weight, levels);
    }

    /** Changes name, weight and level descriptors; a descriptor is required for every level of the scale. */
    public final void update(LocalizedText name, double weight, List<LocalizedText> levelTexts) {
        this.name = Objects.requireNonNull(name, "Name is required.");
        if (!Double.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
            throw new BusinessException("panel.rubric.weightRange", MAX_WEIGHT);
        }
        int size = Rubric.MAX_VALUE - Rubric.MIN_VALUE + 1;
        if (levelTexts == null || levelTexts.size() != size || levelTexts.contains(null)) {
            throw new BusinessException("panel.rubric.levelsRequired");
        }
        this.weight = weight;
        levels.clear();
        for (int i = 0; i < size; i++) {
            levels.add(new LevelDescriptor(Rubric.MIN_VALUE + i, levelTexts.get(i)));
        }
    }

    /** This criterion as the scoring core sees it. */
    public Criterion toCriterion() {
        return new Criterion(String.valueOf(id), weight);
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public double getWeight() {
        return weight;
    }

    public LocalizedText getName() {
        return name;
    }

    public List<LevelDescriptor> getLevels() {
        return Collections.unmodifiableList(levels);
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
