package fi.cocreate.forum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimum at realistic sizes, checked by a second exact solver: the Debian {@code cbc} program (coinor-cbc), run
 * as a separate process on the problem written as an LP file by {@link SolverBenchmark#writeLp}, a formulation that
 * shares no code with {@link SelectionModel}. Totals are compared in whole score units, so a selector that stopped
 * one unit (0.0001) short of the optimum fails. {@code .ci/run} installs coinor-cbc; without it this test fails
 * rather than pass unchecked.
 */
class ForumSelectorCbcTest {

    private static final Pattern OBJECTIVE = Pattern.compile("Objective value:\\s+(-?[0-9.eE+-]+)");

    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(120));

    @TempDir
    Path dir;

    @Test
    void tightTwoThousandApplicantSelectionIsOptimalToTheUnit() throws Exception {
        checkAgainstCbc("tight2000", tight2000());
    }

    @Test
    void skewedTwoThousandApplicantSelectionIsOptimalToTheUnit() throws Exception {
        checkAgainstCbc("n2000k20", SolverBenchmark.instance("n2000k20"));
    }

    @Test
    void scoresUpToAMillionAreOptimalToTheUnit() throws Exception {
        // Units up to 10^10: too large to fold the tie-break into the objective, so the two-solve path runs.
        List<Candidate> candidates = new ArrayList<>();
        Random random = new Random(7);
        for (Candidate c : SelectionBenchmark.applicants(2000, 11L, false)) {
            candidates.add(new Candidate(c.id(), Math.round(random.nextDouble() * 1e10) / 1e4, c.attributes()));
        }
        SelectionProblem problem = SelectionProblem.of(candidates, 20, tightRules2000());
        assertEquals(
                0, SelectionModel.tieWeight(new RankedPool(problem)), "this instance must take the two-solve path");
        checkAgainstCbc("million", problem);
    }

    /** 2,000 skewed applicants, 20 seats, every dimension bounded from both sides. */
    static SelectionProblem tight2000() {
        return SelectionProblem.of(
                SelectionBenchmark.applicants(2000, SolverBenchmark.SEED, true), 20, tightRules2000());
    }

    static List<DiversityRule> tightRules2000() {
        List<DiversityRule> rules = new ArrayList<>();
        SelectionBenchmark.AREAS.forEach(a -> rules.add(DiversityRule.between(SelectionBenchmark.AREA, a, 2, 4)));
        rules.add(DiversityRule.atLeast(SelectionBenchmark.GENDER, "woman", 9));
        rules.add(DiversityRule.between(SelectionBenchmark.GENDER, "man", 6, 8));
        rules.add(DiversityRule.atLeast(SelectionBenchmark.GENDER, "non-binary", 1));
        rules.add(DiversityRule.atMost(SelectionBenchmark.GENDER, "prefer-not-to-say", 1));
        SelectionBenchmark.AGE_BANDS.forEach(a -> rules.add(DiversityRule.between(SelectionBenchmark.AGE, a, 4, 6)));
        SelectionBenchmark.REGIONS.forEach(r -> rules.add(DiversityRule.between(SelectionBenchmark.REGION, r, 2, 3)));
        SelectionBenchmark.STATES.forEach(
                s -> rules.add(DiversityRule.between(SelectionBenchmark.HOME, s, 2, s.equals("Sweden") ? 3 : 5)));
        SelectionBenchmark.AUTONOMOUS.forEach(s -> rules.add(DiversityRule.between(SelectionBenchmark.HOME, s, 1, 1)));
        return rules;
    }

    private void checkAgainstCbc(String name, SelectionProblem problem) throws Exception {
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.OPTIMAL, result.status(), name + " " + result.violations());
        assertEquals(0.0, result.gap().orElseThrow(), name);
        RankedPool pool = new RankedPool(problem);
        boolean[] chosen = new boolean[pool.size];
        Set<String> selected = Set.copyOf(result.selectedIds());
        for (int i = 0; i < pool.size; i++) {
            chosen[i] = selected.contains(pool.ranked.get(i).id());
        }
        assertTrue(pool.isValid(chosen), name);

        Path lp = dir.resolve(name + ".lp");
        try (Writer out = Files.newBufferedWriter(lp, StandardCharsets.UTF_8)) {
            SolverBenchmark.writeLp(problem, out);
        }
        long cbcUnits = cbcOptimum(lp);
        assertEquals(cbcUnits, pool.totalUnits(chosen), name + ": total in score units, CBC's optimum first");
    }

    /** Runs CBC to proven optimality (no gap allowed) and returns the objective, a whole number of score units. */
    static long cbcOptimum(Path lp) throws IOException, InterruptedException {
        Process cbc;
        try {
            cbc = new ProcessBuilder(
                            "cbc",
                            lp.toString(),
                            "-threads",
                            "1",
                            "-ratioGap",
                            "0",
                            "-allowableGap",
                            "0",
                            "-solve",
                            "-quit")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            fail("the cbc program is needed for this check (apt-get install coinor-cbc; .ci/run installs it): " + e);
            throw e;
        }
        String output = new String(cbc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cbc.waitFor(5, TimeUnit.MINUTES)) {
            cbc.destroyForcibly();
            fail("cbc did not finish");
        }
        assertTrue(output.contains("Result - Optimal solution found"), "CBC did not prove an optimum:\n" + output);
        Matcher m = OBJECTIVE.matcher(output);
        assertTrue(m.find(), output);
        double objective = Double.parseDouble(m.group(1));
        long units = Math.round(objective);
        assertEquals(objective, units, 1e-6, "CBC's objective must be a whole number of units");
        return units;
    }
}
