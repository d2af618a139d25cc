package fi.cocreate.forum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ForumSelectorTest {

    private static final double EPS = 1e-9;
    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(30));

    private static Candidate c(String id, double score, String gender, String home, String... areas) {
        return Candidate.of(id, score)
                .with("gender", gender)
                .with("homeCountry", home)
                .with("area", areas);
    }

    private static CandidateDecision decision(SelectionResult result, String id) {
        return result.decision(id).orElseThrow();
    }

    @Test
    void withoutRulesTheTopScoresAreSelected() {
        List<Candidate> pool = List.of(
                c("a", 4.0, "woman", "Finland", "law"),
                c("b", 3.0, "man", "Sweden", "law"),
                c("c", 5.0, "man", "Norway", "health"),
                c("d", 2.0, "woman", "Iceland", "health"));
        SelectionResult result = selector.select(SelectionProblem.of(pool, 2, List.of()));
        assertEquals(SelectionStatus.OPTIMAL, result.status());
        assertEquals(List.of("c", "a"), result.selectedIds());
        assertEquals(9.0, result.totalScore(), EPS);
        assertEquals(List.of("b", "d"), result.waitingList());
        assertEquals(result.selectedIds(), result.scoreOnlyIds());
        assertEquals(DecisionReason.IN_TOP_SCORE, decision(result, "c").reason());
        assertEquals(DecisionReason.OUT_LOWER_SCORE, decision(result, "b").reason());
        assertEquals(
                List.of("c", "a", "b", "d"),
                result.decisions().stream().map(CandidateDecision::candidateId).toList());
        assertEquals(1, decision(result, "c").rank());
        assertTrue(result.violations().isEmpty());
    }

    @Test
    void minimumRulePullsInALowerScoredCandidate() {
        List<Candidate> pool = List.of(
                c("a", 5.0, "man", "Finland", "law"),
                c("b", 4.5, "man", "Sweden", "law"),
                c("c", 4.0, "man", "Norway", "law"),
                c("d", 2.0, "man", "Iceland", "law"));
        DiversityRule iceland = DiversityRule.atLeast("homeCountry", "Iceland", 1);
        SelectionResult result = selector.select(SelectionProblem.of(pool, 3, List.of(iceland)));
        assertEquals(List.of("a", "b", "d"), result.selectedIds());
        assertEquals(List.of("a", "b", "c"), result.scoreOnlyIds());
        assertEquals(13.5, result.scoreOnlyTotal(), EPS);
        CandidateDecision d = decision(result, "d");
        assertEquals(DecisionReason.IN_REQUIRED_BY_RULE, d.reason());
        assertEquals(List.of(iceland), d.rules());
        CandidateDecision out = decision(result, "c");
        assertEquals(DecisionReason.OUT_DISPLACED_BY_RULE, out.reason());
        assertEquals(List.of(iceland), out.rules());
        assertEquals(List.of("c"), result.waitingList());
    }

    @Test
    void maximumRuleDisplacesAndFreesASeat() {
        List<Candidate> pool = List.of(
                c("a", 5.0, "man", "Finland", "law"),
                c("b", 4.5, "man", "Sweden", "law"),
                c("c", 4.0, "man", "Norway", "law"),
                c("d", 2.0, "woman", "Iceland", "health"),
                c("e", 1.0, "woman", "Denmark", "health"));
        DiversityRule men = DiversityRule.atMost("gender", "man", 2);
        SelectionResult result = selector.select(SelectionProblem.of(pool, 3, List.of(men)));
        assertEquals(List.of("a", "b", "d"), result.selectedIds());
        assertEquals(DecisionReason.IN_REPLACEMENT, decision(result, "d").reason());
        assertEquals(List.of(men), decision(result, "d").rules());
        assertEquals(DecisionReason.OUT_DISPLACED_BY_RULE, decision(result, "c").reason());
        assertEquals(List.of(men), decision(result, "c").rules());
        assertEquals(DecisionReason.OUT_LOWER_SCORE, decision(result, "e").reason());
    }

    @Test
    void locksAreHonouredAndReported() {
        List<Candidate> pool = List.of(
                c("a", 5.0, "man", "Finland", "law"),
                c("b", 4.5, "man", "Sweden", "law"),
                c("c", 4.0, "man", "Norway", "law"),
                c("d", 2.0, "woman", "Iceland", "health"),
                c("e", 1.0, "woman", "Denmark", "health"));
        SelectionProblem problem =
                SelectionProblem.of(pool, 3, List.of()).withLockedIn("e").withLockedOut("a");
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.OPTIMAL, result.status());
        assertEquals(List.of("b", "c", "e"), result.selectedIds());
        assertEquals(DecisionReason.IN_LOCKED, decision(result, "e").reason());
        assertEquals(DecisionReason.OUT_LOCKED, decision(result, "a").reason());
        assertEquals(List.of("d"), result.waitingList()); // locked-out "a" is not waiting
        // The score-only group respects the locks too, so it equals the selection here.
        assertEquals(List.of("b", "c", "e"), result.scoreOnlyIds());
        assertEquals(DecisionReason.IN_TOP_SCORE, decision(result, "b").reason());
    }

    @Test
    void oneMemberWithSeveralAreasCoversSeveralMinimums() {
        // k = 2 with three area minimums: only a group containing the multi-area candidate works.
        List<Candidate> pool = List.of(
                c("top1", 5.0, "man", "Finland", "law"),
                c("top2", 4.9, "man", "Finland", "law"),
                c("multi", 2.0, "woman", "Sweden", "health", "housing"),
                c("health", 3.0, "woman", "Sweden", "health"),
                c("housing", 3.0, "woman", "Sweden", "housing"));
        List<DiversityRule> rules = List.of(
                DiversityRule.atLeast("area", "law", 1),
                DiversityRule.atLeast("area", "health", 1),
                DiversityRule.atLeast("area", "housing", 1));
        SelectionResult result = selector.select(SelectionProblem.of(pool, 2, rules));
        assertEquals(SelectionStatus.OPTIMAL, result.status());
        assertEquals(List.of("top1", "multi"), result.selectedIds());
        CandidateDecision multi = decision(result, "multi");
        assertEquals(DecisionReason.IN_REQUIRED_BY_RULE, multi.reason());
        assertEquals(List.of(rules.get(1), rules.get(2)), multi.rules());
    }

    @Test
    void multiValuedMaximumCountsEveryValue() {
        List<Candidate> pool = List.of(
                c("a", 5.0, "man", "Finland", "law", "health"),
                c("b", 4.0, "man", "Finland", "health"),
                c("c", 3.0, "man", "Finland", "culture"));
        SelectionResult result =
                selector.select(SelectionProblem.of(pool, 2, List.of(DiversityRule.atMost("area", "health", 1))));
        assertEquals(List.of("a", "c"), result.selectedIds());
    }

    @Test
    void equalScoresAreBrokenByIdWhateverTheInputOrder() {
        List<Candidate> pool = new ArrayList<>();
        for (String id : List.of("e", "b", "d", "a", "c")) {
            pool.add(c(id, 3.0, "woman", "Finland", "law"));
        }
        pool.add(c("top", 4.0, "woman", "Finland", "law"));
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(pool, random);
            SelectionResult result = selector.select(SelectionProblem.of(pool, 3, List.of()));
            assertEquals(List.of("top", "a", "b"), result.selectedIds());
            assertEquals(List.of("c", "d", "e"), result.waitingList());
        }
    }

    @Test
    void tieBreakAppliesAmongEquallyGoodGroupsUnderRules() {
        // Two Icelanders with equal scores: the smaller id is taken for the required seat.
        List<Candidate> pool = List.of(
                c("z-ice", 2.0, "man", "Iceland", "law"),
                c("m-ice", 2.0, "man", "Iceland", "law"),
                c("a", 5.0, "man", "Finland", "law"),
                c("b", 4.0, "man", "Finland", "law"));
        SelectionResult result = selector.select(
                SelectionProblem.of(pool, 2, List.of(DiversityRule.atLeast("homeCountry", "Iceland", 1))));
        assertEquals(List.of("a", "m-ice"), result.selectedIds());
    }

    @Test
    void scoresEqualToFourDecimalsAreTies() {
        List<Candidate> pool = List.of(Candidate.of("b", 3.123449), Candidate.of("a", 3.12341));
        SelectionResult result = selector.select(SelectionProblem.of(pool, 1, List.of()));
        assertEquals(List.of("a"), result.selectedIds());
    }

    @Test
    void infeasibleMinimumNamesTheRuleAndTheShortfall() {
        List<Candidate> pool = List.of(
                c("a", 5.0, "man", "Finland", "law"),
                c("b", 4.0, "woman", "Iceland", "law"),
                c("c", 3.0, "man", "Sweden", "law"),
                c("d", 2.0, "woman", "Norway", "law"));
        DiversityRule iceland = DiversityRule.atLeast("homeCountry", "Iceland", 2);
        SelectionResult result = selector.select(SelectionProblem.of(pool, 3, List.of(iceland)));
        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        assertTrue(result.selectedIds().isEmpty());
        assertTrue(result.decisions().isEmpty());
        RuleViolation v = result.violations().get(0);
        assertEquals(ViolationKind.MINIMUM_NOT_MET, v.kind());
        assertEquals(iceland, v.rule());
        assertEquals(2, v.limit());
        assertEquals(1, v.possible());
        assertEquals(1, v.amount());
        assertEquals("minimum 2 with homeCountry = Iceland: only 1 possible (short by 1)", v.message());
    }

    @Test
    void rulesThatOnlyFailTogetherAreNamedTogetherWithWhatEachMustGive() {
        // Two women and two Icelanders exist, but no Icelandic woman: 2 + 2 > 3 seats.
        List<Candidate> pool = List.of(
                c("w1", 5.0, "woman", "Finland", "law"),
                c("w2", 4.0, "woman", "Sweden", "law"),
                c("i1", 3.0, "man", "Iceland", "law"),
                c("i2", 2.0, "man", "Iceland", "law"),
                c("x", 1.0, "man", "Norway", "law"));
        List<DiversityRule> rules = List.of(
                DiversityRule.atLeast("gender", "woman", 2), DiversityRule.atLeast("homeCountry", "Iceland", 2));
        SelectionProblem problem = SelectionProblem.of(pool, 3, rules);
        assertTrue(FeasibilityPrecheck.check(new RankedPool(problem)).isEmpty());
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        assertEquals(1, result.conflicts().size());
        List<RuleViolation> gives = result.conflicts().get(0).gives();
        assertEquals(rules, gives.stream().map(RuleViolation::rule).toList());
        assertEquals(
                "minimum 2 with gender = woman: only 1 possible (short by 1)",
                gives.get(0).message());
        assertEquals(
                "minimum 2 with homeCountry = Iceland: only 1 possible (short by 1)",
                gives.get(1).message());
        assertEquals(gives, result.violations());
    }

    @Test
    void icelandMinimumAndWestAfricaMaximumAreBothNamedWithTheirOwnAmounts() {
        // Five Icelanders, four of them born in West Africa: with at most one West African, at most two Icelanders.
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pool.add(c("wa" + i, 4.0 - i * 0.1, "woman", "Iceland", "law").with("regionOfOrigin", "westAfrica"));
        }
        pool.add(c("n0", 3.0, "man", "Iceland", "law").with("regionOfOrigin", "nordic"));
        for (int i = 0; i < 6; i++) {
            pool.add(c("o" + i, 2.0 - i * 0.1, "man", "Finland", "law").with("regionOfOrigin", "westAfrica"));
        }
        for (int i = 0; i < 6; i++) {
            pool.add(c("f" + i, 1.0 - i * 0.1, "woman", "Finland", "law").with("regionOfOrigin", "nordic"));
        }
        DiversityRule iceland = DiversityRule.atLeast("homeCountry", "Iceland", 5);
        DiversityRule westAfrica = DiversityRule.atMost("regionOfOrigin", "westAfrica", 1);
        DiversityRule women = DiversityRule.atLeast("gender", "woman", 2);
        SelectionProblem problem = SelectionProblem.of(pool, 6, List.of(women, iceland, westAfrica));
        assertTrue(FeasibilityPrecheck.check(new RankedPool(problem)).isEmpty());

        SelectionResult result = selector.select(problem);

        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        assertEquals(1, result.conflicts().size(), result.violations().toString());
        List<RuleViolation> gives = result.conflicts().get(0).gives();
        assertEquals(
                List.of(iceland, westAfrica),
                gives.stream().map(RuleViolation::rule).toList(),
                "the women rule is not part of the conflict");
        RuleViolation lowerIceland = gives.get(0);
        assertEquals(ViolationKind.MINIMUM_NOT_MET, lowerIceland.kind());
        assertEquals(5, lowerIceland.limit());
        assertEquals(2, lowerIceland.possible());
        assertEquals(3, lowerIceland.amount());
        RuleViolation raiseWestAfrica = gives.get(1);
        assertEquals(ViolationKind.MAXIMUM_EXCEEDED, raiseWestAfrica.kind());
        assertEquals(1, raiseWestAfrica.limit());
        assertEquals(4, raiseWestAfrica.possible());
        assertEquals(3, raiseWestAfrica.amount());
        // Applying either give alone makes the rules hold.
        assertEquals(
                SelectionStatus.OPTIMAL,
                selector.select(SelectionProblem.of(
                                pool,
                                6,
                                List.of(women, DiversityRule.atLeast("homeCountry", "Iceland", 2), westAfrica)))
                        .status());
        assertEquals(
                SelectionStatus.OPTIMAL,
                selector.select(SelectionProblem.of(
                                pool,
                                6,
                                List.of(women, iceland, DiversityRule.atMost("regionOfOrigin", "westAfrica", 4))))
                        .status());
    }

    @Test
    void independentConflictsAreReportedSeparately() {
        // Three seats. "Two women" and "two Icelanders" conflict (no Icelandic woman); "housing at least 1" (only x)
        // and "culture at least 2" (only the women) conflict with the Icelanders too.
        List<Candidate> pool = List.of(
                c("w1", 5.0, "woman", "Finland", "culture"),
                c("w2", 4.0, "woman", "Sweden", "culture"),
                c("i1", 3.0, "man", "Iceland", "law"),
                c("i2", 2.0, "man", "Iceland", "law"),
                c("x", 1.0, "man", "Norway", "housing"));
        List<DiversityRule> rules = List.of(
                DiversityRule.atLeast("gender", "woman", 2),
                DiversityRule.atLeast("homeCountry", "Iceland", 2),
                DiversityRule.atLeast("area", "housing", 1),
                DiversityRule.atLeast("area", "culture", 2));
        SelectionResult result = selector.select(SelectionProblem.of(pool, 3, rules));
        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        assertFalse(result.conflicts().isEmpty());
        // Every rule is part of some reported conflict, and each conflict is named with all of its rules.
        java.util.Set<DiversityRule> named = new java.util.HashSet<>();
        result.conflicts().forEach(c -> c.gives().forEach(g -> named.add(g.rule())));
        assertTrue(
                named.containsAll(List.of(rules.get(0), rules.get(1))),
                result.conflicts().toString());
        assertTrue(
                result.conflicts().stream().allMatch(c -> c.gives().size() >= 2),
                result.conflicts().toString());
    }

    @Test
    void tiesGoToTheSmallerApplicationIdComparedAsANumber() {
        // Text order would put "1000" before "999".
        List<Candidate> pool = List.of(
                Candidate.of("1000", 4.0),
                Candidate.of("999", 4.0),
                Candidate.of("12", 3.0),
                Candidate.of("0998", 4.0));
        SelectionResult result = selector.select(SelectionProblem.of(pool, 2, List.of()));
        assertEquals(List.of("0998", "999"), result.selectedIds());
        assertEquals(List.of("1000", "12"), result.waitingList());
        assertTrue(RankedPool.compareIds("999", "1000") < 0);
        assertTrue(RankedPool.compareIds("1000", "999") > 0);
        assertTrue(RankedPool.compareIds("42", "a1") < 0, "whole numbers before other ids");
        assertTrue(RankedPool.compareIds("b", "a") > 0);
        assertEquals(0, RankedPool.compareIds("07", "07"));
        assertTrue(RankedPool.compareIds("007", "7") != 0, "different texts never compare equal");
    }

    @Test
    void excessIsReportedForAMaximumThatCannotHold() {
        // Everyone has two areas and health is in all of them: "health at most 1" fails by k - 1.
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pool.add(c("p" + i, 5 - i * 0.5, "woman", "Finland", "health", i % 2 == 0 ? "law" : "culture"));
        }
        DiversityRule health = DiversityRule.atMost("area", "health", 1);
        SelectionResult result = selector.select(SelectionProblem.of(pool, 3, List.of(health)));
        RuleViolation v = result.violations().get(0);
        assertEquals(ViolationKind.MAXIMUM_EXCEEDED, v.kind());
        assertEquals(2, v.amount());
        assertEquals("maximum 1 with area = health: at least 3 needed (over by 2)", v.message());
    }

    @Test
    void locksThatBreakTheRulesAreNamed() {
        List<Candidate> pool = List.of(
                c("w1", 5.0, "woman", "Finland", "law"),
                c("w2", 4.0, "woman", "Sweden", "law"),
                c("m1", 3.0, "man", "Iceland", "law"),
                c("m2", 2.0, "man", "Iceland", "law"),
                c("m3", 1.0, "man", "Norway", "law"));
        // Rules alone are fine (w1 + m1 + m2), but locking in m3 leaves room for only one Icelander.
        List<DiversityRule> rules = List.of(
                DiversityRule.atLeast("gender", "woman", 1), DiversityRule.atLeast("homeCountry", "Iceland", 2));
        SelectionProblem problem = SelectionProblem.of(pool, 3, rules).withLockedIn("m3");
        assertTrue(FeasibilityPrecheck.check(new RankedPool(problem)).isEmpty());
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.INFEASIBLE, result.status());
        // With m3 in, two seats are left: "a woman" and "two Icelanders" conflict, each must give 1.
        assertEquals(3, result.violations().size(), result.violations().toString());
        assertEquals(1, result.conflicts().size());
        assertEquals(
                List.of(1, 1),
                result.conflicts().get(0).gives().stream()
                        .map(RuleViolation::amount)
                        .toList());
        assertEquals(ViolationKind.MINIMUM_NOT_MET, result.violations().get(0).kind());
        RuleViolation locks = result.violations().get(2);
        assertEquals(ViolationKind.LOCKS_BLOCK_RULES, locks.kind());
        assertEquals(0, locks.possible());
        assertEquals(1, locks.amount());
    }

    @Test
    void obviousProblemsAreCaughtBeforeSolving() {
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pool.add(c("p" + i, i, i < 3 ? "woman" : "man", "Finland", "law"));
        }
        SelectionResult tooFew =
                selector.select(SelectionProblem.of(pool, 4, List.of()).withLockedOut("p0", "p1"));
        assertEquals(ViolationKind.TOO_FEW_ELIGIBLE, tooFew.violations().get(0).kind());
        assertEquals(1, tooFew.violations().get(0).amount());

        SelectionResult tooMany =
                selector.select(SelectionProblem.of(pool, 2, List.of()).withLockedIn("p0", "p1", "p2"));
        assertEquals(
                ViolationKind.TOO_MANY_LOCKED_IN, tooMany.violations().get(0).kind());
        assertEquals(
                "forum size 2: 3 candidates locked in (over by 1)",
                tooMany.violations().get(0).message());
        assertTrue(tooMany.scoreOnlyIds().isEmpty());

        SelectionResult conflict = selector.select(
                SelectionProblem.of(pool, 2, List.of()).withLockedIn("p3").withLockedOut("p3"));
        assertEquals(
                ViolationKind.CONFLICTING_LOCK, conflict.violations().get(0).kind());
        assertEquals(List.of("p3"), conflict.violations().get(0).candidateIds());

        SelectionResult sums = selector.select(SelectionProblem.of(
                pool,
                3,
                List.of(DiversityRule.atLeast("gender", "woman", 2), DiversityRule.atLeast("gender", "man", 2))));
        assertEquals(
                ViolationKind.DIMENSION_MINIMUMS_EXCEED_SIZE,
                sums.violations().get(0).kind());
        assertEquals("gender", sums.violations().get(0).dimension());
        assertEquals(1, sums.violations().get(0).amount());

        SelectionResult caps =
                selector.select(SelectionProblem.of(pool, 4, List.of(DiversityRule.atMost("gender", "woman", 1))));
        assertEquals(
                ViolationKind.DIMENSION_MAXIMUMS_BELOW_SIZE,
                caps.violations().get(caps.violations().size() - 1).kind());
        assertTrue(caps.violations().stream()
                .anyMatch(v -> v.kind() == ViolationKind.MAXIMUM_EXCEEDED
                        && v.message().equals("maximum 1 with gender = woman: at least 2 needed (over by 1)")));

        SelectionResult forced =
                selector.select(SelectionProblem.of(pool, 3, List.of(DiversityRule.atMost("gender", "woman", 1)))
                        .withLockedIn("p0", "p1"));
        assertEquals(
                "maximum 1 with gender = woman: at least 2 needed (over by 1)",
                forced.violations().get(0).message());

        SelectionResult aboveSize =
                selector.select(SelectionProblem.of(pool, 2, List.of(DiversityRule.atLeast("area", "law", 3))));
        assertEquals(
                "minimum 3 with area = law: only 2 possible (short by 1)",
                aboveSize.violations().get(0).message());
    }

    @Test
    void structuralErrorsAreRejected() {
        Candidate a = Candidate.of("a", 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> SelectionProblem.of(List.of(a, Candidate.of("a", 2)), 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SelectionProblem.of(List.of(a), 0, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> SelectionProblem.of(
                        List.of(a), 1, List.of(DiversityRule.atLeast("g", "w", 1), DiversityRule.atMost("g", "w", 2))));
        assertThrows(
                IllegalArgumentException.class,
                () -> SelectionProblem.of(List.of(a), 1, List.of()).withLockedIn("nobody"));
        assertThrows(IllegalArgumentException.class, () -> DiversityRule.between("g", "w", 3, 2));
        assertThrows(IllegalArgumentException.class, () -> Candidate.of("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ForumSelector(Duration.ZERO));
    }

    @Test
    void candidatesAndRulesAreImmutableCopies() {
        Candidate a = Candidate.of("a", 1).with("area", "law", "health");
        assertTrue(a.has("area", "health"));
        assertFalse(a.has("gender", "woman"));
        assertThrows(UnsupportedOperationException.class, () -> a.values("area").add("x"));
        assertEquals(
                "minimum 2 and maximum 6 with area = law",
                DiversityRule.between("area", "law", 2, 6).describe());
        assertEquals("area=law", DiversityRule.atMost("area", "law", 6).key());
    }
}
