package fi.cocreate.forum.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Result of {@link ScoreAggregation}: the scored applications and, separately, the applications nobody
 * scored.
 *
 * <p>Unscored applications are kept apart instead of being given a made-up score, so that they can never
 * be ranked or selected by accident; the UI can list them as "not yet scored".
 *
 * @param scored           one entry per scored application, in the order the applications were given
 * @param unscoredIds      applications without a single score, in the order they were given
 */
public record AggregationResult(List<ApplicationScore> scored, List<String> unscoredIds) {

    public AggregationResult {
        scored = List.copyOf(Objects.requireNonNull(scored, "scored"));
        unscoredIds = List.copyOf(Objects.requireNonNull(unscoredIds, "unscoredIds"));
    }

    /** The aggregate of one application, empty if it is unscored or unknown. */
    public Optional<ApplicationScore> find(String applicationId) {
        return scored.stream()
                .filter(s -> s.applicationId().equals(applicationId))
                .findFirst();
    }

    /** Whether this application was given and nobody scored it. */
    public boolean isUnscored(String applicationId) {
        return unscoredIds.contains(applicationId);
    }
}
