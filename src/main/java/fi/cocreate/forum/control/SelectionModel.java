package fi.cocreate.forum.control;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The mixed-integer models behind {@link ForumSelector}, solved with ojAlgo. All solver-specific code lives
 * here, so that replacing the solver library touches only this class.
 *
 * <p>Every model has one binary variable {@code x_i} per candidate (in ranking order), fixed to 1 for
 * locked-in and 0 for locked-out candidates, and the forum size as the equality {@code Σ x_i = k}.
 * <ul>
 *   <li>{@link #maximiseScore}: rules as hard bounds on {@code Σ_{i has value} x_i}; maximise
 *       {@code Σ s_i x_i}, where {@code s_i} is the score rounded to {@link Candidate#SCORE_RESOLUTION}, so
 *       that any better group is better by at least 1e-4 (far above the solver's tolerances).</li>
 *   <li>{@link #minimiseRankSum}: same constraints plus {@code Σ s_i x_i ≥ best − 0.5e-4} (which, as every
 *       total is a whole number of resolution steps, admits exactly the groups with the best total);
 *       minimise the sum of rank positions (the documented tie-break).</li>
 *   <li>{@link #minimiseViolation}: the elastic model; each minimum gets a shortfall variable and each
 *       maximum an excess variable, {@code Σ x + shortfall ≥ min}, {@code Σ x − excess ≤ max}; minimise the
 *       total shortfall plus excess. Rules whose variables end up positive are the failing ones.</li>
 * </ul>
 *
 * <p>The branch-and-bound runs on one thread: the result is then a function of the input alone
 * (reproducible), and a selection does not take over the application server's cores. The gap tolerance is
 * tightened from ojAlgo's default (about 5 significant digits) to 12, so that "optimal" means optimal for
 * the score units, not within a relative 1e-5.
 *
 * <p>Coefficients are kept at the size of the scores (1–5), not in integer units (up to 50,000): with
 * coefficients of that size and a fractional bound, ojAlgo 57.1 reported some feasible models as
 * infeasible. The selector also verifies every returned group independently ({@link RankedPool#isValid}).
 */
final class SelectionModel {

    /** What the solver concluded. */
    enum Outcome { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /** Solver conclusion and, unless infeasible or unknown, the chosen candidates by ranking index. */
    record Solution(Outcome outcome, boolean[] chosen) {
        boolean hasGroup() {
            return chosen != null;
        }
    }

    private static final NumberContext GAP = NumberContext.of(12, 8);

    private SelectionModel() {
    }

    static Solution maximiseScore(RankedPool pool, long deadlineNanos) {
        ExpressionsBasedModel model = newModel(deadlineNanos);
        Variable[] x = addCandidates(model, pool, true);
        for (int i = 0; i < pool.size; i++) {
            x[i].weight(rounded(pool, i));
        }
        addHardRules(model, pool, x);
        return solve(model.maximise(), pool.size);
    }

    static Solution minimiseRankSum(RankedPool pool, long bestUnits, long deadlineNanos) {
        ExpressionsBasedModel model = newModel(deadlineNanos);
        Variable[] x = addCandidates(model, pool, true);
        addHardRules(model, pool, x);
        Expression floor = model.addExpression("scoreFloor");
        for (int i = 0; i < pool.size; i++) {
            floor.set(x[i], rounded(pool, i));
            x[i].weight(i + 1);
        }
        // Totals are whole numbers of units, so "≥ best − half a unit" admits exactly the groups with total ≥ best.
        floor.lower(BigDecimal.valueOf(2 * bestUnits - 1).multiply(BigDecimal.valueOf(Candidate.SCORE_RESOLUTION / 2)));
        return solve(model.minimise(), pool.size);
    }

    static Solution minimiseViolation(RankedPool pool, boolean withLocks, long deadlineNanos) {
        ExpressionsBasedModel model = newModel(deadlineNanos);
        Variable[] x = addCandidates(model, pool, withLocks);
        for (int r = 0; r < pool.rules.size(); r++) {
            DiversityRule rule = pool.rules.get(r);
            if (rule.hasMinimum()) {
                Variable shortfall = model.addVariable("short" + r).integer(true).lower(0).upper(rule.minimum()).weight(1);
                Expression e = model.addExpression("min" + r).lower(rule.minimum());
                for (int i : pool.members[r]) {
                    e.set(x[i], 1);
                }
                e.set(shortfall, 1);
            }
            if (rule.hasMaximum()) {
                Variable excess = model.addVariable("excess" + r).integer(true).lower(0).upper(pool.forumSize).weight(1);
                Expression e = model.addExpression("max" + r).upper(rule.maximum());
                for (int i : pool.members[r]) {
                    e.set(x[i], 1);
                }
                e.set(excess, -1);
            }
        }
        return solve(model.minimise(), pool.size);
    }

    /** The score rounded to the resolution, as an exact decimal. */
    private static BigDecimal rounded(RankedPool pool, int i) {
        return BigDecimal.valueOf(pool.units[i]).multiply(BigDecimal.valueOf(Candidate.SCORE_RESOLUTION));
    }

    private static ExpressionsBasedModel newModel(long deadlineNanos) {
        Optimisation.Options options = new Optimisation.Options();
        options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1).withGapTolerance(GAP));
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
        options.time_abort = millis;
        options.time_suffice = millis;
        return new ExpressionsBasedModel(options);
    }

    private static Variable[] addCandidates(ExpressionsBasedModel model, RankedPool pool, boolean withLocks) {
        Variable[] x = new Variable[pool.size];
        Expression size = model.addExpression("forumSize").level(pool.forumSize);
        for (int i = 0; i < pool.size; i++) {
            x[i] = model.addVariable("x" + i).binary();
            if (withLocks && pool.lockedIn[i]) {
                x[i].lower(1);
            }
            if (withLocks && pool.lockedOut[i]) {
                x[i].upper(0);
            }
            size.set(x[i], 1);
        }
        return x;
    }

    private static void addHardRules(ExpressionsBasedModel model, RankedPool pool, Variable[] x) {
        for (int r = 0; r < pool.rules.size(); r++) {
            DiversityRule rule = pool.rules.get(r);
            if (!rule.hasMinimum() && !rule.hasMaximum()) {
                continue;
            }
            Expression e = model.addExpression("rule" + r);
            if (rule.hasMinimum()) {
                e.lower(rule.minimum());
            }
            if (rule.hasMaximum()) {
                e.upper(rule.maximum());
            }
            for (int i : pool.members[r]) {
                e.set(x[i], 1);
            }
        }
    }

    private static Solution solve(Optimisation.Result result, int candidates) {
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE) {
            return new Solution(Outcome.INFEASIBLE, null);
        }
        if (!state.isFeasible()) {
            return new Solution(Outcome.UNKNOWN, null);
        }
        boolean[] chosen = new boolean[candidates];
        for (int i = 0; i < candidates; i++) {
            chosen[i] = result.doubleValue(i) > 0.5;
        }
        return new Solution(state.isOptimal() ? Outcome.OPTIMAL : Outcome.FEASIBLE, chosen);
    }
}
