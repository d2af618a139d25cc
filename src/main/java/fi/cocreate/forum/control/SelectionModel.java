package fi.cocreate.forum.control;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The integer models behind {@link ForumSelector}, solved with OR-Tools CP-SAT. All solver-specific code lives here.
 *
 * <p>Every model has one Boolean {@code x_i} per candidate (in ranking order), fixed to 1 for locked-in and 0 for
 * locked-out candidates, and the forum size as the equality {@code Σ x_i = k}.
 * <ul>
 *   <li>{@link #maximiseScore}: rules as hard bounds on {@code Σ_{i has value} x_i}; maximise {@code Σ u_i x_i},
 *       where {@code u_i} is the score in whole {@link Candidate#SCORE_RESOLUTION} units. CP-SAT works in exact
 *       integer arithmetic, so "optimal" means optimal to the unit, with no tolerance: the gap limits are set to
 *       zero.</li>
 *   <li>{@link #minimiseRankSum}: the same model plus {@code Σ u_i x_i ≥ best}; minimise the sum of rank positions
 *       (the documented tie-break), starting from the first group as a hint.</li>
 *   <li>{@link #feasibleWith}: which (rule, side) constraints can hold together, for the conflict diagnosis; and
 *       {@link #leastGive}: by how much one side must give for a set of sides to hold.</li>
 * </ul>
 *
 * <p>The search runs on one worker: the result is then a function of the input alone (reproducible), and a
 * selection does not take over both cores of the application server. Measured in docs/selection-solver.md.
 */
final class SelectionModel {

    /** What the solver concluded. */
    enum Outcome {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE,
        UNKNOWN
    }

    /**
     * Solver conclusion; unless infeasible or unknown, the chosen candidates by ranking index, the objective and the
     * proven bound on it (equal to the objective when optimal).
     */
    record Solution(Outcome outcome, boolean[] chosen, long objective, long bound, boolean tiesBroken) {
        boolean hasGroup() {
            return chosen != null;
        }
    }

    /** One side of a rule: its minimum ({@code minimum == true}) or its maximum. */
    record Side(int rule, boolean minimum) {}

    private SelectionModel() {}

    /** Loads the native library once per class loader; cheap after the first call. */
    static void load() {
        Native.READY.hashCode();
    }

    private static final class Native {
        static final Boolean READY;

        static {
            Loader.loadNativeLibraries();
            READY = Boolean.TRUE;
        }
    }

    /** The MPSolver back end: CBC unless {@code -Dselection.solver.backend=SCIP} (for comparisons). */
    private static final String BACKEND = System.getProperty("selection.solver.backend", "CBC");

    /** A model with one Boolean per candidate and the forum size; each call solves its own. */
    private static final class Mip {
        final MPSolver solver;
        final MPVariable[] x;
        final RankedPool pool;

        Mip(RankedPool pool, boolean withLocks) {
            load();
            this.pool = pool;
            this.solver = MPSolver.createSolver(BACKEND);
            if (solver == null) {
                throw new IllegalStateException("OR-Tools has no " + BACKEND + " solver");
            }
            solver.setNumThreads(1);
            x = new MPVariable[pool.size];
            MPConstraint size = solver.makeConstraint(pool.forumSize, pool.forumSize, "size");
            for (int i = 0; i < pool.size; i++) {
                boolean in = withLocks && pool.lockedIn[i];
                boolean out = withLocks && pool.lockedOut[i];
                x[i] = solver.makeIntVar(in ? 1 : 0, out ? 0 : 1, "x" + i);
                size.setCoefficient(x[i], 1);
            }
        }

        /** Constraint names must be unique: OR-Tools aborts the whole process on a duplicate. */
        private int rows;

        MPConstraint count(int rule, double lower, double upper) {
            MPConstraint c = solver.makeConstraint(lower, upper, "r" + rule + "_" + rows++);
            for (int i : pool.members[rule]) {
                c.setCoefficient(x[i], 1);
            }
            return c;
        }

        void hardRules() {
            for (int r = 0; r < pool.rules.size(); r++) {
                DiversityRule rule = pool.rules.get(r);
                if (rule.hasMinimum() || rule.hasMaximum()) {
                    count(r, rule.minimum(), rule.hasMaximum() ? rule.maximum() : pool.forumSize);
                }
            }
        }

        void side(Side side) {
            DiversityRule rule = pool.rules.get(side.rule());
            if (side.minimum()) {
                count(side.rule(), rule.minimum(), pool.forumSize);
            } else {
                count(side.rule(), 0, rule.maximum());
            }
        }

        Solution solve(long deadlineNanos, boolean maximise) {
            long millis = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (millis < 1) {
                return new Solution(Outcome.UNKNOWN, null, 0, 0, false);
            }
            solver.setTimeLimit(millis);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
            if (Boolean.getBoolean("selection.solver.log")) {
                solver.enableOutput();
            }
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new Solution(Outcome.INFEASIBLE, null, 0, 0, false);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Solution(Outcome.UNKNOWN, null, 0, 0, false);
            }
            boolean[] chosen = new boolean[pool.size];
            for (int i = 0; i < pool.size; i++) {
                chosen[i] = x[i].solutionValue() > 0.5;
            }
            long objective = Math.round(solver.objective().value());
            // The objective is a whole number: the proven bound, rounded towards the objective, tells whether a
            // better group can exist, whatever tolerance the solver applied.
            double rawBound = solver.objective().bestBound();
            long bound = maximise ? (long) Math.floor(rawBound + 1e-6) : (long) Math.ceil(rawBound - 1e-6);
            boolean proven = maximise ? bound <= objective : bound >= objective;
            return new Solution(
                    status == MPSolver.ResultStatus.OPTIMAL && proven ? Outcome.OPTIMAL : Outcome.FEASIBLE,
                    chosen,
                    objective,
                    proven ? objective : bound,
                    false);
        }

        void release() {
            solver.delete();
        }
    }

    /**
     * Maximises the total score. When the numbers allow (see {@link #tieWeight}), the objective is
     * {@code Σ (u_i·M − rank_i) x_i} with {@code M} larger than any sum of ranks, so one solve finds the best total
     * and, among the groups with that total, the smallest sum of ranks (the tie-break) at once; the result then has
     * {@code tiesBroken}. Objective and bound of the result are in score units either way.
     */
    static Solution maximiseScore(RankedPool pool, long deadlineNanos) {
        Mip mip = new Mip(pool, true);
        try {
            mip.hardRules();
            long weight = tieWeight(pool);
            MPObjective objective = mip.solver.objective();
            for (int i = 0; i < pool.size; i++) {
                objective.setCoefficient(
                        mip.x[i], weight > 0 ? (double) pool.units[i] * weight - (i + 1) : pool.units[i]);
            }
            objective.setMaximization();
            Solution s = mip.solve(deadlineNanos, true);
            if (!s.hasGroup()) {
                return s;
            }
            long units = pool.totalUnits(s.chosen());
            if (weight == 0) {
                return new Solution(s.outcome(), s.chosen(), units, s.bound(), false);
            }
            // Every sum of ranks is below the weight, so the bound on the combined objective bounds the units by
            // ceil(bound / weight).
            long boundUnits = s.outcome() == Outcome.OPTIMAL ? units : Math.floorDiv(s.bound() + weight - 1, weight);
            return new Solution(s.outcome(), s.chosen(), units, Math.max(units, boundUnits), true);
        } finally {
            mip.release();
        }
    }

    /**
     * The weight {@code M} of the combined objective: one more than the largest possible sum of ranks, or 0 when
     * {@code |u|·M·k} would leave fewer than 2^50 in a double (then the tie-break is a second solve), which keeps
     * every objective value and bound exact to well below one unit.
     */
    static long tieWeight(RankedPool pool) {
        long weight = (long) pool.size * pool.forumSize + 1;
        long maxUnits = 1;
        for (long u : pool.units) {
            maxUnits = Math.max(maxUnits, Math.abs(u));
        }
        double largest = (double) maxUnits * weight * pool.forumSize;
        return largest < 0x1p50 ? weight : 0;
    }

    static Solution minimiseRankSum(RankedPool pool, boolean[] best, long bestUnits, long deadlineNanos) {
        Mip mip = new Mip(pool, true);
        try {
            mip.hardRules();
            MPConstraint floor = mip.solver.makeConstraint(bestUnits - 0.5, MPSolver.infinity(), "floor");
            MPObjective objective = mip.solver.objective();
            double[] hint = new double[pool.size];
            for (int i = 0; i < pool.size; i++) {
                floor.setCoefficient(mip.x[i], pool.units[i]);
                objective.setCoefficient(mip.x[i], i + 1);
                hint[i] = best[i] ? 1 : 0;
            }
            objective.setMinimization();
            mip.solver.setHint(mip.x, hint);
            return mip.solve(deadlineNanos, false);
        } finally {
            mip.release();
        }
    }

    /**
     * Whether the forum size, the locks (if {@code withLocks}) and these rule sides can all hold; {@code null} when
     * the time ran out before the solver knew.
     */
    static Boolean feasibleWith(RankedPool pool, List<Side> sides, boolean withLocks, long deadlineNanos) {
        Mip mip = new Mip(pool, withLocks);
        try {
            sides.forEach(mip::side);
            Solution s = mip.solve(deadlineNanos, true);
            return switch (s.outcome()) {
                case OPTIMAL, FEASIBLE -> Boolean.TRUE;
                case INFEASIBLE -> Boolean.FALSE;
                case UNKNOWN -> null;
            };
        } finally {
            mip.release();
        }
    }

    /**
     * The least amount by which {@code give} must be relaxed (its minimum lowered, its maximum raised) so that it and
     * the {@code others} hold together, with the forum size and the locks; -1 when the time ran out or no amount
     * suffices.
     */
    static int leastGive(RankedPool pool, Side give, List<Side> others, long deadlineNanos) {
        Mip mip = new Mip(pool, true);
        try {
            others.forEach(mip::side);
            DiversityRule rule = pool.rules.get(give.rule());
            MPVariable slack = mip.solver.makeIntVar(0, pool.forumSize, "give");
            MPConstraint c = give.minimum()
                    ? mip.count(give.rule(), rule.minimum(), MPSolver.infinity())
                    : mip.count(give.rule(), -MPSolver.infinity(), rule.maximum());
            c.setCoefficient(slack, give.minimum() ? 1 : -1);
            mip.solver.objective().setCoefficient(slack, 1);
            mip.solver.objective().setMinimization();
            Solution s = mip.solve(deadlineNanos, false);
            return s.outcome() == Outcome.OPTIMAL ? (int) Math.round(slack.solutionValue()) : -1;
        } finally {
            mip.release();
        }
    }

    /**
     * The elastic model: each minimum gets a shortfall and each maximum an excess variable; minimise their total. The
     * objective is the least total relaxation that makes every rule hold (with the locks if {@code withLocks}).
     */
    static Solution minimiseViolation(RankedPool pool, boolean withLocks, long deadlineNanos) {
        Mip mip = new Mip(pool, withLocks);
        try {
            MPObjective objective = mip.solver.objective();
            for (Side side : sides(pool)) {
                DiversityRule rule = pool.rules.get(side.rule());
                MPVariable slack =
                        mip.solver.makeIntVar(0, pool.forumSize, "s" + side.rule() + (side.minimum() ? "min" : "max"));
                MPConstraint c = side.minimum()
                        ? mip.count(side.rule(), rule.minimum(), MPSolver.infinity())
                        : mip.count(side.rule(), -MPSolver.infinity(), rule.maximum());
                c.setCoefficient(slack, side.minimum() ? 1 : -1);
                objective.setCoefficient(slack, 1);
            }
            objective.setMinimization();
            return mip.solve(deadlineNanos, false);
        } finally {
            mip.release();
        }
    }

    static List<Side> sides(RankedPool pool) {
        List<Side> sides = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            DiversityRule rule = pool.rules.get(r);
            if (rule.hasMinimum()) {
                sides.add(new Side(r, true));
            }
            if (rule.hasMaximum()) {
                sides.add(new Side(r, false));
            }
        }
        return sides;
    }
}
