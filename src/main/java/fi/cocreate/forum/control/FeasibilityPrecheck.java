package fi.cocreate.forum.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counting checks that find the obvious reasons why no forum can exist, before any solver runs.
 *
 * <p><b>Why:</b> for these cases a direct count gives a clearer message than the elastic model ("5 locked
 * in but the forum has 4 seats" rather than a relaxed rule), and it is instant. Every check is a necessary
 * condition for a valid group, so a problem that has a valid group never fails one of them; the selector
 * runs the solver only when all pass.
 */
final class FeasibilityPrecheck {

    private FeasibilityPrecheck() {}

    static List<RuleViolation> check(RankedPool pool) {
        List<RuleViolation> violations = new ArrayList<>();
        int k = pool.forumSize;

        for (int i = 0; i < pool.size; i++) {
            String id = pool.ranked.get(i).id();
            if (pool.lockedOut[i] && pool.problem.lockedIn().contains(id)) {
                violations.add(new RuleViolation(
                        ViolationKind.CONFLICTING_LOCK,
                        null,
                        null,
                        List.of(id),
                        1,
                        0,
                        1,
                        "candidate " + id + " is both locked in and locked out"));
            }
        }
        int lockedIn = pool.countLockedIn();
        if (lockedIn > k) {
            violations.add(new RuleViolation(
                    ViolationKind.TOO_MANY_LOCKED_IN,
                    null,
                    null,
                    List.of(),
                    k,
                    lockedIn,
                    lockedIn - k,
                    "forum size " + k + ": " + lockedIn + " candidates locked in (over by " + (lockedIn - k) + ")"));
        }
        int eligible = pool.countEligible();
        if (eligible < k) {
            violations.add(new RuleViolation(
                    ViolationKind.TOO_FEW_ELIGIBLE,
                    null,
                    null,
                    List.of(),
                    k,
                    eligible,
                    k - eligible,
                    "forum size " + k + ": only " + eligible + " candidates are not locked out (short by "
                            + (k - eligible) + ")"));
        }

        for (int r = 0; r < pool.rules.size(); r++) {
            DiversityRule rule = pool.rules.get(r);
            int eligibleWith = 0;
            int lockedInWith = 0;
            for (int i : pool.members[r]) {
                if (!pool.lockedOut[i]) {
                    eligibleWith++;
                }
                if (pool.lockedIn[i]) {
                    lockedInWith++;
                }
            }
            int lockedInWithout = lockedIn - lockedInWith;
            int eligibleWithout = eligible - eligibleWith;
            // Seats left for candidates with the value once locked-in candidates without it are seated.
            int possible = Math.max(0, Math.min(eligibleWith, k - lockedInWithout));
            if (rule.minimum() > possible) {
                violations.add(RuleViolation.minimumNotMet(rule, possible));
            }
            // Members with the value that cannot be avoided: the locked-in ones, and the seats that
            // candidates without the value cannot fill.
            int needed = Math.max(lockedInWith, k - eligibleWithout);
            if (rule.hasMaximum() && needed > rule.maximum()) {
                violations.add(RuleViolation.maximumExceeded(rule, needed));
            }
        }

        checkSingleValuedDimensions(pool, eligible, violations);
        return violations;
    }

    /**
     * In a dimension where no eligible candidate has more than one value (gender, home country), members of
     * different values are different people, so the minimums must fit in the forum and the maximums must
     * leave enough seats.
     */
    private static void checkSingleValuedDimensions(RankedPool pool, int eligible, List<RuleViolation> violations) {
        int k = pool.forumSize;
        Map<String, List<Integer>> rulesByDimension = new LinkedHashMap<>();
        for (int r = 0; r < pool.rules.size(); r++) {
            rulesByDimension
                    .computeIfAbsent(pool.rules.get(r).dimension(), d -> new ArrayList<>())
                    .add(r);
        }
        for (Map.Entry<String, List<Integer>> entry : rulesByDimension.entrySet()) {
            String dimension = entry.getKey();
            boolean singleValued = true;
            Map<String, Integer> available = new LinkedHashMap<>();
            int withoutValue = 0;
            for (int i = 0; i < pool.size && singleValued; i++) {
                if (pool.lockedOut[i]) {
                    continue;
                }
                var values = pool.ranked.get(i).values(dimension);
                if (values.size() > 1) {
                    singleValued = false;
                } else if (values.isEmpty()) {
                    withoutValue++;
                } else {
                    available.merge(values.iterator().next(), 1, Integer::sum);
                }
            }
            if (!singleValued) {
                continue;
            }
            int minimums = 0;
            boolean anyMaximum = false;
            Map<String, Integer> maximumByValue = new LinkedHashMap<>();
            for (int r : entry.getValue()) {
                DiversityRule rule = pool.rules.get(r);
                minimums += rule.minimum();
                if (rule.hasMaximum()) {
                    anyMaximum = true;
                    maximumByValue.put(rule.value(), rule.maximum());
                }
            }
            if (minimums > k) {
                violations.add(new RuleViolation(
                        ViolationKind.DIMENSION_MINIMUMS_EXCEED_SIZE,
                        null,
                        dimension,
                        List.of(),
                        k,
                        minimums,
                        minimums - k,
                        "minimums for " + dimension + " add up to " + minimums + " but the forum has " + k
                                + " seats (over by " + (minimums - k) + ")"));
            }
            if (anyMaximum) {
                int capacity = withoutValue;
                for (Map.Entry<String, Integer> value : available.entrySet()) {
                    capacity +=
                            Math.min(value.getValue(), maximumByValue.getOrDefault(value.getKey(), Integer.MAX_VALUE));
                }
                if (capacity < k && capacity < eligible) {
                    violations.add(new RuleViolation(
                            ViolationKind.DIMENSION_MAXIMUMS_BELOW_SIZE,
                            null,
                            dimension,
                            List.of(),
                            k,
                            capacity,
                            k - capacity,
                            "maximums for " + dimension + " allow at most "
                                    + capacity + " members but the forum has " + k + " seats (short by "
                                    + (k - capacity) + ")"));
                }
            }
        }
    }
}
