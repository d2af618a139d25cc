package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;
import fi.cocreate.forum.control.CandidateDecision;
import java.util.Map;
import java.util.Set;

/**
 * One candidate in a selection run, in ranking order: their score, attributes, the solver's decision and reason, the
 * staff lock (true = in, false = out, null = none), whether they are in the plain top-k group, and their place on the
 * waiting list (0 when not on it).
 */
public record CandidateRow(long applicationId, String name, double score, Map<String, Set<String>> attributes,
        CandidateDecision decision, Boolean lock, boolean inTopK, int waitingPosition) implements Serializable {

    public boolean isSelected() {
        return decision != null && decision.selected();
    }

    public String values(String dimension) {
        return String.join(", ", attributes.getOrDefault(dimension, Set.of()));
    }
}
