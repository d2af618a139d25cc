package fi.cocreate.forum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAggregationTest {

    private static final double EPS = 1e-9;

    private static final Rubric RUBRIC = Rubric.of(new Criterion("relevance", 2), new Criterion("experience", 1));

    private static PanelScore s(String panellist, String application, String criterion, int value) {
        return new PanelScore(panellist, application, criterion, value);
    }

    /** Both criteria for one panellist and application. */
    private static List<PanelScore> both(String panellist, String application, int relevance, int experience) {
        return List.of(
                s(panellist, application, "relevance", relevance), s(panellist, application, "experience", experience));
    }

    private static ApplicationScore only(AggregationResult result, String id) {
        return result.find(id).orElseThrow();
    }

    @Test
    void weightedMeanOfOnePanellist() {
        AggregationResult result = new ScoreAggregation(RUBRIC).aggregate(both("p1", "a", 5, 2));
        ApplicationScore a = only(result, "a");
        assertEquals((2 * 5 + 1 * 2) / 3.0, a.rawMean(), EPS);
        assertEquals(1, a.panellistCount());
        assertEquals(0, a.missingScores());
        assertEquals(0.0, a.spread(), EPS);
        assertFalse(a.disagreement());
    }

    @Test
    void rawMeanIsTheMeanOfPanellistTotalsWhenEveryoneScoredEverything() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 5, 2)); // total 4
        scores.addAll(both("p2", "a", 3, 3)); // total 3
        ApplicationScore a = only(new ScoreAggregation(RUBRIC).aggregate(scores), "a");
        assertEquals(3.5, a.rawMean(), EPS);
        assertEquals(2, a.panellistCount());
        assertEquals(0.5, a.spread(), EPS); // population sd of {4, 3}
        assertEquals(1.0, a.range(), EPS);
    }

    @Test
    void missingCriterionScoresUseTheWeightsOfTheScoredCriteria() {
        List<PanelScore> scores = new ArrayList<>(both("p1", "a", 4, 2));
        scores.add(s("p2", "a", "relevance", 2)); // p2 skipped experience
        ApplicationScore a = only(new ScoreAggregation(RUBRIC).aggregate(scores), "a");
        // relevance mean 3 (weight 2), experience mean 2 (weight 1)
        assertEquals((2 * 3 + 2) / 3.0, a.rawMean(), EPS);
        assertEquals(1, a.missingScores());
        // panellist totals: p1 = 10/3, p2 = 2 (only relevance)
        assertEquals(10 / 3.0 - 2, a.range(), EPS);
    }

    @Test
    void normalisationRemovesAPanellistsLeniency() {
        // p1 is lenient (5 and 4), p2 strict (2 and 1) but both prefer x over y by the same step.
        // Application x was scored by p2 only, y by p1 only: raw means reward y for its lenient panellist.
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "y", 5, 5));
        scores.addAll(both("p1", "z", 4, 4));
        scores.addAll(both("p2", "x", 2, 2));
        scores.addAll(both("p2", "w", 1, 1));
        AggregationResult result = new ScoreAggregation(RUBRIC).aggregate(scores);
        assertTrue(only(result, "y").rawMean() > only(result, "x").rawMean());
        // After normalisation each panellist's better application gets the same value.
        assertEquals(only(result, "y").normalisedMean(), only(result, "x").normalisedMean(), EPS);
        assertEquals(only(result, "z").normalisedMean(), only(result, "w").normalisedMean(), EPS);
        // Mapped back with the global mean 3 and global sd sqrt(2.5): z-scores are +1 and -1.
        assertEquals(3 + Math.sqrt(2.5), only(result, "x").normalisedMean(), EPS);
        assertEquals(3 - Math.sqrt(2.5), only(result, "w").normalisedMean(), EPS);
    }

    @Test
    void withASinglePanellistNormalisedEqualsRaw() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 5, 1));
        scores.addAll(both("p1", "b", 3, 4));
        scores.addAll(both("p1", "c", 2, 2));
        AggregationResult result = new ScoreAggregation(RUBRIC).aggregate(scores);
        for (ApplicationScore a : result.scored()) {
            assertEquals(a.rawMean(), a.normalisedMean(), EPS, a.applicationId());
        }
    }

    @Test
    void zeroVariancePanellistCountsAsTheGlobalMean() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("flat", "a", 5, 5));
        scores.addAll(both("flat", "b", 5, 5));
        scores.addAll(both("p2", "c", 1, 1));
        scores.addAll(both("p2", "d", 3, 3));
        AggregationResult result = new ScoreAggregation(RUBRIC).aggregate(scores);
        double globalMean = (5 * 4 + 1 * 2 + 3 * 2) / 8.0;
        assertEquals(globalMean, only(result, "a").normalisedMean(), EPS);
        assertEquals(globalMean, only(result, "b").normalisedMean(), EPS);
        assertEquals(5.0, only(result, "a").rawMean(), EPS);
    }

    @Test
    void panellistWithASingleScoreCountsAsTheGlobalMean() {
        Rubric single = Rubric.of(new Criterion("overall", 1));
        List<PanelScore> scores =
                List.of(s("once", "a", "overall", 5), s("p2", "b", "overall", 1), s("p2", "c", "overall", 3));
        AggregationResult result = new ScoreAggregation(single).aggregate(scores);
        assertEquals(3.0, only(result, "a").normalisedMean(), EPS);
        assertEquals(5.0, only(result, "a").rawMean(), EPS);
    }

    @Test
    void perCriterionScopeUsesEachCriterionsOwnStatistics() {
        // p1 gives relevance 5/3 and experience 2/2 (no variance on experience).
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 5, 2));
        scores.addAll(both("p1", "b", 3, 2));
        ScoreAggregation perCriterion = new ScoreAggregation(
                RUBRIC,
                AggregationSettings.defaults().withNormalisation(NormalisationScope.PER_PANELLIST_AND_CRITERION));
        AggregationResult result = perCriterion.aggregate(scores);
        // Single panellist: per-criterion normalisation maps every value back onto itself.
        assertEquals(only(result, "a").rawMean(), only(result, "a").normalisedMean(), EPS);
        assertEquals(only(result, "b").rawMean(), only(result, "b").normalisedMean(), EPS);

        // Two panellists: strictness on relevance only is corrected per criterion.
        List<PanelScore> two = new ArrayList<>();
        two.addAll(both("lenient", "x", 5, 3));
        two.addAll(both("lenient", "y", 4, 2));
        two.addAll(both("strict", "z", 2, 3));
        two.addAll(both("strict", "w", 1, 2));
        AggregationResult corrected = perCriterion.aggregate(two);
        assertEquals(only(corrected, "x").normalisedMean(), only(corrected, "z").normalisedMean(), EPS);
        assertEquals(only(corrected, "y").normalisedMean(), only(corrected, "w").normalisedMean(), EPS);
    }

    @Test
    void rangeOfTwoFlagsDisagreement() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 2, 2)); // total 2
        scores.addAll(both("p2", "a", 4, 4)); // total 4
        ApplicationScore a = only(new ScoreAggregation(RUBRIC).aggregate(scores), "a");
        assertEquals(1.0, a.spread(), EPS); // not above 1.0
        assertEquals(2.0, a.range(), EPS); // but range >= 2
        assertTrue(a.disagreement());
    }

    @Test
    void smallDifferencesAreNotFlagged() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 3, 2));
        scores.addAll(both("p2", "a", 4, 5));
        ApplicationScore a = only(new ScoreAggregation(RUBRIC).aggregate(scores), "a");
        assertEquals(5.0 / 3, a.range(), EPS);
        assertFalse(a.disagreement());
    }

    @Test
    void spreadAboveThresholdFlagsDisagreement() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "a", 2, 2)); // 2
        scores.addAll(both("p2", "a", 3, 4)); // 10/3
        scores.addAll(both("p3", "a", 4, 2)); // 10/3
        AggregationSettings strictSpread = AggregationSettings.defaults().withThresholds(0.5, 10);
        ApplicationScore a = only(new ScoreAggregation(RUBRIC, strictSpread).aggregate(scores), "a");
        assertTrue(a.spread() > 0.5 && a.range() < 10);
        assertTrue(a.disagreement());
        ApplicationScore lenient = only(new ScoreAggregation(RUBRIC).aggregate(scores), "a");
        assertFalse(lenient.disagreement());
    }

    @Test
    void singlePanellistIsNeverFlagged() {
        AggregationSettings zero = AggregationSettings.defaults().withThresholds(0, 0);
        ApplicationScore a = only(new ScoreAggregation(RUBRIC, zero).aggregate(both("p1", "a", 1, 5)), "a");
        assertFalse(a.disagreement());
        assertEquals(0.0, a.range(), EPS);
    }

    @Test
    void applicationsWithoutScoresAreReportedAsUnscored() {
        AggregationResult result =
                new ScoreAggregation(RUBRIC).aggregate(List.of("c", "a", "b"), both("p1", "a", 4, 4));
        assertEquals(
                List.of("a"),
                result.scored().stream().map(ApplicationScore::applicationId).toList());
        assertEquals(List.of("c", "b"), result.unscoredIds());
        assertTrue(result.isUnscored("b"));
        assertTrue(result.find("c").isEmpty());
    }

    @Test
    void resultsFollowTheGivenApplicationOrder() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(both("p1", "b", 4, 4));
        scores.addAll(both("p1", "a", 3, 3));
        AggregationResult given = new ScoreAggregation(RUBRIC).aggregate(List.of("b", "a"), scores);
        assertEquals(
                List.of("b", "a"),
                given.scored().stream().map(ApplicationScore::applicationId).toList());
        AggregationResult sorted = new ScoreAggregation(RUBRIC).aggregate(scores);
        assertEquals(
                List.of("a", "b"),
                sorted.scored().stream().map(ApplicationScore::applicationId).toList());
    }

    @Test
    void invalidInputIsRejected() {
        ScoreAggregation aggregation = new ScoreAggregation(RUBRIC);
        assertThrows(IllegalArgumentException.class, () -> s("p", "a", "relevance", 0));
        assertThrows(IllegalArgumentException.class, () -> s("p", "a", "relevance", 6));
        assertThrows(IllegalArgumentException.class, () -> aggregation.aggregate(List.of(s("p", "a", "unknown", 3))));
        assertThrows(
                IllegalArgumentException.class,
                () -> aggregation.aggregate(List.of("a"), List.of(s("p", "b", "relevance", 3))));
        assertThrows(
                IllegalArgumentException.class,
                () -> aggregation.aggregate(List.of(s("p", "a", "relevance", 3), s("p", "a", "relevance", 4))));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("c", 0));
        assertThrows(IllegalArgumentException.class, () -> Rubric.of(new Criterion("c", 1), new Criterion("c", 2)));
    }
}
