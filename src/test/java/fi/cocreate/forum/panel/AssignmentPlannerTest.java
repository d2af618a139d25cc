package fi.cocreate.forum.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.panel.control.AssignmentPlanner;
import fi.cocreate.forum.panel.control.AssignmentPlanner.Pair;
import fi.cocreate.forum.panel.control.AssignmentPlanner.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssignmentPlannerTest {

    private static List<String> ids(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void everyApplicationGetsNReviewersAndLoadsDifferByAtMostOne() {
        Plan plan = AssignmentPlanner.plan(ids("a", 10), ids("p", 4), 3, List.of(), List.of());
        assertEquals(30, plan.added().size());
        assertTrue(plan.shortfall().isEmpty());
        assertEquals(
                Map.of("p1", 8, "p2", 8, "p3", 7, "p4", 7).values().stream()
                        .sorted()
                        .toList(),
                plan.loads().values().stream().sorted().toList());
        assertEquals(30, new HashSet<>(plan.added()).size(), "no pair twice");
        cover(plan.added()).values().forEach(c -> assertEquals(3, c));
    }

    @Test
    void declaredConflictsAreNeverAssignedAndCoverageIsStillReached() {
        List<Pair> conflicts = List.of(new Pair("a1", "p1"), new Pair("a1", "p2"), new Pair("a2", "p3"));
        Plan plan = AssignmentPlanner.plan(ids("a", 6), ids("p", 5), 3, List.of(), conflicts);
        assertTrue(plan.added().stream().noneMatch(conflicts::contains));
        assertTrue(plan.shortfall().isEmpty());
        cover(plan.added()).values().forEach(c -> assertEquals(3, c));
        assertTrue(plan.maxLoad() - plan.minLoad() <= 1, plan.loads().toString());
    }

    @Test
    void existingAssignmentsAreKeptAndCountTowardsCoverageAndLoad() {
        List<Pair> existing = List.of(new Pair("a1", "p1"), new Pair("a2", "p1"), new Pair("a3", "p1"));
        Plan plan = AssignmentPlanner.plan(ids("a", 3), ids("p", 3), 2, existing, List.of());
        assertEquals(3, plan.added().size());
        assertTrue(plan.added().stream().noneMatch(p -> p.panellistId().equals("p1")), "p1 is already the busiest");
        assertEquals(
                Map.of("p1", 3, "p2", 2, "p3", 1).values().stream().sorted().toList(),
                plan.loads().values().stream().sorted().toList());
    }

    @Test
    void aConflictDeclaredAfterAssignmentIsReassignedToKeepCoverage() {
        List<Pair> existing = List.of(new Pair("a1", "p1"), new Pair("a1", "p2"));
        Plan plan = AssignmentPlanner.plan(List.of("a1"), ids("p", 3), 2, existing, List.of(new Pair("a1", "p1")));
        assertEquals(List.of(new Pair("a1", "p3")), plan.added());
        assertTrue(plan.shortfall().isEmpty());
    }

    @Test
    void tooFewPanellistsWithoutConflictIsReportedAsShortfall() {
        Plan plan = AssignmentPlanner.plan(
                List.of("a1", "a2"), ids("p", 3), 3, List.of(), List.of(new Pair("a1", "p1"), new Pair("a1", "p2")));
        assertEquals(Map.of("a1", 2), plan.shortfall());
        assertEquals(
                List.of(new Pair("a1", "p3"), new Pair("a2", "p1"), new Pair("a2", "p2"), new Pair("a2", "p3")),
                plan.added());
    }

    @Test
    void sameInputGivesSamePlan() {
        List<Pair> conflicts = List.of(new Pair("a4", "p2"), new Pair("a7", "p5"));
        Plan one = AssignmentPlanner.plan(ids("a", 12), ids("p", 5), 2, List.of(), conflicts);
        Plan two = AssignmentPlanner.plan(ids("a", 12), ids("p", 5), 2, List.of(), conflicts);
        assertEquals(one, two);
    }

    @Test
    void refusesZeroReviewers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AssignmentPlanner.plan(ids("a", 1), ids("p", 1), 0, List.of(), List.of()));
    }

    /** Random instances with a few conflicts each: coverage met, conflicts respected, loads within one. */
    @Test
    void randomInstancesWithSparseConflictsStayBalanced() {
        Random random = new Random(20261123);
        for (int round = 0; round < 300; round++) {
            int apps = 1 + random.nextInt(40);
            int people = 3 + random.nextInt(8);
            int n = 1 + random.nextInt(3);
            List<String> a = ids("a", apps);
            List<String> p = ids("p", people);
            Set<Pair> conflicts = new HashSet<>();
            for (String person : p) {
                if (random.nextInt(3) == 0) {
                    conflicts.add(new Pair(a.get(random.nextInt(apps)), person));
                }
            }
            List<Pair> existing = new ArrayList<>();
            if (random.nextBoolean()) {
                existing.add(new Pair(a.get(0), p.get(0)));
            }
            Plan plan = AssignmentPlanner.plan(a, p, n, existing, conflicts);
            String where = "round " + round + ": " + plan;
            assertTrue(plan.added().stream().noneMatch(conflicts::contains), where);
            assertTrue(plan.added().stream().noneMatch(existing::contains), where);
            List<Pair> all = new ArrayList<>(plan.added());
            existing.stream().filter(e -> !conflicts.contains(e)).forEach(all::add);
            Map<String, Integer> cover = cover(all);
            for (String app : a) {
                long allowed = p.stream()
                        .filter(x -> !conflicts.contains(new Pair(app, x)))
                        .count();
                assertEquals(Math.min(n, allowed), (long) cover.getOrDefault(app, 0), where);
            }
            assertTrue(plan.maxLoad() - plan.minLoad() <= 1, where);
        }
    }

    /** Tiny instances against exhaustive search: the planner's largest load is the smallest possible. */
    @Test
    void tinyInstancesHaveTheSmallestPossibleLargestLoad() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int apps = 1 + random.nextInt(3);
            int people = 2 + random.nextInt(3);
            int n = 1 + random.nextInt(2);
            List<String> a = ids("a", apps);
            List<String> p = ids("p", people);
            Set<Pair> conflicts = new HashSet<>();
            for (String app : a) {
                for (String person : p) {
                    if (random.nextInt(4) == 0) {
                        conflicts.add(new Pair(app, person));
                    }
                }
            }
            Plan plan = AssignmentPlanner.plan(a, p, n, List.of(), conflicts);
            int best = bruteForceMaxLoad(a, p, n, conflicts, 0, new HashMap<>());
            assertEquals(best, plan.maxLoad(), "round " + round + " " + conflicts + " " + plan);
        }
    }

    /** Smallest largest load over all assignments that give every application min(n, allowed) reviewers. */
    private static int bruteForceMaxLoad(
            List<String> a, List<String> p, int n, Set<Pair> conflicts, int index, Map<String, Integer> load) {
        if (index == a.size()) {
            return p.stream().mapToInt(x -> load.getOrDefault(x, 0)).max().orElse(0);
        }
        List<String> allowed = p.stream()
                .filter(x -> !conflicts.contains(new Pair(a.get(index), x)))
                .toList();
        int take = Math.min(n, allowed.size());
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << allowed.size(); mask++) {
            if (Integer.bitCount(mask) != take) {
                continue;
            }
            for (int i = 0; i < allowed.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(allowed.get(i), 1, Integer::sum);
                }
            }
            best = Math.min(best, bruteForceMaxLoad(a, p, n, conflicts, index + 1, load));
            for (int i = 0; i < allowed.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(allowed.get(i), -1, Integer::sum);
                }
            }
        }
        return best;
    }

    private static Map<String, Integer> cover(List<Pair> pairs) {
        Map<String, Integer> cover = new HashMap<>();
        pairs.forEach(x -> cover.merge(x.applicationId(), 1, Integer::sum));
        return cover;
    }
}
