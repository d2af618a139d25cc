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

    private SelectionExplainer() {
    }

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

        List<CandidateDecision> decisions = new ArrayList<>(pool.size);
        for (int i = 0; i < pool.size; i++) {
            String id = pool.ranked.get(i).id();
            int rank = i + 1;
            if (pool.lockedIn[i]) {
                decisions.add(new CandidateDecision(id, rank, true, DecisionReason.IN_LOCKED, List.of()));
            } else if (pool.lockedOut[i]) {
                decisions.add(new CandidateDecision(id, rank, false, DecisionReason.OUT_LOCKED, List.of()));
            } else if (chosen[i]) {
                decisions.add(explainIn(pool, chosen, scoreOnly, tightMin, tightMax, i));
            } else {
                decisions.add(explainOut(pool, chosen, tightMin, tightMax, i));
            }
        }
        return decisions;
    }

    private static CandidateDecision explainIn(RankedPool pool, boolean[] chosen, boolean[] scoreOnly,
            boolean[] tightMin, boolean[] tightMax, int i) {
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
            if (!tightMax[r] || pool.applies(r, i)) {
                continue;
            }
            for (int h = 0; h < i; h++) {
                if (!chosen[h] && !pool.lockedOut[h] && pool.applies(r, h)) {
                    freedBy.add(pool.rules.get(r));
                    break;
                }
            }
        }
        return new CandidateDecision(id, i + 1, true, DecisionReason.IN_REPLACEMENT, freedBy);
    }

    private static CandidateDecision explainOut(RankedPool pool, boolean[] chosen, boolean[] tightMin,
            boolean[] tightMax, int i) {
        String id = pool.ranked.get(i).id();
        List<Integer> lowerSelected = new ArrayList<>();
        for (int j = i + 1; j < pool.size; j++) {
            if (chosen[j] && !pool.lockedIn[j]) {
                lowerSelected.add(j);
            }
        }
        if (lowerSelected.isEmpty()) {
            return new CandidateDecision(id, i + 1, false, DecisionReason.OUT_LOWER_SCORE, List.of());
        }
        List<DiversityRule> because = new ArrayList<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            boolean appliesHere = pool.applies(r, i);
            boolean blocks = tightMax[r] && appliesHere;
            if (!blocks && tightMin[r] && !appliesHere) {
                for (int j : lowerSelected) {
                    if (pool.applies(r, j)) {
                        blocks = true;
                        break;
                    }
                }
            }
            if (blocks) {
                because.add(pool.rules.get(r));
            }
        }
        return new CandidateDecision(id, i + 1, false, DecisionReason.OUT_DISPLACED_BY_RULE, because);
    }
}
