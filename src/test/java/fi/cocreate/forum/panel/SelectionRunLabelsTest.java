package fi.cocreate.forum.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.control.CandidateDecision;
import fi.cocreate.forum.control.DecisionReason;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import fi.cocreate.forum.panel.boundary.CandidateRow;
import fi.cocreate.forum.panel.boundary.SelectionRun;
import fi.cocreate.forum.panel.control.SelectionDimension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the selection page says about each candidate: the run's decision, and whether the score is in the top k. */
class SelectionRunLabelsTest {

    private static CandidateRow row(long id, int rank, boolean selected, int waiting) {
        CandidateDecision decision = new CandidateDecision(
                String.valueOf(id),
                rank,
                selected,
                selected ? DecisionReason.IN_LOCKED : DecisionReason.OUT_LOWER_SCORE,
                List.of());
        return new CandidateRow(id, "Candidate " + id, 5.0 - rank, Map.of(), decision, null, selected, waiting, rank);
    }

    @Test
    void aLockedInRankBeyondTheForumSizeIsSelectedButNotInTheTopK() {
        CandidateRow lockedIn = row(31, 31, true, 0);
        SelectionResult result = new SelectionResult(
                SelectionStatus.OPTIMAL,
                List.of("31"),
                4.0,
                4.0,
                Duration.ZERO,
                List.of(),
                List.of("31"),
                4.0,
                List.of(lockedIn.decision()),
                List.of(),
                List.of());
        SelectionRun run = new SelectionRun(result, 30, List.of(lockedIn), List.of());
        assertEquals("SELECTED", run.outcome(lockedIn));
        assertFalse(run.withinTopK(lockedIn));
        assertTrue(run.withinTopK(row(30, 30, false, 0)));
    }

    @Test
    void anInfeasibleRunMakesNoDecisionButKeepsTheRanks() {
        CandidateRow first = new CandidateRow(1, "A", 4.5, Map.of(), null, null, false, 0, 1);
        CandidateRow second = new CandidateRow(2, "B", 4.0, Map.of(), null, null, false, 0, 2);
        SelectionResult result = new SelectionResult(
                SelectionStatus.INFEASIBLE,
                List.of(),
                0,
                Double.NaN,
                Duration.ZERO,
                List.of(),
                List.of(),
                0,
                List.of(),
                List.of(),
                List.of());
        SelectionRun run = new SelectionRun(result, 1, List.of(first, second), List.of());
        assertEquals("NO_PROPOSAL", run.outcome(first));
        assertEquals("NO_PROPOSAL", run.outcome(second));
        assertTrue(run.withinTopK(first));
        assertFalse(run.withinTopK(second));
    }

    @Test
    void everyDimensionAcceptsOnlyItsOwnValues() {
        assertTrue(SelectionDimension.GENDER.accepts("NON_BINARY"));
        assertFalse(SelectionDimension.GENDER.accepts("DISCRIMINATION"));
        assertFalse(SelectionDimension.HOME_COUNTRY.accepts("US"));
        assertTrue(SelectionDimension.AGE_BAND.accepts("60plus"));
        assertFalse(SelectionDimension.AREA.accepts(null));
    }
}
