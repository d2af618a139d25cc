package fi.cocreate.forum.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the selection panel's individual criterion scores into one comparable score per application, and
 * flags applications on which the panellists disagree.
 *
 * <p><b>Why:</b> panellists score different subsets of applications and use the scale differently (one
 * gives mostly 4s and 5s, another mostly 2s and 3s). A plain mean would then reward an application for
 * having drawn lenient panellists. The normalised mean corrects for that, while the raw mean and the
 * disagreement flag keep the panel's actual judgement visible so that contested applications can be
 * discussed before the forum is selected.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Raw mean.</b> For each criterion, the mean of the values the panellists gave the application on
 *       it; then the weighted mean of those criterion means, using the weights of the criteria that have at
 *       least one value. When every panellist scores every criterion this equals the mean of the panellists'
 *       weighted totals; when some values are missing, each criterion still uses every value it has.</li>
 *   <li><b>Normalised mean.</b> Every value {@code v} of panellist {@code p} is replaced by
 *       {@code G + S·(v − m_p)/s_p}, where {@code m_p}, {@code s_p} are the mean and population standard
 *       deviation of p's values (over all their scores, or per criterion, see {@link NormalisationScope}) and
 *       {@code G}, {@code S} are the mean and population standard deviation of all values in the same scope
 *       (all scores, or that criterion's scores). This maps the z-score back to the 1–5 scale so numbers stay
 *       readable. The normalised values are then aggregated exactly like the raw ones.</li>
 *   <li><b>No variance.</b> When a panellist has a single value, or gave the same value every time, no
 *       z-score can be computed ({@code s_p = 0}); their deviation is taken as 0, so their values count as
 *       the global mean {@code G}: such a panellist expresses no preference among the applications they
 *       scored, which is what their scores say once their personal level is removed.</li>
 *   <li><b>Panellist total.</b> A panellist's weighted mean over the criteria they scored for the
 *       application (raw values).</li>
 *   <li><b>Spread</b> and <b>range.</b> Population standard deviation, and max − min, of the panellist
 *       totals of the application. With a single panellist both are 0 and the application is never flagged.</li>
 *   <li><b>Disagreement.</b> Two or more panellists, and spread &gt; {@link AggregationSettings#spreadThreshold()}
 *       or range ≥ {@link AggregationSettings#rangeThreshold()} (compared with a 1e-9 tolerance so that
 *       values like 1.9999999999 from floating point count as 2).</li>
 *   <li><b>Unscored</b> applications (no value at all) are not given a score: they are listed in
 *       {@link AggregationResult#unscoredIds()}.</li>
 * </ul>
 *
 * <p>Input errors are rejected with {@link IllegalArgumentException}: an unknown criterion, a score for an
 * application that is not in the given list, or the same panellist scoring the same application and
 * criterion twice (the caller must decide which one counts).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScoreAggregation {

    private static final double TOLERANCE = 1e-9;

    private final Rubric rubric;
    private final AggregationSettings settings;
    private final Map<String, Criterion> criteria;

    /**
     * @param rubric   the criteria and their weights
     * @param settings normalisation scope and disagreement thresholds
     */
    public ScoreAggregation(Rubric rubric, AggregationSettings settings) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.criteria = rubric.byId();
    }

    /** Aggregation with {@link AggregationSettings#defaults()}. */
    public ScoreAggregation(Rubric rubric) {
        this(rubric, AggregationSettings.defaults());
    }

    public Rubric rubric() {
        return rubric;
    }

    public AggregationSettings settings() {
        return settings;
    }

    /**
     * Aggregates the scores of the applications that appear in them, in ascending application id order.
     * No application can be unscored this way; use {@link #aggregate(Collection, Collection)} to have
     * unscored applications reported.
     */
    public AggregationResult aggregate(Collection<PanelScore> scores) {
        Set<String> ids = new TreeSet<>();
        scores.forEach(s -> ids.add(s.applicationId()));
        return aggregate(ids, scores);
    }

    /**
     * Aggregates the scores of the given applications.
     *
     * @param applicationIds every application of the round, in the order results should come back; ids
     *                       without scores end up in {@link AggregationResult#unscoredIds()}
     * @param scores         all scores of the round
     * @throws IllegalArgumentException on an unknown criterion or application, or a duplicate score
     */
    public AggregationResult aggregate(Collection<String> applicationIds, Collection<PanelScore> scores) {
        Objects.requireNonNull(applicationIds, "applicationIds");
        Objects.requireNonNull(scores, "scores");
        Set<String> applications = new LinkedHashSet<>(applicationIds);
        validate(applications, scores);

        Map<PanelScore, Double> normalised = normalise(scores);

        Map<String, List<PanelScore>> byApplication = new HashMap<>();
        for (PanelScore score : scores) {
            byApplication
                    .computeIfAbsent(score.applicationId(), k -> new ArrayList<>())
                    .add(score);
        }

        List<ApplicationScore> scored = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (String applicationId : applications) {
            List<PanelScore> own = byApplication.get(applicationId);
            if (own == null) {
                unscored.add(applicationId);
            } else {
                scored.add(aggregateApplication(applicationId, own, normalised));
            }
        }
        return new AggregationResult(scored, unscored);
    }

    private void validate(Set<String> applications, Collection<PanelScore> scores) {
        Set<List<String>> seen = new HashSet<>();
        for (PanelScore score : Objects.requireNonNull(scores, "scores")) {
            Objects.requireNonNull(score, "score");
            if (!criteria.containsKey(score.criterionId())) {
                throw new IllegalArgumentException("score for unknown criterion " + score.criterionId());
            }
            if (!applications.contains(score.applicationId())) {
                throw new IllegalArgumentException("score for unknown application " + score.applicationId());
            }
            if (!seen.add(List.of(score.panellistId(), score.applicationId(), score.criterionId()))) {
                throw new IllegalArgumentException("panellist " + score.panellistId() + " scored application "
                        + score.applicationId() + " on criterion " + score.criterionId() + " more than once");
            }
        }
    }

    /** Maps every score to its normalised value on the 1–5 scale. */
    private Map<PanelScore, Double> normalise(Collection<PanelScore> scores) {
        boolean perCriterion = settings.normalisation() == NormalisationScope.PER_PANELLIST_AND_CRITERION;
        Map<String, Stats> global = new HashMap<>();
        Map<List<String>, Stats> perPanellist = new HashMap<>();
        for (PanelScore score : scores) {
            String scope = perCriterion ? score.criterionId() : "";
            global.computeIfAbsent(scope, k -> new Stats()).add(score.value());
            perPanellist
                    .computeIfAbsent(List.of(score.panellistId(), scope), k -> new Stats())
                    .add(score.value());
        }
        Map<PanelScore, Double> result = new HashMap<>();
        for (PanelScore score : scores) {
            String scope = perCriterion ? score.criterionId() : "";
            Stats g = global.get(scope);
            Stats p = perPanellist.get(List.of(score.panellistId(), scope));
            double sd = p.sd();
            double z = sd > TOLERANCE ? (score.value() - p.mean()) / sd : 0.0;
            result.put(score, g.mean() + z * g.sd());
        }
        return result;
    }

    private ApplicationScore aggregateApplication(
            String applicationId, List<PanelScore> scores, Map<PanelScore, Double> normalised) {
        Map<String, Stats> rawByCriterion = new HashMap<>();
        Map<String, Stats> normByCriterion = new HashMap<>();
        Map<String, WeightedSum> totals = new LinkedHashMap<>();
        for (PanelScore score : scores) {
            double weight = criteria.get(score.criterionId()).weight();
            rawByCriterion
                    .computeIfAbsent(score.criterionId(), k -> new Stats())
                    .add(score.value());
            normByCriterion
                    .computeIfAbsent(score.criterionId(), k -> new Stats())
                    .add(normalised.get(score));
            totals.computeIfAbsent(score.panellistId(), k -> new WeightedSum()).add(weight, score.value());
        }

        Stats totalStats = new Stats();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (WeightedSum total : totals.values()) {
            double t = total.mean();
            totalStats.add(t);
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        int panellists = totals.size();
        double spread = panellists > 1 ? totalStats.sd() : 0.0;
        double range = panellists > 1 ? max - min : 0.0;
        boolean disagreement = panellists > 1
                && (spread > settings.spreadThreshold() + TOLERANCE || range >= settings.rangeThreshold() - TOLERANCE);
        int missing = panellists * criteria.size() - scores.size();

        return new ApplicationScore(
                applicationId,
                weightedMean(rawByCriterion),
                weightedMean(normByCriterion),
                panellists,
                missing,
                spread,
                range,
                disagreement);
    }

    private double weightedMean(Map<String, Stats> byCriterion) {
        WeightedSum sum = new WeightedSum();
        // Iterate in rubric order so that the floating-point result does not depend on hash order.
        for (Criterion criterion : rubric.criteria()) {
            Stats stats = byCriterion.get(criterion.id());
            if (stats != null) {
                sum.add(criterion.weight(), stats.mean());
            }
        }
        return sum.mean();
    }

    /** Running mean and population standard deviation (Welford). */
    private static final class Stats {
        private long count;
        private double mean;
        private double m2;

        void add(double x) {
            count++;
            double delta = x - mean;
            mean += delta / count;
            m2 += delta * (x - mean);
        }

        double mean() {
            return mean;
        }

        double sd() {
            return count > 1 ? Math.sqrt(Math.max(0.0, m2 / count)) : 0.0;
        }
    }

    private static final class WeightedSum {
        private double weighted;
        private double weights;

        void add(double weight, double value) {
            weighted += weight * value;
            weights += weight;
        }

        double mean() {
            return weighted / weights;
        }
    }
}
