package fi.cocreate.forum.control;

import java.util.Objects;

/**
 * Tunable parameters of {@link ScoreAggregation}.
 *
 * <p>An application is flagged for disagreement when at least two panellists scored it and either the
 * standard deviation of their weighted totals is above {@code spreadThreshold}, or the difference between
 * the highest and the lowest total is at least {@code rangeThreshold}. Both are on the 1–5 scale.
 *
 * @param normalisation   how panellist z-scores are computed
 * @param spreadThreshold flag when the spread (population standard deviation) is strictly above this
 * @param rangeThreshold  flag when max − min of panellist totals is at least this
 */
public record AggregationSettings(NormalisationScope normalisation, double spreadThreshold, double rangeThreshold) {

    /** Spread threshold used by {@link #defaults()}. */
    public static final double DEFAULT_SPREAD_THRESHOLD = 1.0;

    /** Range threshold used by {@link #defaults()}. */
    public static final double DEFAULT_RANGE_THRESHOLD = 2.0;

    public AggregationSettings {
        Objects.requireNonNull(normalisation, "normalisation");
        if (!(spreadThreshold >= 0) || !(rangeThreshold >= 0)) {
            throw new IllegalArgumentException("thresholds must be non-negative numbers");
        }
    }

    /** Per-panellist normalisation, spread threshold 1.0, range threshold 2.0. */
    public static AggregationSettings defaults() {
        return new AggregationSettings(
                NormalisationScope.PER_PANELLIST, DEFAULT_SPREAD_THRESHOLD, DEFAULT_RANGE_THRESHOLD);
    }

    /** A copy with another normalisation scope. */
    public AggregationSettings withNormalisation(NormalisationScope scope) {
        return new AggregationSettings(scope, spreadThreshold, rangeThreshold);
    }

    /** A copy with other disagreement thresholds. */
    public AggregationSettings withThresholds(double spread, double range) {
        return new AggregationSettings(normalisation, spread, range);
    }
}
