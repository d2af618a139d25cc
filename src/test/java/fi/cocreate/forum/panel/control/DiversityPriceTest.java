package fi.cocreate.forum.panel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.control.Candidate;
import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.control.ForumSelector;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DiversityPriceTest {

    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(30));

    private static final DiversityRule A_MAN = DiversityRule.atLeast("gender", "MAN", 1);
    private static final DiversityRule FROM_ICELAND = DiversityRule.atLeast("homeCountry", "IS", 1);

    /**
     * Two seats. The plain top two are a and b (10 + 9 = 19). "At least one man" alone would take c (10 + 8 = 18);
     * "at least one living in Iceland" needs e, who is also a man, so both rules together give a and e (10 + 4 = 14).
     */
    private static SelectionProblem problem(DiversityRule... rules) {
        List<Candidate> candidates = List.of(
                Candidate.of("1", 10).with("gender", "WOMAN").with("homeCountry", "FI"),
                Candidate.of("2", 9).with("gender", "WOMAN").with("homeCountry", "SE"),
                Candidate.of("3", 8).with("gender", "MAN").with("homeCountry", "FI"),
                Candidate.of("4", 5).with("gender", "MAN").with("homeCountry", "NO"),
                Candidate.of("5", 4).with("gender", "MAN").with("homeCountry", "IS"));
        return SelectionProblem.of(candidates, 2, List.of(rules));
    }

    @Test
    void theRulesCostFivePointsAndEachRuleWhatDroppingItAloneWouldWin() {
        SelectionProblem problem = problem(A_MAN, FROM_ICELAND);
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.OPTIMAL, result.status());
        List<SelectionProblem> solved = new ArrayList<>();
        DiversityPrice.Report price = DiversityPrice.of(problem, result, p -> {
            solved.add(p);
            return selector.select(p);
        });
        assertTrue(price.known());
        assertEquals(19, price.topKTotal(), 1e-9);
        assertEquals(14, price.groupTotal(), 1e-9);
        assertEquals(5, price.total(), 1e-9);
        assertEquals(2, price.rules().size());
        DiversityPrice.RuleCost man = price.rules().get(0);
        assertEquals(A_MAN, man.rule());
        assertEquals(0, man.cost(), 1e-9, "Iceland's man already satisfies it: dropping it wins nothing");
        DiversityPrice.RuleCost iceland = price.rules().get(1);
        assertEquals(FROM_ICELAND, iceland.rule());
        assertEquals(4, iceland.cost(), 1e-9, "without it c (8) takes e's (4) seat");
        assertEquals(18, iceland.withoutRule(), 1e-9);
        assertEquals(
                List.of(List.of(FROM_ICELAND), List.of(A_MAN)),
                solved.stream().map(SelectionProblem::rules).toList(),
                "one solve per rule, each without that rule only");
    }

    @Test
    void aGroupNotProvenOptimalHasNoPriceAndAnUnprovenResolveLeavesThatRuleUnknown() {
        SelectionProblem infeasible = problem(DiversityRule.atLeast("homeCountry", "IS", 2));
        SelectionResult none = selector.select(infeasible);
        assertEquals(SelectionStatus.INFEASIBLE, none.status());
        DiversityPrice.Report price = DiversityPrice.of(infeasible, none, p -> {
            throw new AssertionError("nothing is solved again");
        });
        assertFalse(price.known());
        assertNull(price.total());

        SelectionProblem problem = problem(A_MAN, FROM_ICELAND);
        SelectionResult result = selector.select(problem);
        Function<SelectionProblem, SelectionResult> cut = p -> {
            SelectionResult r = selector.select(p);
            return new SelectionResult(
                    SelectionStatus.FEASIBLE,
                    r.selectedIds(),
                    r.totalScore(),
                    r.totalScore() + 1,
                    r.solveTime(),
                    r.waitingList(),
                    r.scoreOnlyIds(),
                    r.scoreOnlyTotal(),
                    r.decisions(),
                    List.of(),
                    List.of());
        };
        DiversityPrice.Report partial = DiversityPrice.of(problem, result, cut);
        assertEquals(5, partial.total(), 1e-9);
        assertTrue(partial.rules().stream().noneMatch(DiversityPrice.RuleCost::known));
    }

    @Test
    void withoutRulesThereIsNothingToPay() {
        SelectionProblem problem = problem();
        DiversityPrice.Report price = DiversityPrice.of(problem, selector.select(problem), selector::select);
        assertEquals(0, price.total(), 1e-9);
        assertEquals(List.of(), price.rules());
    }
}
