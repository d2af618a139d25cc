package fi.cocreate.forum.control;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An applicant as seen by the forum selection: an id, a score and attribute values per dimension.
 *
 * <p>Dimensions are generic strings (for example {@code "area"}, {@code "gender"}, {@code "ageBand"},
 * {@code "regionOfOrigin"}, {@code "homeCountry"}) so that the selection rules can be changed without code
 * changes. A candidate may have several values in one dimension (areas of expertise are multi-valued) or
 * none (a dimension the applicant left empty: such a candidate counts for no rule on that dimension).
 * Values are compared exactly, case-sensitively; the caller should use stable codes rather than
 * translated labels.
 *
 * <p>The score is normally the {@link ApplicationScore#normalisedMean()}. Selection compares scores at
 * {@link #SCORE_RESOLUTION} (four decimals): scores that agree to four decimals are ties, broken by id
 * (see {@link ForumSelector}).
 *
 * @param id         unique, stable id (the application id)
 * @param score      finite score, higher is better, at most {@value #MAX_ABS_SCORE} in absolute value
 * @param attributes values per dimension; copied and made unmodifiable
 */
public record Candidate(String id, double score, Map<String, Set<String>> attributes) {

    /** Scores are compared after rounding to this step. */
    public static final double SCORE_RESOLUTION = 1e-4;

    /** Largest accepted absolute score, so that scores in resolution units fit exactly in a double. */
    public static final double MAX_ABS_SCORE = 1_000_000;

    public Candidate {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("candidate id must not be blank");
        }
        if (!Double.isFinite(score) || Math.abs(score) > MAX_ABS_SCORE) {
            throw new IllegalArgumentException("candidate " + id + ": score must be finite and at most " + MAX_ABS_SCORE
                    + " in absolute value, was " + score);
        }
        Objects.requireNonNull(attributes, "attributes");
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        attributes.forEach((dimension, values) -> {
            Objects.requireNonNull(dimension, "dimension");
            Set<String> v = new LinkedHashSet<>(Objects.requireNonNull(values, "values of " + dimension));
            if (v.contains(null)) {
                throw new IllegalArgumentException("candidate " + id + ": null value in dimension " + dimension);
            }
            copy.put(dimension, Collections.unmodifiableSet(v));
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    /** A candidate without attributes; add them with {@link #with(String, String...)}. */
    public static Candidate of(String id, double score) {
        return new Candidate(id, score, Map.of());
    }

    /** A copy with these values in the dimension (replacing any earlier values of that dimension). */
    public Candidate with(String dimension, String... values) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(attributes);
        copy.put(dimension, new LinkedHashSet<>(Arrays.asList(values)));
        return new Candidate(id, score, copy);
    }

    /** The values in the dimension, empty if none. */
    public Set<String> values(String dimension) {
        return attributes.getOrDefault(dimension, Set.of());
    }

    /** Whether the candidate has this value in this dimension. */
    public boolean has(String dimension, String value) {
        return values(dimension).contains(value);
    }

    /** The score in whole {@link #SCORE_RESOLUTION} units, as used for optimisation and ranking. */
    public long scoreUnits() {
        return Math.round(score / SCORE_RESOLUTION);
    }
}
