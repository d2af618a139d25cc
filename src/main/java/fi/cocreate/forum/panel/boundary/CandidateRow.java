package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.control.CandidateDecision;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * One candidate in a selection run, in ranking order: their score, attributes, the solver's decision and reason, the
 * staff lock (true = in, false = out, null = none), whether they are in the plain top-k group, and their place on the
 * waiting list (0 when not on it), and their place in the score ranking (1 = best score), which exists also when
 * a run found no group.
 *
 * <p>{@code inTopK} is membership of the score-only comparison group, which includes locked-in candidates; whether the
 * candidate is among the k best scores is {@link #withinTop(int)}.
 */
public record CandidateRow(
        long applicationId,
        String name,
        double score,
        Map<String, Set<String>> attributes,
        CandidateDecision decision,
        Boolean lock,
        boolean inTopK,
        int waitingPosition,
        int rank)
        implements Serializable {

    /** Whether the candidate's score is among the k best, locks aside. */
    public boolean withinTop(int k) {
        return rank >= 1 && rank <= k;
    }

    public boolean isSelected() {
        return decision != null && decision.selected();
    }

    public String values(String dimension) {
        return String.join(", ", attributes.getOrDefault(dimension, Set.of()));
    }
}
