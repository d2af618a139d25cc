package fi.cocreate.forum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's 2,000-applicant problems as tests: correctness at realistic size, not speed. */
class ForumSelectorScaleTest {

    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(60));

    @Test
    void benchmarkProblemsAreSolvedToProvenOptimality() {
        for (String scenario : List.of("neutral", "skewed", "locked")) {
            SelectionProblem problem = SelectionBenchmark.problem(scenario, 20240611L);
            SelectionResult result = selector.select(problem);
            assertEquals(SelectionStatus.OPTIMAL, result.status(), scenario);
            RankedPool pool = new RankedPool(problem);
            boolean[] chosen = new boolean[pool.size];
            Set<String> selected = Set.copyOf(result.selectedIds());
            for (int i = 0; i < pool.size; i++) {
                chosen[i] = selected.contains(pool.ranked.get(i).id());
            }
            assertTrue(pool.isValid(chosen), scenario);
            assertEquals(20, result.selectedIds().size());
            assertEquals(
                    2000 - 20 - problem.lockedOut().size(), result.waitingList().size());
            assertTrue(result.totalScore() <= result.scoreOnlyTotal() + 1e-9);
            result.decisions().stream()
                    .filter(d -> d.reason() == DecisionReason.IN_REQUIRED_BY_RULE
                            || d.reason() == DecisionReason.IN_REPLACEMENT
                            || d.reason() == DecisionReason.OUT_DISPLACED_BY_RULE)
                    .forEach(d -> assertFalse(d.rules().isEmpty(), scenario + " " + d));
        }
    }

    @Test
    void infeasibleBenchmarkProblemIsDiagnosed() {
        SelectionResult result = selector.select(SelectionBenchmark.problem("infeasible", 20240611L));
        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        // 20 members with at least one area each, 7 areas at most 2 each: the seven maximums conflict, and any one of
        // them alone would have to allow 6 more (20 - 14).
        assertEquals(1, result.conflicts().size(), result.violations().toString());
        List<RuleViolation> gives = result.conflicts().get(0).gives();
        assertEquals(7, gives.size(), gives.toString());
        assertTrue(
                gives.stream()
                        .allMatch(v ->
                                v.kind() == ViolationKind.MAXIMUM_EXCEEDED && v.amount() == 6 && v.possible() == 8),
                gives.toString());
    }

    @Test
    void aTinyTimeLimitNeverGivesAnInvalidAnswer() {
        SelectionProblem problem = SelectionBenchmark.problem("skewed", 20240611L);
        SelectionResult result = new ForumSelector(Duration.ofMillis(1)).select(problem);
        assertTrue(
                Set.of(SelectionStatus.OPTIMAL, SelectionStatus.FEASIBLE, SelectionStatus.UNKNOWN)
                        .contains(result.status()),
                result.status() + " " + result.violations());
        if (result.status() == SelectionStatus.UNKNOWN) {
            assertEquals(
                    ViolationKind.SOLVER_TIME_LIMIT, result.violations().get(0).kind());
        }
    }

    /**
     * A search cut by the time limit answers honestly: a group of the forum's size with its positive proven gap, or
     * no group and the time-limit violation. How long the call took is the benchmark's business
     * ({@code SolverBenchmark limit}, docs/benchmarks.md), not a test's: under load a timed assertion fails for the
     * machine, not for the code.
     */
    @Test
    void aSearchCutByTheTimeLimitReportsItsGapOrThatItFoundNothing() {
        SelectionModel.load();
        SelectionProblem problem = SolverBenchmark.instance("n20000tight");
        for (Duration limit : List.of(Duration.ofMillis(300), Duration.ofSeconds(1))) {
            SelectionResult result = new ForumSelector(limit).select(problem);
            switch (result.status()) {
                case OPTIMAL -> assertEquals(0.0, result.gap().orElseThrow());
                case FEASIBLE -> {
                    assertTrue(result.gap().orElseThrow() > 0, "a cut search reports a positive proven gap");
                    assertEquals(30, result.selectedIds().size());
                }
                case UNKNOWN -> {
                    assertEquals(
                            ViolationKind.SOLVER_TIME_LIMIT,
                            result.violations().get(0).kind());
                    assertTrue(result.selectedIds().isEmpty(), "no group is proposed when none was found");
                }
                default -> throw new AssertionError(result.status() + " " + result.violations());
            }
        }
    }
}
