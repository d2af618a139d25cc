package fi.cocreate.forum.panel.control;

import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The price of diversity: how much total score the group gives up for the diversity rules, so that the panel can
 * argue for or against each rule.
 *
 * <p><b>In total</b>: the plain top k (the locked-in candidates plus the best scores, ignoring the rules, as
 * {@link SelectionResult#scoreOnlyTotal()}) minus the proven-optimal group's total. <b>Per rule</b>: the same problem
 * solved again without that one rule, every other rule and lock kept; the rule costs the difference between that
 * optimum and the group's. Rules interact (two rules may ask for the same person), so the per-rule costs need not add
 * up to the total: a rule that costs 0 alone may still be part of what the rules cost together.
 *
 * <p>Only a proven-optimal group has a price: with a group cut by the time limit the differences would be differences
 * between guesses. A re-solve that is not proven optimal leaves that rule's cost unknown.
 */
public final class DiversityPrice {

    private DiversityPrice() {}

    /**
     * What one rule costs.
     *
     * @param cost        optimum without the rule minus the group's total (0 or more); null when unknown
     * @param withoutRule the optimum without the rule; null when unknown
     */
    public record RuleCost(DiversityRule rule, Double cost, Double withoutRule) implements Serializable {

        public boolean known() {
            return cost != null;
        }
    }

    /**
     * @param total      plain top-k total minus the group's total; null when the group is not proven optimal
     * @param topKTotal  the plain top-k total
     * @param groupTotal the group's total
     */
    public record Report(Double total, double topKTotal, double groupTotal, List<RuleCost> rules)
            implements Serializable {

        public Report {
            rules = List.copyOf(rules);
        }

        public boolean known() {
            return total != null;
        }
    }

    /**
     * @param problem the problem the result answers
     * @param result  its selection
     * @param solver  solves a problem (the selector through its cache, so that an unchanged rule set is not solved
     *                again)
     */
    public static Report of(
            SelectionProblem problem, SelectionResult result, Function<SelectionProblem, SelectionResult> solver) {
        Objects.requireNonNull(solver, "solver");
        if (result.status() != SelectionStatus.OPTIMAL || result.scoreOnlyIds().isEmpty()) {
            return new Report(null, result.scoreOnlyTotal(), result.totalScore(), List.of());
        }
        List<RuleCost> costs = new ArrayList<>();
        for (DiversityRule rule : problem.rules()) {
            List<DiversityRule> others = new ArrayList<>(problem.rules());
            others.remove(rule);
            SelectionResult without = solver.apply(new SelectionProblem(
                    problem.candidates(), problem.forumSize(), others, problem.lockedIn(), problem.lockedOut()));
            if (without.status() == SelectionStatus.OPTIMAL) {
                costs.add(new RuleCost(
                        rule, nonNegative(without.totalScore() - result.totalScore()), without.totalScore()));
            } else {
                costs.add(new RuleCost(rule, null, null));
            }
        }
        return new Report(
                nonNegative(result.scoreOnlyTotal() - result.totalScore()),
                result.scoreOnlyTotal(),
                result.totalScore(),
                costs);
    }

    /** Differences below the selector's score resolution are rounding, not a price. */
    private static double nonNegative(double difference) {
        return difference < fi.cocreate.forum.control.Candidate.SCORE_RESOLUTION ? 0 : difference;
    }
}
