package fi.cocreate.forum.control;

import java.util.Objects;

/**
 * One criterion of a scoring rubric, with its relative weight.
 *
 * <p>Weights are relative: only their ratios matter, so {@code 2, 1, 1} and {@code 0.5, 0.25, 0.25}
 * give the same weighted means. They must be positive and finite so that every criterion counts.
 *
 * @param id     stable identifier used in {@link PanelScore#criterionId()}
 * @param weight positive relative weight
 */
public record Criterion(String id, double weight) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("criterion id must not be blank");
        }
        if (!Double.isFinite(weight) || weight <= 0) {
            throw new IllegalArgumentException(
                    "criterion " + id + ": weight must be positive and finite, was " + weight);
        }
    }
}
