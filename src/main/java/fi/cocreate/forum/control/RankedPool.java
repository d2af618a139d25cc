package fi.cocreate.forum.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A {@link SelectionProblem} in the index form the selector, the solver model and the explanations share:
 * candidates in ranking order with their score units, lock flags and, per rule, the indices of the
 * candidates it applies to.
 *
 * <p>The ranking order (score in {@link Candidate#SCORE_RESOLUTION} units descending, then id ascending by
 * {@link #IDS}) is the single definition of "better" used for ties, the waiting list and the
 * score-only group. Building the solver model in this order also makes the solver's input, and so its
 * output, independent of the order in which the caller listed candidates.
 */
final class RankedPool {

    /**
     * Ids in ascending order: numerically when both are whole numbers (application ids: {@code "999"} before
     * {@code "1000"}), otherwise as text, with whole numbers before other ids.
     */
    static final Comparator<String> IDS = RankedPool::compareIds;

    /** Score descending, then id ascending. */
    static final Comparator<Candidate> RANKING =
            Comparator.comparingLong(Candidate::scoreUnits).reversed().thenComparing(Candidate::id, IDS);

    static int compareIds(String a, String b) {
        boolean numberA = isNumber(a);
        boolean numberB = isNumber(b);
        if (numberA && numberB) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            int byLength = Integer.compare(x.length(), y.length());
            if (byLength != 0) {
                return byLength;
            }
            int byDigits = x.compareTo(y);
            return byDigits != 0 ? byDigits : a.compareTo(b);
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    final SelectionProblem problem;
    final List<Candidate> ranked;
    final int size;
    final int forumSize;
    final long[] units;
    /** Locked in and not also locked out. */
    final boolean[] lockedIn;
    /** Locked out (including candidates that are also locked in: they are reported as a conflict). */
    final boolean[] lockedOut;

    final List<DiversityRule> rules;
    /** For each rule, indices into {@link #ranked} of the candidates it applies to. */
    final int[][] members;

    RankedPool(SelectionProblem problem) {
        this.problem = problem;
        List<Candidate> sorted = new ArrayList<>(problem.candidates());
        sorted.sort(RANKING);
        this.ranked = List.copyOf(sorted);
        this.size = ranked.size();
        this.forumSize = problem.forumSize();
        this.units = new long[size];
        this.lockedIn = new boolean[size];
        this.lockedOut = new boolean[size];
        for (int i = 0; i < size; i++) {
            Candidate c = ranked.get(i);
            units[i] = c.scoreUnits();
            lockedOut[i] = problem.lockedOut().contains(c.id());
            lockedIn[i] = problem.lockedIn().contains(c.id()) && !lockedOut[i];
        }
        this.rules = problem.rules();
        this.members = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            DiversityRule rule = rules.get(r);
            members[r] = IntStream.range(0, size)
                    .filter(i -> rule.appliesTo(ranked.get(i)))
                    .toArray();
        }
    }

    boolean applies(int rule, int candidate) {
        return Arrays.binarySearch(members[rule], candidate) >= 0;
    }

    int count(int rule, boolean[] chosen) {
        int n = 0;
        for (int i : members[rule]) {
            if (chosen[i]) {
                n++;
            }
        }
        return n;
    }

    long totalUnits(boolean[] chosen) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            if (chosen[i]) {
                sum += units[i];
            }
        }
        return sum;
    }

    long rankSum(boolean[] chosen) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            if (chosen[i]) {
                sum += i + 1;
            }
        }
        return sum;
    }

    double totalScore(boolean[] chosen) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (chosen[i]) {
                sum += ranked.get(i).score();
            }
        }
        return sum;
    }

    /** Whether the group has the forum size, honours every lock and satisfies every rule. */
    boolean isValid(boolean[] chosen) {
        int selected = 0;
        for (int i = 0; i < size; i++) {
            if (chosen[i]) {
                selected++;
                if (lockedOut[i]) {
                    return false;
                }
            } else if (lockedIn[i]) {
                return false;
            }
        }
        if (selected != forumSize) {
            return false;
        }
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).isSatisfiedBy(count(r, chosen))) {
                return false;
            }
        }
        return true;
    }

    int countLockedIn() {
        int n = 0;
        for (boolean b : lockedIn) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    int countEligible() {
        int n = 0;
        for (boolean b : lockedOut) {
            if (!b) {
                n++;
            }
        }
        return n;
    }

    /**
     * The score-only group: locked-in candidates plus the best-ranked other eligible candidates, ignoring
     * the rules; {@code null} when the locks make a group of the forum size impossible.
     */
    boolean[] scoreOnlyGroup() {
        int locked = countLockedIn();
        if (locked > forumSize || countEligible() < forumSize) {
            return null;
        }
        boolean[] group = lockedIn.clone();
        int free = forumSize - locked;
        for (int i = 0; i < size && free > 0; i++) {
            if (!group[i] && !lockedOut[i]) {
                group[i] = true;
                free--;
            }
        }
        return group;
    }

    List<String> ids(boolean[] chosen) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (chosen[i]) {
                ids.add(ranked.get(i).id());
            }
        }
        return ids;
    }
}
