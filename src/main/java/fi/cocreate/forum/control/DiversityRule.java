package fi.cocreate.forum.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * A composition rule for the forum: at least {@code minimum} and at most {@code maximum} selected members
 * must have {@code value} in {@code dimension}.
 *
 * <p>A member with several values in the dimension (several areas of expertise) counts towards the rule
 * of each of their values. There is at most one rule per (dimension, value) in a
 * {@link SelectionProblem}; its {@link #key()} identifies it in results and reasons.
 *
 * @param dimension the attribute dimension, as in {@link Candidate#attributes()}
 * @param value     the attribute value
 * @param minimum   at least this many members (0 = no minimum)
 * @param maximum   at most this many members ({@link #NO_MAXIMUM} = no maximum)
 */
public record DiversityRule(String dimension, String value, int minimum, int maximum) implements Serializable {

    /** Marker for a rule without maximum. */
    public static final int NO_MAXIMUM = Integer.MAX_VALUE;

    public DiversityRule {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum must not be negative: " + minimum);
        }
        if (maximum < minimum) {
            throw new IllegalArgumentException(
                    "maximum " + maximum + " is below minimum " + minimum + " for " + dimension + " = " + value);
        }
    }

    /** At least {@code minimum} members with the value. */
    public static DiversityRule atLeast(String dimension, String value, int minimum) {
        return new DiversityRule(dimension, value, minimum, NO_MAXIMUM);
    }

    /** At most {@code maximum} members with the value. */
    public static DiversityRule atMost(String dimension, String value, int maximum) {
        return new DiversityRule(dimension, value, 0, maximum);
    }

    /** Between {@code minimum} and {@code maximum} members (inclusive) with the value. */
    public static DiversityRule between(String dimension, String value, int minimum, int maximum) {
        return new DiversityRule(dimension, value, minimum, maximum);
    }

    public boolean hasMinimum() {
        return minimum > 0;
    }

    public boolean hasMaximum() {
        return maximum != NO_MAXIMUM;
    }

    /** Whether a candidate counts towards this rule. */
    public boolean appliesTo(Candidate candidate) {
        return candidate.has(dimension, value);
    }

    /** Whether a group with {@code count} members having the value satisfies the rule. */
    public boolean isSatisfiedBy(int count) {
        return count >= minimum && count <= maximum;
    }

    /** Stable identifier {@code dimension=value}. */
    public String key() {
        return dimension + "=" + value;
    }

    /** English description, e.g. {@code minimum 2 and maximum 6 with area = law}. */
    public String describe() {
        String target = " with " + dimension + " = " + value;
        if (hasMinimum() && hasMaximum()) {
            return "minimum " + minimum + " and maximum " + maximum + target;
        }
        if (hasMaximum()) {
            return "maximum " + maximum + target;
        }
        if (hasMinimum()) {
            return "minimum " + minimum + target;
        }
        return "no limit" + target;
    }
}
