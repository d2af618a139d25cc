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
 * {@link SelectionStatus#INFEASIBLE} or {@link SelectionStatus.UNKNOWN}, the selected group, waiting list
 * and decisions are empty and the violations explain why.
 *
 * @param status          outcome
 * @param selectedIds     the forum, best score first (ranking order: score descending, then id ascending)
 * @param totalScore      sum of the selected candidates' scores as given (the optimised value; see
 *                        {@link Candidate#SCORE_RESOLUTION})
 * @param bestBound       proven upper bound on the total score of any valid group, in the same units: equal to the
 *                        rounded {@code totalScore} when {@link SelectionStatus#OPTIMAL}, above it when
 *                        {@link SelectionStatus#FEASIBLE}; {@link Double#NaN} when there is no group
 * @param solveTime       wall-clock time of the whole selection, including diagnosis
 * @param waitingList     every candidate that is neither selected nor locked out, in ranking order. This is
 *                        a score order, not a rule-aware order: when a member drops out, re-run the selection
 *                        with them locked out (and the others locked in) rather than taking the first name
 * @param scoreOnlyIds    for comparison: the locked-in candidates plus the best-ranked candidates that are not
 *                        locked out, up to the forum size, ignoring the diversity rules; in ranking order.
 *                        Empty when the locks alone make that impossible, or when the time limit cut the call
 *                        before the candidates were ranked
 * @param scoreOnlyTotal  total score of {@code scoreOnlyIds}
 * @param decisions       one decision per candidate, in ranking order
 * @param violations      failing rules and locks, most specific first
 * @param conflicts       when INFEASIBLE because rules contradict each other: each smallest conflicting set of
 *                        limits, with by how much each must give (its entries are also in {@code violations})
 */
public record SelectionResult(
        SelectionStatus status,
        List<String> selectedIds,
        double totalScore,
        double bestBound,
        Duration solveTime,
        List<String> waitingList,
        List<String> scoreOnlyIds,
        double scoreOnlyTotal,
        List<CandidateDecision> decisions,
        List<RuleViolation> violations,
        List<RuleConflict> conflicts)
        implements Serializable {

    public SelectionResult {
        Objects.requireNonNull(status, "status");
        selectedIds = List.copyOf(selectedIds);
        Objects.requireNonNull(solveTime, "solveTime");
        waitingList = List.copyOf(waitingList);
        scoreOnlyIds = List.copyOf(scoreOnlyIds);
        decisions = List.copyOf(decisions);
        violations = List.copyOf(violations);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * How much higher than {@link #totalScore()} the best total could still be: 0 when optimal, the proven gap when
     * the time limit cut the search (FEASIBLE), empty without a group.
     */
    public Optional<Double> gap() {
        if (!hasGroup() || Double.isNaN(bestBound)) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, Math.round((bestBound - totalScore) / Candidate.SCORE_RESOLUTION))
                * Candidate.SCORE_RESOLUTION);
    }

    /** The gap relative to the bound (0.01 = the total is within 1 % of the best possible), empty without a group. */
    public Optional<Double> relativeGap() {
        return gap().map(g -> bestBound == 0 ? 0.0 : g / Math.abs(bestBound));
    }

    /** Whether a group that satisfies every rule and lock was found (proven optimal or not). */
    public boolean hasGroup() {
        return status == SelectionStatus.OPTIMAL || status == SelectionStatus.FEASIBLE;
    }

    /** The decision for one candidate, empty if there is none (no group, or unknown id). */
    public Optional<CandidateDecision> decision(String candidateId) {
        return decisions.stream()
                .filter(d -> d.candidateId().equals(candidateId))
                .findFirst();
    }
}
