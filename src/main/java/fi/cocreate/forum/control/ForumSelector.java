package fi.cocreate.forum.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Selects the expert forum: the group of exactly {@code forumSize} candidates with the highest total score
 * that satisfies every {@link DiversityRule} and lock, proven optimal by a mixed-integer solver (CBC through
 * OR-Tools, see {@link SelectionModel}).
 *
 * <p><b>Why an exact solver:</b> the selection must be defensible. A greedy "take the best, skip whoever
 * breaks a rule" can miss the best group or fail to find any group although one exists, especially with
 * multi-valued areas of expertise; proving optimality lets the panel say that no other group satisfying
 * the rules has a higher total score.
 *
 * <h2>Ties</h2>
 * Scores are compared in whole {@link Candidate#SCORE_RESOLUTION} units (four decimals). The ranking order
 * is score descending, then id ascending (numerically when both ids are whole numbers, as application ids are:
 * {@code "999"} before {@code "1000"}; see {@link RankedPool#IDS}). Among groups with the same highest total, the
 * one with the smallest sum of ranking positions is chosen; so of two equally scored candidates that are
 * interchangeable under the rules, the one with the smaller id is selected. The solver optimises both at once
 * (score first, ranks second), or in a second solve when the scores are too large for that. It runs
 * single-threaded on a model built in ranking order, so the same problem always gives the same group.
 *
 * <h2>Time limit</h2>
 * The limit covers the whole call. The solver gets what is left of it after the model is built, so a call ends
 * within the limit plus the time to read the solver's answer (measured in docs/selection-solver.md). When the limit
 * cuts the search, the best group found is returned as {@link SelectionStatus#FEASIBLE} with its proven
 * {@link SelectionResult#gap()}.
 *
 * <h2>Infeasibility</h2>
 * When no group satisfies everything, the result names the failing rules and by how much:
 * <ol>
 *   <li>counting checks first (too many locked in, too few eligible, a minimum above what the candidates or
 *       seats allow, a maximum below what the locks force, minimums of a single-valued dimension adding up
 *       to more than the forum size, ...); if any fails, those are reported and no solver runs;</li>
 *   <li>otherwise the rules contradict each other: the selector finds a smallest conflicting set of limits (a
 *       set that cannot hold together while leaving out any one of its limits makes it hold) and, for each
 *       limit in it, by how much that limit alone must give ({@link RuleConflict}). It then drops the set and
 *       looks for further, independent conflicts among the remaining limits;</li>
 *   <li>when there are locks, the elastic model is solved again without them; if the total is then smaller,
 *       a {@link ViolationKind#LOCKS_BLOCK_RULES} entry says that the locks contribute.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe; each call builds its own models.
 */
public final class ForumSelector {

    /** Time limit used by {@link #ForumSelector()}. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** At most this many independent conflicts are reported. */
    private static final int MAX_CONFLICTS = 5;

    /** Solves run here, so that the caller can stop waiting at the time limit. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "forum-selection");
        thread.setDaemon(true);
        return thread;
    });

    private static final Logger LOG = Logger.getLogger(ForumSelector.class.getName());

    private final Duration timeLimit;

    /** A selector with {@link #DEFAULT_TIME_LIMIT}. */
    public ForumSelector() {
        this(DEFAULT_TIME_LIMIT);
    }

    /**
     * @param timeLimit wall-clock budget for one {@link #select} call, all solves included; when it runs out
     *                  the result is {@link SelectionStatus#FEASIBLE} (best group found, with its proven gap) or
     *                  {@link SelectionStatus#UNKNOWN}
     */
    public ForumSelector(Duration timeLimit) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        this.timeLimit = timeLimit;
    }

    /**
     * Loads the solver's native library and solves a tiny problem, so that the first real selection does not pay
     * for it (about a second and a half on the development machine). Call once at deployment.
     */
    public static void warmUp() {
        SelectionModel.load();
        new ForumSelector(Duration.ofSeconds(10))
                .select(SelectionProblem.of(
                        java.util.List.of(
                                Candidate.of("1", 2), Candidate.of("2", 1).with("d", "v")),
                        1,
                        java.util.List.of(DiversityRule.atLeast("d", "v", 1))));
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
        // The solver is told to stop at 85 % of the limit, which leaves time to read its answer and explain it; the
        // watchdog below keeps the promise when the solver overruns (CBC counts processor time, which on a busy
        // machine runs slower than the clock).
        long solverDeadline = start + timeLimit.toNanos() * 85 / 100;
        Future<SelectionResult> work = WORKERS.submit(() -> {
            RankedPool pool = new RankedPool(problem);
            return solve(pool, pool.scoreOnlyGroup(), start, solverDeadline);
        });
        try {
            return work.get(Math.max(0, start + timeLimit.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(false);
            return new SelectionResult(
                    SelectionStatus.UNKNOWN,
                    List.of(),
                    0.0,
                    Double.NaN,
                    Duration.ofNanos(System.nanoTime() - start),
                    List.of(),
                    List.of(),
                    0.0,
                    List.of(),
                    List.of(timeLimitReached()),
                    List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while selecting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private SelectionResult solve(RankedPool pool, boolean[] scoreOnly, long start, long deadline) {

        List<RuleViolation> obvious = FeasibilityPrecheck.check(pool);
        if (!obvious.isEmpty()) {
            return withoutGroup(SelectionStatus.INFEASIBLE, pool, scoreOnly, obvious, List.of(), start);
        }

        SelectionModel.Solution best = SelectionModel.maximiseScore(pool, deadline);
        switch (best.outcome()) {
            case INFEASIBLE:
                return diagnose(pool, scoreOnly, start, deadline);
            case UNKNOWN:
                return withoutGroup(
                        SelectionStatus.UNKNOWN, pool, scoreOnly, List.of(timeLimitReached()), List.of(), start);
            default:
                break;
        }
        requireValid(pool, best.chosen(), "maximum score");
        SelectionStatus status =
                best.outcome() == SelectionModel.Outcome.OPTIMAL ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE;
        boolean[] chosen = best.tiesBroken() || status != SelectionStatus.OPTIMAL
                ? best.chosen()
                : breakTies(pool, best.chosen(), deadline);

        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < pool.size; i++) {
            if (!chosen[i] && !pool.lockedOut[i]) {
                waiting.add(pool.ranked.get(i).id());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.log(Level.FINE, "Selected {0} of {1} candidates ({2}) in {3} ms", new Object[] {
            pool.forumSize, pool.size, status, elapsed.toMillis()
        });
        return new SelectionResult(
                status,
                pool.ids(chosen),
                pool.totalScore(chosen),
                best.bound() * Candidate.SCORE_RESOLUTION,
                elapsed,
                waiting,
                scoreOnly == null ? List.of() : pool.ids(scoreOnly),
                scoreOnly == null ? 0.0 : pool.totalScore(scoreOnly),
                SelectionExplainer.explain(pool, chosen, scoreOnly),
                List.of(),
                List.of());
    }

    /** Second solve: among groups with the optimal total, the smallest sum of ranking positions. */
    private static boolean[] breakTies(RankedPool pool, boolean[] best, long deadline) {
        if (System.nanoTime() >= deadline) {
            LOG.warning("No time left for the tie-break solve; ties may not follow the ranking order");
            return best;
        }
        long bestUnits = pool.totalUnits(best);
        SelectionModel.Solution tie = SelectionModel.minimiseRankSum(pool, best, bestUnits, deadline);
        if (tie.hasGroup()
                && pool.isValid(tie.chosen())
                && pool.totalUnits(tie.chosen()) == bestUnits
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
        List<RuleConflict> conflicts = new ArrayList<>();
        List<SelectionModel.Side> remaining = new ArrayList<>(SelectionModel.sides(pool));
        boolean complete = false;
        while (conflicts.size() < MAX_CONFLICTS) {
            Boolean feasible =
                    conflicts.isEmpty() ? Boolean.FALSE : SelectionModel.feasibleWith(pool, remaining, true, deadline);
            if (feasible == null) {
                break;
            }
            if (feasible) {
                complete = true;
                break;
            }
            List<SelectionModel.Side> core = smallestConflict(pool, remaining, deadline);
            if (core == null) {
                break;
            }
            RuleConflict conflict = gives(pool, core, deadline);
            if (conflict == null) {
                break;
            }
            conflicts.add(conflict);
            remaining.removeAll(core);
        }
        if (conflicts.isEmpty()) {
            return withoutGroup(
                    SelectionStatus.UNKNOWN, pool, scoreOnly, List.of(timeLimitReached()), List.of(), start);
        }
        if (!complete && conflicts.size() < MAX_CONFLICTS) {
            LOG.warning("Time limit reached while looking for further rule conflicts; reporting " + conflicts.size());
        }
        List<RuleViolation> violations = new ArrayList<>();
        conflicts.forEach(c -> violations.addAll(c.gives()));
        if (!pool.problem.lockedIn().isEmpty() || !pool.problem.lockedOut().isEmpty()) {
            SelectionModel.Solution withLocks = SelectionModel.minimiseViolation(pool, true, deadline);
            SelectionModel.Solution free = SelectionModel.minimiseViolation(pool, false, deadline);
            if (withLocks.outcome() == SelectionModel.Outcome.OPTIMAL
                    && free.outcome() == SelectionModel.Outcome.OPTIMAL
                    && free.objective() < withLocks.objective()) {
                int with = (int) withLocks.objective();
                int without = (int) free.objective();
                violations.add(new RuleViolation(
                        ViolationKind.LOCKS_BLOCK_RULES,
                        null,
                        null,
                        List.of(),
                        with,
                        without,
                        with - without,
                        without == 0
                                ? "the locked-in and locked-out candidates cause this: without the locks all rules can be met"
                                : "the locked-in and locked-out candidates add to this: without the locks the rules would be missed by "
                                        + without + " instead of " + with));
            }
        }
        return withoutGroup(SelectionStatus.INFEASIBLE, pool, scoreOnly, violations, conflicts, start);
    }

    /**
     * Shrinks an infeasible set of limits to an irreducible one: blocks of limits are dropped while the rest stays
     * infeasible, halving the block size down to single limits, so that in the end leaving out any one limit makes
     * the set feasible. {@code null} when the time ran out.
     */
    private static List<SelectionModel.Side> smallestConflict(
            RankedPool pool, List<SelectionModel.Side> sides, long deadline) {
        List<SelectionModel.Side> current = new ArrayList<>(sides);
        int chunk = Math.max(1, current.size() / 2);
        int i = 0;
        while (true) {
            if (i >= current.size()) {
                if (chunk == 1) {
                    return current;
                }
                chunk = Math.max(1, chunk / 2);
                i = 0;
                continue;
            }
            List<SelectionModel.Side> trial = new ArrayList<>(current.subList(0, i));
            trial.addAll(current.subList(Math.min(current.size(), i + chunk), current.size()));
            Boolean feasible = SelectionModel.feasibleWith(pool, trial, true, deadline);
            if (feasible == null) {
                return null;
            }
            if (feasible) {
                i += chunk;
            } else {
                current = trial;
            }
        }
    }

    /** For each limit of an irreducible conflict, by how much it must give with the others kept. */
    private static RuleConflict gives(RankedPool pool, List<SelectionModel.Side> core, long deadline) {
        List<RuleViolation> gives = new ArrayList<>();
        for (SelectionModel.Side side : core) {
            List<SelectionModel.Side> others = new ArrayList<>(core);
            others.remove(side);
            int amount = SelectionModel.leastGive(pool, side, others, deadline);
            if (amount < 0) {
                return null;
            }
            DiversityRule rule = pool.rules.get(side.rule());
            gives.add(
                    side.minimum()
                            ? RuleViolation.minimumNotMet(rule, rule.minimum() - amount)
                            : RuleViolation.maximumExceeded(rule, rule.maximum() + amount));
        }
        return new RuleConflict(gives);
    }

    private RuleViolation timeLimitReached() {
        return new RuleViolation(
                ViolationKind.SOLVER_TIME_LIMIT,
                null,
                null,
                List.of(),
                0,
                0,
                1,
                "the solver stopped at the time limit of " + timeLimit.toMillis()
                        + " ms before finding a group or proving that none exists");
    }

    private static void requireValid(RankedPool pool, boolean[] chosen, String stage) {
        if (!pool.isValid(chosen)) {
            throw new IllegalStateException("solver returned a group that breaks the rules (" + stage + ")");
        }
    }

    private static SelectionResult withoutGroup(
            SelectionStatus status,
            RankedPool pool,
            boolean[] scoreOnly,
            List<RuleViolation> violations,
            List<RuleConflict> conflicts,
            long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.log(Level.FINE, "No forum selected ({0}): {1}", new Object[] {status, violations});
        return new SelectionResult(
                status,
                List.of(),
                0.0,
                Double.NaN,
                elapsed,
                List.of(),
                scoreOnly == null ? List.of() : pool.ids(scoreOnly),
                scoreOnly == null ? 0.0 : pool.totalScore(scoreOnly),
                List.of(),
                violations,
                conflicts);
    }
}
