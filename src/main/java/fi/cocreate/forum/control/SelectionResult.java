package fi.cocreate.forum.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link ForumSelector#select(SelectionProblem)}.
 *
 * <p>When {@link #status()} is {@link SelectionStatus#OPTIMAL} or {@link SelectionStatus#FEASIBLE}, the
 * selected group, waiting list and decisions are filled and {@link #violations()} is empty. When it is
 * {@link SelectionStatus#INFEASIBLE} or {@link SelectionStatus#UNDECIDED}, the selected group, waiting list
 * and decisions are empty and the violations explain why.
 *
 * @param status          outcome
 * @param selectedIds     the forum, best score first (ranking order: score descending, then id ascending)
 * @param totalScore      sum of the selected candidates' scores as given (the optimised value; see
 *                        {@link Candidate#SCORE_RESOLUTION})
 * @param solveTime       wall-clock time of the whole selection, including diagnosis
 * @param waitingList     every candidate that is neither selected nor locked out, in ranking order. This is
 *                        a score order, not a rule-aware order: when a member drops out, re-run the selection
 *                        with them locked out (and the others locked in) rather than taking the first name
 * @param scoreOnlyIds    for comparison: the locked-in candidates plus the best-ranked candidates that are not
 *                        locked out, up to the forum size, ignoring the diversity rules; in ranking order.
 *                        Empty when the locks alone make that impossible
 * @param scoreOnlyTotal  total score of {@code scoreOnlyIds}
 * @param decisions       one decision per candidate, in ranking order
 * @param violations      failing rules and locks, most specific first
 */
public record SelectionResult(SelectionStatus status, List<String> selectedIds, double totalScore, Duration solveTime,
        List<String> waitingList, List<String> scoreOnlyIds, double scoreOnlyTotal, List<CandidateDecision> decisions,
        List<RuleViolation> violations) implements Serializable {

    public SelectionResult {
        Objects.requireNonNull(status, "status");
        selectedIds = List.copyOf(selectedIds);
        Objects.requireNonNull(solveTime, "solveTime");
        waitingList = List.copyOf(waitingList);
        scoreOnlyIds = List.copyOf(scoreOnlyIds);
        decisions = List.copyOf(decisions);
        violations = List.copyOf(violations);
    }

    /** Whether a group that satisfies every rule and lock was found (proven optimal or not). */
    public boolean hasGroup() {
        return status == SelectionStatus.OPTIMAL || status == SelectionStatus.FEASIBLE;
    }

    /** The decision for one candidate, empty if there is none (no group, or unknown id). */
    public Optional<CandidateDecision> decision(String candidateId) {
        return decisions.stream().filter(d -> d.candidateId().equals(candidateId)).findFirst();
    }
}
