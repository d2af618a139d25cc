package fi.cocreate.forum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link ForumSelector} with exhaustive enumeration on many small seeded random instances: the
 * optimum, the tie-break, the validity of the group, the infeasibility verdict and the size of the
 * elastic diagnosis must all agree.
 */
class ForumSelectorRandomTest {

    /** Override for a longer stress run: {@code mvn test -Dselection.random.instances=5000 -Dselection.random.seed=7}. */
    private static final int INSTANCES = Integer.getInteger("selection.random.instances", 400);

    private static final long SEED = Long.getLong("selection.random.seed", 20240611L);
    private static final List<String> AREAS = List.of("law", "health", "housing", "culture");
    private static final List<String> GENDERS = List.of("woman", "man", "non-binary");
    private static final List<String> HOMES = List.of("Finland", "Sweden", "Iceland", "Åland");

    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(30));

    /** Everything enumeration finds about one instance. */
    private static final class Exhaustive {
        long bestUnits = Long.MIN_VALUE;
        long bestRankSum = Long.MAX_VALUE;
        int groupsWithBest;
        boolean[] bestGroup;
        int minViolationWithLocks = Integer.MAX_VALUE;
        int minViolationWithoutLocks = Integer.MAX_VALUE;

        boolean feasible() {
            return bestGroup != null;
        }
    }

    @Test
    void solverAgreesWithExhaustiveEnumeration() {
        Random random = new Random(SEED);
        int feasible = 0;
        int infeasible = 0;
        int elastic = 0;
        int uniqueCompared = 0;
        for (int instance = 0; instance < INSTANCES; instance++) {
            SelectionProblem problem = randomProblem(random);
            String label = "instance " + instance + ": " + problem;
            RankedPool pool = new RankedPool(problem);
            Exhaustive truth = enumerate(pool);
            SelectionResult result = selector.select(problem);

            if (truth.feasible()) {
                feasible++;
                assertEquals(SelectionStatus.OPTIMAL, result.status(), label);
                boolean[] chosen = chosen(pool, result.selectedIds());
                assertTrue(pool.isValid(chosen), label);
                assertEquals(truth.bestUnits, pool.totalUnits(chosen), label);
                assertEquals(truth.bestRankSum, pool.rankSum(chosen), label);
                if (truth.groupsWithBest == 1) {
                    uniqueCompared++;
                    assertEquals(pool.ids(truth.bestGroup), result.selectedIds(), label);
                }
                checkResultShape(pool, result, label);
            } else {
                infeasible++;
                assertEquals(SelectionStatus.INFEASIBLE, result.status(), label);
                assertFalse(result.violations().isEmpty(), label);
                assertTrue(result.selectedIds().isEmpty(), label);
                result.violations()
                        .forEach(v -> assertTrue(v.amount() > 0 && !v.message().isBlank(), label));
                if (FeasibilityPrecheck.check(pool).isEmpty()) {
                    elastic++;
                    checkConflicts(pool, result, label);
                    boolean locksReported =
                            result.violations().stream().anyMatch(v -> v.kind() == ViolationKind.LOCKS_BLOCK_RULES);
                    assertEquals(truth.minViolationWithoutLocks < truth.minViolationWithLocks, locksReported, label);
                }
            }
        }
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.DEBUG,
                        "seed " + SEED + ": feasible " + feasible + ", infeasible " + infeasible + " (elastic "
                                + elastic + "), unique optimum compared " + uniqueCompared);
        // The generator must exercise every path, otherwise the comparison proves little.
        assertTrue(
                feasible > 100 && infeasible > 40 && elastic > 10 && uniqueCompared > 50,
                "feasible " + feasible + ", infeasible " + infeasible + ", elastic " + elastic + ", unique "
                        + uniqueCompared);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        Random random = new Random(99);
        for (int instance = 0; instance < 40; instance++) {
            SelectionProblem problem = randomProblem(random);
            List<Candidate> shuffled = new ArrayList<>(problem.candidates());
            java.util.Collections.shuffle(shuffled, random);
            SelectionProblem reordered = new SelectionProblem(
                    shuffled, problem.forumSize(), problem.rules(), problem.lockedIn(), problem.lockedOut());
            SelectionResult a = selector.select(problem);
            SelectionResult b = selector.select(reordered);
            assertEquals(a.status(), b.status());
            assertEquals(a.selectedIds(), b.selectedIds());
            assertEquals(a.waitingList(), b.waitingList());
            assertEquals(a.decisions(), b.decisions());
            assertEquals(a.violations(), b.violations());
        }
    }

    /** Ordering, waiting list, score-only group and reasons of an optimal result. */
    private static void checkResultShape(RankedPool pool, SelectionResult result, String label) {
        List<String> rankedIds = pool.ranked.stream().map(Candidate::id).toList();
        List<String> selected = result.selectedIds();
        for (int i = 1; i < selected.size(); i++) {
            assertTrue(rankedIds.indexOf(selected.get(i - 1)) < rankedIds.indexOf(selected.get(i)), label);
        }
        Set<String> seen = new HashSet<>(selected);
        for (String id : result.waitingList()) {
            assertTrue(seen.add(id), label);
            assertFalse(pool.problem.lockedOut().contains(id), label);
        }
        assertEquals(pool.size - pool.problem.lockedOut().size(), seen.size(), label);
        assertEquals(pool.forumSize, result.scoreOnlyIds().size(), label);
        assertTrue(result.scoreOnlyTotal() >= result.totalScore() - 1e-9, label);
        assertEquals(pool.size, result.decisions().size(), label);
        for (CandidateDecision d : result.decisions()) {
            assertEquals(selected.contains(d.candidateId()), d.selected(), label);
            switch (d.reason()) {
                case IN_LOCKED -> assertTrue(pool.problem.lockedIn().contains(d.candidateId()), label);
                case OUT_LOCKED -> assertTrue(pool.problem.lockedOut().contains(d.candidateId()), label);
                case IN_TOP_SCORE -> assertTrue(result.scoreOnlyIds().contains(d.candidateId()), label);
                case IN_REQUIRED_BY_RULE, IN_REPLACEMENT, OUT_DISPLACED_BY_RULE ->
                    // Optimality guarantees that some rule explains every deviation from the score order.
                    assertFalse(d.rules().isEmpty(), label + " " + d);
                case OUT_LOWER_SCORE -> assertFalse(result.scoreOnlyIds().contains(d.candidateId()), label);
                default -> fail("unexpected reason " + d);
            }
        }
    }

    /**
     * Every reported conflict is a smallest one (infeasible together, feasible without any one limit), each give is
     * the least that suffices, and once every conflict's limits are dropped the remaining limits hold.
     */
    private static void checkConflicts(RankedPool pool, SelectionResult result, String label) {
        assertFalse(result.conflicts().isEmpty(), label);
        List<SelectionModel.Side> remaining = new ArrayList<>(SelectionModel.sides(pool));
        for (RuleConflict conflict : result.conflicts()) {
            List<SelectionModel.Side> sides = new ArrayList<>();
            for (RuleViolation give : conflict.gives()) {
                sides.add(new SelectionModel.Side(
                        pool.rules.indexOf(give.rule()), give.kind() == ViolationKind.MINIMUM_NOT_MET));
                assertTrue(result.violations().contains(give), label);
            }
            assertFalse(holds(pool, sides, null, 0), label + " " + conflict.describe());
            for (int s = 0; s < sides.size(); s++) {
                List<SelectionModel.Side> others = new ArrayList<>(sides);
                others.remove(s);
                assertTrue(holds(pool, others, null, 0), label + " not irreducible: " + conflict.describe());
                int amount = conflict.gives().get(s).amount();
                assertTrue(amount > 0, label);
                assertTrue(holds(pool, sides, sides.get(s), amount), label + " give too small: " + conflict.describe());
                assertFalse(
                        holds(pool, sides, sides.get(s), amount - 1),
                        label + " give too large: " + conflict.describe());
            }
            remaining.removeAll(sides);
        }
        if (result.conflicts().size() < 5) {
            assertTrue(holds(pool, remaining, null, 0), label + " a conflict was missed");
        }
    }

    /** Whether some group of the forum size keeps the locks and these limits, {@code relaxed} loosened by {@code by}. */
    private static boolean holds(
            RankedPool pool, List<SelectionModel.Side> sides, SelectionModel.Side relaxed, int by) {
        boolean[] group = new boolean[pool.size];
        for (int mask = 0; mask < (1 << pool.size); mask++) {
            if (Integer.bitCount(mask) != pool.forumSize) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < pool.size && ok; i++) {
                group[i] = (mask & (1 << i)) != 0;
                ok = group[i] ? !pool.lockedOut[i] : !pool.lockedIn[i];
            }
            for (int j = 0; j < sides.size() && ok; j++) {
                SelectionModel.Side side = sides.get(j);
                DiversityRule rule = pool.rules.get(side.rule());
                int count = pool.count(side.rule(), group);
                int slack = side.equals(relaxed) ? by : 0;
                ok = side.minimum() ? count >= rule.minimum() - slack : count <= rule.maximum() + slack;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] chosen(RankedPool pool, List<String> ids) {
        boolean[] chosen = new boolean[pool.size];
        for (int i = 0; i < pool.size; i++) {
            chosen[i] = ids.contains(pool.ranked.get(i).id());
        }
        return chosen;
    }

    /** Enumerates every group of the forum size (bitmask over at most 14 candidates). */
    private static Exhaustive enumerate(RankedPool pool) {
        Exhaustive truth = new Exhaustive();
        boolean[] group = new boolean[pool.size];
        for (int mask = 0; mask < (1 << pool.size); mask++) {
            if (Integer.bitCount(mask) != pool.forumSize) {
                continue;
            }
            for (int i = 0; i < pool.size; i++) {
                group[i] = (mask & (1 << i)) != 0;
            }
            int violation = 0;
            for (int r = 0; r < pool.rules.size(); r++) {
                DiversityRule rule = pool.rules.get(r);
                int count = pool.count(r, group);
                violation += Math.max(0, rule.minimum() - count) + Math.max(0, count - rule.maximum());
            }
            truth.minViolationWithoutLocks = Math.min(truth.minViolationWithoutLocks, violation);
            // Straight from the problem: a candidate locked both in and out makes every group fail.
            boolean locksHold = true;
            for (int i = 0; i < pool.size; i++) {
                String id = pool.ranked.get(i).id();
                locksHold &= group[i]
                        ? !pool.problem.lockedOut().contains(id)
                        : !pool.problem.lockedIn().contains(id);
            }
            if (!locksHold) {
                continue;
            }
            truth.minViolationWithLocks = Math.min(truth.minViolationWithLocks, violation);
            if (violation > 0) {
                continue;
            }
            long units = pool.totalUnits(group);
            long rankSum = pool.rankSum(group);
            if (units > truth.bestUnits || units == truth.bestUnits && rankSum < truth.bestRankSum) {
                truth.bestUnits = units;
                truth.bestRankSum = rankSum;
                truth.groupsWithBest = 1;
                truth.bestGroup = group.clone();
            } else if (units == truth.bestUnits && rankSum == truth.bestRankSum) {
                truth.groupsWithBest++;
            }
        }
        return truth;
    }

    private static SelectionProblem randomProblem(Random random) {
        int n = 8 + random.nextInt(7);
        int k = 3 + random.nextInt(4);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Half-point scores make equal scores and equal totals common, so the tie-break is exercised.
            double score = random.nextBoolean() ? 1 + random.nextInt(9) * 0.5 : 1 + random.nextInt(40001) * 1e-4;
            Set<String> areas = new LinkedHashSet<>();
            int areaCount = 1 + random.nextInt(2);
            while (areas.size() < areaCount) {
                areas.add(AREAS.get(random.nextInt(AREAS.size())));
            }
            Candidate candidate = Candidate.of(String.format("c%02d", i), score)
                    .with("area", areas.toArray(String[]::new))
                    .with("gender", GENDERS.get(random.nextInt(GENDERS.size())));
            if (random.nextInt(10) > 0) { // some candidates leave their home country empty
                candidate = candidate.with("homeCountry", HOMES.get(random.nextInt(HOMES.size())));
            }
            candidates.add(candidate);
        }
        List<DiversityRule> rules = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int ruleCount = 1 + random.nextInt(5);
        while (rules.size() < ruleCount) {
            int dimension = random.nextInt(3);
            String name = List.of("area", "gender", "homeCountry").get(dimension);
            List<String> values = List.of(AREAS, GENDERS, HOMES).get(dimension);
            String value = values.get(random.nextInt(values.size()));
            if (!keys.add(name + "=" + value)) {
                continue;
            }
            int min = random.nextInt(4);
            int max = switch (random.nextInt(3)) {
                case 0 -> DiversityRule.NO_MAXIMUM;
                case 1 -> min + random.nextInt(3);
                default -> Math.max(min, random.nextInt(3));
            };
            rules.add(new DiversityRule(name, value, min, max));
        }
        Set<String> in = new HashSet<>();
        Set<String> out = new HashSet<>();
        if (random.nextInt(3) == 0) {
            int count = 1 + random.nextInt(2);
            for (int j = 0; j < count; j++) {
                in.add(candidates.get(random.nextInt(n)).id());
            }
        }
        if (random.nextInt(3) == 0) {
            int count = 1 + random.nextInt(3);
            for (int j = 0; j < count; j++) {
                out.add(candidates.get(random.nextInt(n)).id());
            }
        }
        return new SelectionProblem(candidates, k, rules, in, out);
    }
}
