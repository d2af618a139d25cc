package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.panel.control.DiversityPrice;
import fi.cocreate.forum.panel.control.SelectionDimension;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of one selection run for the page: the solver's result, every candidate with their reason, and the
 * applications still waiting for scores (they are not candidates); from a staff run also the price of the diversity
 * rules ({@link DiversityPrice}), null otherwise; {@code pricePending} when that price is still being computed in the
 * background (then it is null here, and a later run of the unchanged problem shows it).
 */
public record SelectionRun(
        SelectionResult result,
        int forumSize,
        List<CandidateRow> candidates,
        List<Long> unscored,
        DiversityPrice.Report price,
        boolean pricePending)
        implements Serializable {

    /** How one value of a dimension is represented in the pool, the proposed group and the top-k group. */
    public record Composition(String value, int pool, int selected, int topK) {}

    public SelectionRun {
        candidates = List.copyOf(candidates);
        unscored = List.copyOf(unscored);
    }

    /** A run without the price of its rules (confirming does not need it). */
    public SelectionRun(SelectionResult result, int forumSize, List<CandidateRow> candidates, List<Long> unscored) {
        this(result, forumSize, candidates, unscored, null, false);
    }

    /**
     * What the run says about a candidate: SELECTED, WAITING (on the waiting list), NOT_SELECTED, or NO_PROPOSAL when
     * the run found no group (an infeasible rule), so that no row claims a decision that was not made.
     */
    public String outcome(CandidateRow candidate) {
        if (!result.hasGroup()) {
            return "NO_PROPOSAL";
        }
        if (candidate.isSelected()) {
            return "SELECTED";
        }
        return candidate.waitingPosition() > 0 ? "WAITING" : "NOT_SELECTED";
    }

    /** Whether the candidate's score is among the forum-size best (a locked-in rank 31 of 30 is not). */
    public boolean withinTopK(CandidateRow candidate) {
        return candidate.withinTop(forumSize);
    }

    /**
     * How the pool, the proposed group and the top by score are made up on one dimension: per value (in its natural
     * order), how many candidates have it. One pass over the candidates (a candidate counts once per value it has):
     * the page's table and chart ask for it several times while rendering 2,000 candidates.
     */
    public List<Composition> composition(SelectionDimension dimension) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CandidateRow c : candidates) {
            for (String value : c.attributes().getOrDefault(dimension.code(), Set.of())) {
                int[] n = counts.computeIfAbsent(value, v -> new int[3]);
                n[0]++;
                n[1] += c.isSelected() ? 1 : 0;
                n[2] += c.inTopK() ? 1 : 0;
            }
        }
        List<Composition> rows = new ArrayList<>();
        counts.forEach((value, n) -> rows.add(new Composition(value, n[0], n[1], n[2])));
        return List.copyOf(rows);
    }
}
