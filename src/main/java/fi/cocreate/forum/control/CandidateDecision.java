package fi.cocreate.forum.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The selection decision for one candidate with its reason, for display and audit.
 *
 * <p>For an {@link SelectionStatus#OPTIMAL} result every rule-based reason lists at least one rule. For a
 * {@link SelectionStatus#FEASIBLE} result (time limit, not proven optimal) a rule-based reason can have an
 * empty rule list, because a better group may exist.
 *
 * @param candidateId the candidate
 * @param rank        1-based position in the score ranking (score descending, then id ascending)
 * @param selected    whether the candidate is in the forum
 * @param reason      why (see {@link DecisionReason})
 * @param rules       rules behind the reason, in problem order; empty when no rule is involved
 */
public record CandidateDecision(
        String candidateId, int rank, boolean selected, DecisionReason reason, List<DiversityRule> rules)
        implements Serializable {

    public CandidateDecision {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(reason, "reason");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }
}
