package fi.cocreate.forum.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of {@link ForumSelector} on 2,000 synthetic applicants (seeded, so every run sees the same
 * data), forum size 20, rules on four dimensions. Prints the solve time of each run and the median.
 *
 * <p>Run from the project directory:
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.cocreate.forum.control.SelectionBenchmark [-Dexec.args="runs seed"]
 * </pre>
 *
 * <p>Scenarios: {@code neutral} (scores independent of attributes), {@code skewed} (men, Sweden and one area
 * score higher, so the rules bind much more), {@code locked} (skewed plus locks) and {@code infeasible}
 * (area maximums that cannot all hold: measures the diagnosis).
 */
public final class SelectionBenchmark {

    static final String AREA = "area";
    static final String GENDER = "gender";
    static final String AGE = "ageBand";
    static final String REGION = "regionOfOrigin";
    static final String HOME = "homeCountry";

    static final List<String> AREAS =
            List.of("education", "employment", "health", "housing", "culture", "law", "research");
    static final List<String> GENDERS = List.of("woman", "man", "non-binary", "prefer-not-to-say");
    static final double[] GENDER_SHARE = {0.48, 0.46, 0.03, 0.03};
    static final List<String> AGE_BANDS = List.of("18-29", "30-44", "45-59", "60+");
    static final double[] AGE_SHARE = {0.22, 0.38, 0.28, 0.12};
    static final List<String> REGIONS = List.of(
            "Nordic",
            "Western Europe",
            "Eastern Europe",
            "Middle East and North Africa",
            "Sub-Saharan Africa",
            "South Asia",
            "East Asia",
            "Latin America");
    static final List<String> STATES = List.of("Denmark", "Finland", "Iceland", "Norway", "Sweden");
    static final List<String> AUTONOMOUS = List.of("Faroe Islands", "Greenland", "Åland");
    static final double[] HOME_SHARE = {0.20, 0.19, 0.06, 0.19, 0.30, 0.02, 0.02, 0.02};

    private SelectionBenchmark() {}

    /** Synthetic applicants; {@code skewed} makes scores depend on gender, home country and area. */
    static List<Candidate> applicants(int count, long seed, boolean skewed) {
        return applicants(count, seed, skewed, 5);
    }

    /** As {@link #applicants(int, long, boolean)} with scores clamped to 1–{@code maxScore}. */
    static List<Candidate> applicants(int count, long seed, boolean skewed, double maxScore) {
        Random random = new Random(seed);
        List<String> homes = new ArrayList<>(STATES);
        homes.addAll(AUTONOMOUS);
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<String> areas = new LinkedHashSet<>();
            int areaCount = 1 + random.nextInt(3);
            while (areas.size() < areaCount) {
                areas.add(AREAS.get(random.nextInt(AREAS.size())));
            }
            String gender = pick(random, GENDERS, GENDER_SHARE);
            String age = pick(random, AGE_BANDS, AGE_SHARE);
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            String home = pick(random, homes, HOME_SHARE);
            double score = 3.2 + 0.6 * random.nextGaussian();
            if (skewed) {
                score += gender.equals("man") ? 0.4 : 0;
                score += home.equals("Sweden") ? 0.3 : 0;
                score += areas.contains("research") ? 0.3 : 0;
            }
            score = Math.round(Math.max(1, Math.min(maxScore, score)) * 1e4) / 1e4;
            candidates.add(new Candidate(
                    String.format("A%04d", i),
                    score,
                    java.util.Map.of(
                            AREA,
                            areas,
                            GENDER,
                            Set.of(gender),
                            AGE,
                            Set.of(age),
                            REGION,
                            Set.of(region),
                            HOME,
                            Set.of(home))));
        }
        return candidates;
    }

    /** The rules of the brief: areas 2–6, woman/man ≥ 7, non-binary ≥ 1, age bands ≥ 2, states ≥ 2, autonomous ≤ 2. */
    static List<DiversityRule> rules() {
        List<DiversityRule> rules = new ArrayList<>();
        AREAS.forEach(a -> rules.add(DiversityRule.between(AREA, a, 2, 6)));
        rules.add(DiversityRule.atLeast(GENDER, "woman", 7));
        rules.add(DiversityRule.atLeast(GENDER, "man", 7));
        rules.add(DiversityRule.atLeast(GENDER, "non-binary", 1));
        AGE_BANDS.forEach(a -> rules.add(DiversityRule.atLeast(AGE, a, 2)));
        STATES.forEach(s -> rules.add(DiversityRule.atLeast(HOME, s, 2)));
        AUTONOMOUS.forEach(s -> rules.add(DiversityRule.atMost(HOME, s, 2)));
        return rules;
    }

    static SelectionProblem problem(String scenario, long seed) {
        boolean skewed = !scenario.equals("neutral");
        List<Candidate> candidates = applicants(2000, seed, skewed);
        List<DiversityRule> rules = rules();
        if (scenario.equals("infeasible")) {
            rules.replaceAll(r -> r.dimension().equals(AREA) ? DiversityRule.between(AREA, r.value(), 1, 2) : r);
        }
        SelectionProblem problem = SelectionProblem.of(candidates, 20, rules);
        if (scenario.equals("locked")) {
            // Lock out the five best, lock in five from the middle of the ranking.
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.sort(RankedPool.RANKING);
            for (int i = 0; i < 5; i++) {
                problem = problem.withLockedOut(ranked.get(i).id())
                        .withLockedIn(ranked.get(500 + 100 * i).id());
            }
        }
        return problem;
    }

    private static String pick(Random random, List<String> values, double[] shares) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < values.size(); i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240611L;
        ForumSelector selector = new ForumSelector(Duration.ofSeconds(120));
        System.out.printf(
                "java %s, %d cores, %d runs per scenario after one warm-up, seed %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), runs, seed);
        for (String scenario : List.of("neutral", "skewed", "locked", "infeasible")) {
            SelectionProblem problem = problem(scenario, seed);
            SelectionResult result = selector.select(problem); // warm-up
            long[] millis = new long[runs];
            for (int r = 0; r < runs; r++) {
                result = selector.select(problem);
                millis[r] = result.solveTime().toMillis();
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "%-10s status=%-10s total=%.4f scoreOnly=%.4f violations=%d runs(ms)=%s median=%d ms%n",
                    scenario,
                    result.status(),
                    result.totalScore(),
                    result.scoreOnlyTotal(),
                    result.violations().size(),
                    Arrays.toString(millis),
                    sorted[runs / 2]);
            result.violations().forEach(v -> System.out.println("           " + v.message()));
        }
    }
}
