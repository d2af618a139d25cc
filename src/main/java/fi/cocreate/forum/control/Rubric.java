package fi.cocreate.forum.control;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scoring rubric of a selection round: the weighted criteria on which panellists score applications.
 *
 * <p>Every score is an integer on the fixed scale {@value #MIN_VALUE}–{@value #MAX_VALUE}. The rubric is the
 * single place that defines the scale, so that aggregation and validation agree on it.
 *
 * @param criteria the criteria in display order; ids must be unique
 */
public record Rubric(List<Criterion> criteria) {

    /** Lowest value a panellist can give on a criterion. */
    public static final int MIN_VALUE = 1;

    /** Highest value a panellist can give on a criterion. */
    public static final int MAX_VALUE = 5;

    public Rubric {
        Objects.requireNonNull(criteria, "criteria");
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> ids = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!ids.add(criterion.id())) {
                throw new IllegalArgumentException("duplicate criterion id: " + criterion.id());
            }
        }
    }

    /** Convenience factory. */
    public static Rubric of(Criterion... criteria) {
        return new Rubric(List.of(criteria));
    }

    /** The criterion with this id, if the rubric has it. */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Criteria by id, in rubric order. */
    public Map<String, Criterion> byId() {
        Map<String, Criterion> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.id(), c));
        return map;
    }
}
