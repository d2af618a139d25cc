package fi.cocreate.forum.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the per-candidate {@link DecisionReason} of a selected group by comparing it with the score-only
 * group.
 *
 * <p>A rule is <i>tight</i> in the selected group when its count equals its minimum (removing a member with
 * the value would break it) or its maximum (adding one would). For an optimal group this is complete: when
 * a candidate is out while a lower-ranked one is in, swapping them would improve the group, so the swap
 * must break a rule, which is then a tight maximum of the better candidate or a tight minimum of the worse
 * one. Those are the rules reported.
 */
final class SelectionExplainer {

    private SelectionExplainer() {}

    static List<CandidateDecision> explain(RankedPool pool, boolean[] chosen, boolean[] scoreOnly) {
        int rules = pool.rules.size();
        boolean[] tightMin = new boolean[rules];
        boolean[] tightMax = new boolean[rules];
        for (int r = 0; r < rules; r++) {
            DiversityRule rule = pool.rules.get(r);
            int count = pool.count(r, chosen);
            tightMin[r] = rule.hasMinimum() && count == rule.minimum();
            tightMax[r] = rule.hasMaximum() && count == rule.maximum();
        }

        // Per rule: the best-ranked member that is available but not chosen, and the worst-ranked chosen member that
        // is not locked in; they answer "is a better one left out" and "is a worse one in" in constant time.
        int[] firstLeftOut = new int[rules];
        int[] lastChosenFree = new int[rules];
        for (int r = 0; r < rules; r++) {
            firstLeftOut[r] = Integer.MAX_VALUE;
            lastChosenFree[r] = -1;
            for (int i : pool.members[r]) {
                if (!chosen[i] && !pool.lockedOut[i] && firstLeftOut[r] == Integer.MAX_VALUE) {
                    firstLeftOut[r] = i;
                }
                if (chosen[i] && !pool.lockedIn[i]) {
                    lastChosenFree[r] = i;
                }
            }
        }
        int lastChosen = -1;
        for (int i = 0; i < pool.size; i++) {
            if (chosen[i] && !pool.lockedIn[i]) {
                lastChosen = i;
            }
        }

        List<CandidateDecision> decisions = new ArrayList<>(pool.size);
        for (int i = 0; i < pool.size; i++) {
            String id = pool.ranked.get(i).id();
            int rank = i + 1;
            if (pool.lockedIn[i]) {
                decisions.add(new CandidateDecision(id, rank, true, DecisionReason.IN_LOCKED, List.of()));
            } else if (pool.lockedOut[i]) {
                decisions.add(new CandidateDecision(id, rank, false, DecisionReason.OUT_LOCKED, List.of()));
            } else if (chosen[i]) {
                decisions.add(explainIn(pool, scoreOnly, tightMin, tightMax, firstLeftOut, i));
            } else {
                decisions.add(explainOut(pool, tightMin, tightMax, lastChosenFree, lastChosen, i));
            }
        }
        return decisions;
    }

    private static CandidateDecision explainIn(
            RankedPool pool, boolean[] scoreOnly, boolean[] tightMin, boolean[] tightMax, int[] firstLeftOut, int i) {
        String id = pool.ranked.get(i).id();
        if (scoreOnly != null && scoreOnly[i]) {
            return new CandidateDecision(id, i + 1, true, DecisionReason.IN_TOP_SCORE, List.of());
        }
        List<DiversityRule> required = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            if (tightMin[r] && pool.applies(r, i)) {
                required.add(pool.rules.get(r));
            }
        }
        if (!required.isEmpty()) {
            return new CandidateDecision(id, i + 1, true, DecisionReason.IN_REQUIRED_BY_RULE, required);
        }
        // Maximums that keep a better-ranked, available candidate out and do not apply to this one.
        List<DiversityRule> freedBy = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            if (tightMax[r] && !pool.applies(r, i) && firstLeftOut[r] < i) {
                freedBy.add(pool.rules.get(r));
            }
        }
        return new CandidateDecision(id, i + 1, true, DecisionReason.IN_REPLACEMENT, freedBy);
    }

    private static CandidateDecision explainOut(
            RankedPool pool, boolean[] tightMin, boolean[] tightMax, int[] lastChosenFree, int lastChosen, int i) {
        String id = pool.ranked.get(i).id();
        if (lastChosen < i) {
            return new CandidateDecision(id, i + 1, false, DecisionReason.OUT_LOWER_SCORE, List.of());
        }
        List<DiversityRule> because = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            boolean appliesHere = pool.applies(r, i);
            boolean blocks = tightMax[r] && appliesHere;
            if (!blocks && tightMin[r] && !appliesHere) {
                blocks = lastChosenFree[r] > i;
            }
            if (blocks) {
                because.add(pool.rules.get(r));
            }
        }
        return new CandidateDecision(id, i + 1, false, DecisionReason.OUT_DISPLACED_BY_RULE, because);
    }
}
