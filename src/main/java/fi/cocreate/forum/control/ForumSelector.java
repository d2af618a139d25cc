package fi.cocreate.forum.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Selects the expert forum: the group of exactly {@code forumSize} candidates with the highest total score
 * that satisfies every {@link DiversityRule} and lock, proven optimal by a mixed-integer solver (ojAlgo).
 *
 * <p><b>Why an exact solver:</b> the selection must be defensible. A greedy "take the best, skip whoever
 * breaks a rule" can miss the best group or fail to find any group although one exists, especially with
 * multi-valued areas of expertise; proving optimality lets the panel say that no other group satisfying
 * the rules has a higher total score.
 *
 * <h2>Ties</h2>
 * Scores are compared in whole {@link Candidate#SCORE_RESOLUTION} units (four decimals). The ranking order
 * is score descending, then id ascending ({@link String#compareTo}). Among groups with the same highest
 * total, the one with the smallest sum of ranking positions is chosen; so of two equally scored candidates
 * that are interchangeable under the rules, the one with the smaller id is selected. This is done by a
 * second solve with the total fixed at its optimum. The solver runs single-threaded on a model built in
 * ranking order, so the same problem always gives the same group.
 *
 * <h2>Infeasibility</h2>
 * When no group satisfies everything, the result names the failing rules and by how much:
 * <ol>
 *   <li>counting checks first (too many locked in, too few eligible, a minimum above what the candidates or
 *       seats allow, a maximum below what the locks force, minimums of a single-valued dimension adding up
 *       to more than the forum size, ...); if any fails, those are reported and no solver runs;</li>
 *   <li>otherwise an elastic model with locks kept hard and a shortfall/excess variable per rule, minimising
 *       their total: the rules with a positive value are reported with that value as the shortfall or
 *       excess ("minimum 2 with homeCountry = Iceland: only 1 possible (short by 1)"). This is one smallest
 *       set of relaxations; when several exist, the solver's (deterministic) choice is reported;</li>
 *   <li>when there are locks, the elastic model is solved again without them; if the total is then smaller,
 *       a {@link ViolationKind#LOCKS_BLOCK_RULES} entry says that the locks contribute.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe; each call builds its own models.
 */
public final class ForumSelector {

    /** Time limit used by {@link #ForumSelector()}. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(ForumSelector.class.getName());

    private final Duration timeLimit;

    /** A selector with {@link #DEFAULT_TIME_LIMIT}. */
    public ForumSelector() {
        this(DEFAULT_TIME_LIMIT);
    }

    /**
     * @param timeLimit wall-clock budget for one {@link #select} call, all solves included; when it runs out
     *                  the result is {@link SelectionStatus#FEASIBLE} (best group found, not proven optimal) or
     *                  {@link SelectionStatus#UNDECIDED}. The solver checks it between steps, so a call can
     *                  overrun it somewhat (a few hundred milliseconds were seen on a 2,000-candidate problem)
     */
    public ForumSelector(Duration timeLimit) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        this.timeLimit = timeLimit;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Selects the forum.
     *
     * @param problem candidates, forum size, rules and locks
     * @return the group with reasons, or the violations that prevent any group
     */
    public SelectionResult select(SelectionProblem problem) {
        Objects.requireNonNull(problem, "problem");
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        RankedPool pool = new RankedPool(problem);
        boolean[] scoreOnly = pool.scoreOnlyGroup();

        List<RuleViolation> obvious = FeasibilityPrecheck.check(pool);
        if (!obvious.isEmpty()) {
            return withoutGroup(SelectionStatus.INFEASIBLE, pool, scoreOnly, obvious, start);
        }

        SelectionModel.Solution best = SelectionModel.maximiseScore(pool, deadline);
        switch (best.outcome()) {
            case INFEASIBLE:
                return diagnose(pool, scoreOnly, start, deadline);
            case UNKNOWN:
                return withoutGroup(SelectionStatus.UNDECIDED, pool, scoreOnly, List.of(timeLimitReached()), start);
            default:
                break;
        }
        requireValid(pool, best.chosen(), "maximum score");
        boolean[] chosen = breakTies(pool, best.chosen(), deadline);
        SelectionStatus status = best.outcome() == SelectionModel.Outcome.OPTIMAL ? SelectionStatus.OPTIMAL
                : SelectionStatus.FEASIBLE;

        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < pool.size; i++) {
            if (!chosen[i] && !pool.lockedOut[i]) {
                waiting.add(pool.ranked.get(i).id());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.log(Level.FINE, "Selected {0} of {1} candidates ({2}) in {3} ms",
                new Object[] { pool.forumSize, pool.size, status, elapsed.toMillis() });
        return new SelectionResult(status, pool.ids(chosen), pool.totalScore(chosen), elapsed, waiting,
                scoreOnly == null ? List.of() : pool.ids(scoreOnly), scoreOnly == null ? 0.0 : pool.totalScore(scoreOnly),
                SelectionExplainer.explain(pool, chosen, scoreOnly), List.of());
    }

    /** Second solve: among groups with the optimal total, the smallest sum of ranking positions. */
    private static boolean[] breakTies(RankedPool pool, boolean[] best, long deadline) {
        if (System.nanoTime() >= deadline) {
            LOG.warning("No time left for the tie-break solve; ties may not follow the ranking order");
            return best;
        }
        long bestUnits = pool.totalUnits(best);
        SelectionModel.Solution tie = SelectionModel.minimiseRankSum(pool, bestUnits, deadline);
        if (tie.hasGroup() && pool.isValid(tie.chosen()) && pool.totalUnits(tie.chosen()) == bestUnits
                && pool.rankSum(tie.chosen()) <= pool.rankSum(best)) {
            if (tie.outcome() != SelectionModel.Outcome.OPTIMAL) {
                LOG.warning("Tie-break solve stopped at the time limit; ties may not follow the ranking order");
            }
            return tie.chosen();
        }
        LOG.warning("Tie-break solve gave no usable group (" + tie.outcome() + "); keeping the first optimal group");
        return best;
    }

    private SelectionResult diagnose(RankedPool pool, boolean[] scoreOnly, long start, long deadline) {
        SelectionModel.Solution elastic = SelectionModel.minimiseViolation(pool, true, deadline);
        if (!elastic.hasGroup() || elastic.outcome() != SelectionModel.Outcome.OPTIMAL) {
            return withoutGroup(SelectionStatus.UNDECIDED, pool, scoreOnly, List.of(timeLimitReached()), start);
        }
        List<RuleViolation> violations = ruleViolations(pool, elastic.chosen());
        if (violations.isEmpty()) {
            // The first solve may have stopped at the time limit and reported that as infeasible.
            if (System.nanoTime() >= deadline - timeLimit.toNanos() / 10) {
                return withoutGroup(SelectionStatus.UNDECIDED, pool, scoreOnly, List.of(timeLimitReached()), start);
            }
            throw new IllegalStateException("solver reported no valid group, but the elastic model found one");
        }
        int withLocks = totalViolation(violations);
        if (!pool.problem.lockedIn().isEmpty() || !pool.problem.lockedOut().isEmpty()) {
            SelectionModel.Solution free = SelectionModel.minimiseViolation(pool, false, deadline);
            if (free.hasGroup() && free.outcome() == SelectionModel.Outcome.OPTIMAL) {
                int withoutLocks = totalViolation(ruleViolations(pool, free.chosen()));
                if (withoutLocks < withLocks) {
                    int amount = withLocks - withoutLocks;
                    violations.add(new RuleViolation(ViolationKind.LOCKS_BLOCK_RULES, null, null, List.of(),
                            withLocks, withoutLocks, amount, withoutLocks == 0
                                    ? "the locked-in and locked-out candidates cause this: without the locks all rules can be met"
                                    : "the locked-in and locked-out candidates add to this: without the locks the rules would be missed by "
                                            + withoutLocks + " instead of " + withLocks));
                }
            }
        }
        return withoutGroup(SelectionStatus.INFEASIBLE, pool, scoreOnly, violations, start);
    }

    private static List<RuleViolation> ruleViolations(RankedPool pool, boolean[] chosen) {
        List<RuleViolation> violations = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            DiversityRule rule = pool.rules.get(r);
            int count = pool.count(r, chosen);
            if (count < rule.minimum()) {
                violations.add(RuleViolation.minimumNotMet(rule, count));
            } else if (count > rule.maximum()) {
                violations.add(RuleViolation.maximumExceeded(rule, count));
            }
        }
        return violations;
    }

    private static int totalViolation(List<RuleViolation> violations) {
        return violations.stream().mapToInt(RuleViolation::amount).sum();
    }

    private RuleViolation timeLimitReached() {
        return new RuleViolation(ViolationKind.SOLVER_TIME_LIMIT, null, null, List.of(), 0, 0, 1,
                "the solver stopped at the time limit of " + timeLimit.toMillis()
                        + " ms before finding a group or proving that none exists");
    }

    private static void requireValid(RankedPool pool, boolean[] chosen, String stage) {
        if (!pool.isValid(chosen)) {
            throw new IllegalStateException("solver returned a group that breaks the rules (" + stage + ")");
        }
    }

    private static SelectionResult withoutGroup(SelectionStatus status, RankedPool pool, boolean[] scoreOnly,
            List<RuleViolation> violations, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.log(Level.FINE, "No forum selected ({0}): {1}", new Object[] { status, violations });
        return new SelectionResult(status, List.of(), 0.0, elapsed, List.of(),
                scoreOnly == null ? List.of() : pool.ids(scoreOnly), scoreOnly == null ? 0.0 : pool.totalScore(scoreOnly),
                List.of(), violations);
    }
}
