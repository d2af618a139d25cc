package fi.cocreate.forum.panel.control;

import fi.cocreate.forum.control.AggregationResult;
import fi.cocreate.forum.control.AggregationSettings;
import fi.cocreate.forum.control.ApplicationScore;
import fi.cocreate.forum.control.PanelScore;
import fi.cocreate.forum.control.Rubric;
import fi.cocreate.forum.control.ScoreAggregation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How each panellist uses the scale against the whole panel, and what the z-score normalisation of
 * {@link ScoreAggregation} does to the ranking: who is in the top k only because of it, and who drops out of it.
 *
 * <p>A panellist's distribution is over every criterion value they gave (submitted scores only): the mean and the
 * population standard deviation are exactly the {@code m_p} and {@code s_p} that the per-panellist normalisation
 * removes, so a panellist whose mean sits well above the panel's is the one whose applications normalisation pulls
 * down. The panel's distribution is over all values. The top k is ranked by the raw mean and by the normalised mean
 * of the same aggregation; ties go to the lower application number, as in the selection.
 */
public final class Calibration {

    private Calibration() {}

    /** A distribution of rubric values: how many, mean, population standard deviation, and a count per level. */
    public record Distribution(int count, double mean, double spread, int[] perLevel) implements Serializable {

        public Distribution {
            perLevel = perLevel.clone();
        }

        /** How many values were {@code level} (1–5). */
        public int at(int level) {
            return level < Rubric.MIN_VALUE || level > Rubric.MAX_VALUE ? 0 : perLevel[level - Rubric.MIN_VALUE];
        }

        /** The levels 1–5, for pages that list them. */
        public List<Integer> levels() {
            List<Integer> levels = new ArrayList<>();
            for (int v = Rubric.MIN_VALUE; v <= Rubric.MAX_VALUE; v++) {
                levels.add(v);
            }
            return levels;
        }

        static Distribution of(Collection<Integer> values) {
            int[] per = new int[Rubric.MAX_VALUE - Rubric.MIN_VALUE + 1];
            double sum = 0;
            for (int v : values) {
                per[v - Rubric.MIN_VALUE]++;
                sum += v;
            }
            int n = values.size();
            double mean = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (int v : values) {
                squares += (v - mean) * (v - mean);
            }
            return new Distribution(n, mean, n == 0 ? 0 : Math.sqrt(squares / n), per);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Distribution d
                    && d.count == count
                    && d.mean == mean
                    && d.spread == spread
                    && java.util.Arrays.equals(d.perLevel, perLevel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(count, mean, spread, java.util.Arrays.hashCode(perLevel));
        }
    }

    /**
     * One panellist against the panel.
     *
     * @param applications how many applications they scored
     * @param offset       their mean minus the panel's mean (positive: more lenient than the panel)
     */
    public record Panellist(String panellistId, int applications, Distribution values, double offset)
            implements Serializable {}

    /**
     * An application whose place in the top k depends on normalisation.
     *
     * @param rawRank        place by the raw mean (1 = best)
     * @param normalisedRank place by the normalised mean
     */
    public record Move(String applicationId, int rawRank, int normalisedRank, double rawMean, double normalisedMean)
            implements Serializable {}

    /**
     * The calibration of a round.
     *
     * @param movedIn  in the top k by the normalised mean but not by the raw mean, best normalised first
     * @param movedOut in the top k by the raw mean but not by the normalised mean, best raw first
     */
    public record Report(
            Distribution panel, List<Panellist> panellists, int topK, List<Move> movedIn, List<Move> movedOut)
            implements Serializable {

        public Report {
            panellists = List.copyOf(panellists);
            movedIn = List.copyOf(movedIn);
            movedOut = List.copyOf(movedOut);
        }
    }

    /** The calibration of a round without a rubric or scores: nothing to compare. */
    public static Report none(int topK) {
        return new Report(Distribution.of(List.of()), List.of(), topK, List.of(), List.of());
    }

    /**
     * @param applicationIds the round's applications (unscored ones are left out of the ranking)
     * @param scores         submitted criterion scores
     * @param topK           the forum size
     */
    public static Report of(
            Rubric rubric,
            AggregationSettings settings,
            Collection<String> applicationIds,
            Collection<PanelScore> scores,
            int topK) {
        Map<String, List<Integer>> byPanellist = new LinkedHashMap<>();
        Map<String, Set<String>> applicationsOf = new LinkedHashMap<>();
        List<Integer> all = new ArrayList<>();
        scores.stream().sorted(Comparator.comparing(PanelScore::panellistId)).forEach(s -> {
            byPanellist.computeIfAbsent(s.panellistId(), k -> new ArrayList<>()).add(s.value());
            applicationsOf
                    .computeIfAbsent(s.panellistId(), k -> new LinkedHashSet<>())
                    .add(s.applicationId());
            all.add(s.value());
        });
        Distribution panel = Distribution.of(all);
        List<Panellist> panellists = new ArrayList<>();
        byPanellist.forEach((id, values) -> {
            Distribution d = Distribution.of(values);
            panellists.add(new Panellist(id, applicationsOf.get(id).size(), d, d.mean() - panel.mean()));
        });

        AggregationResult result = new ScoreAggregation(rubric, settings).aggregate(applicationIds, scores);
        List<ApplicationScore> byRaw = ranked(result.scored(), ApplicationScore::rawMean);
        List<ApplicationScore> byNormalised = ranked(result.scored(), ApplicationScore::normalisedMean);
        Map<String, Integer> rawRank = ranks(byRaw);
        Map<String, Integer> normalisedRank = ranks(byNormalised);
        int k = Math.min(topK, byRaw.size());
        Set<String> rawTop = ids(byRaw.subList(0, k));
        Set<String> normalisedTop = ids(byNormalised.subList(0, k));
        List<Move> in = new ArrayList<>();
        for (ApplicationScore s : byNormalised.subList(0, k)) {
            if (!rawTop.contains(s.applicationId())) {
                in.add(move(s, rawRank, normalisedRank));
            }
        }
        List<Move> out = new ArrayList<>();
        for (ApplicationScore s : byRaw.subList(0, k)) {
            if (!normalisedTop.contains(s.applicationId())) {
                out.add(move(s, rawRank, normalisedRank));
            }
        }
        return new Report(panel, panellists, topK, in, out);
    }

    private static Move move(ApplicationScore s, Map<String, Integer> raw, Map<String, Integer> normalised) {
        return new Move(
                s.applicationId(),
                raw.get(s.applicationId()),
                normalised.get(s.applicationId()),
                s.rawMean(),
                s.normalisedMean());
    }

    private static List<ApplicationScore> ranked(List<ApplicationScore> scored, ToDoubleFunction<ApplicationScore> by) {
        List<ApplicationScore> list = new ArrayList<>(scored);
        list.sort(Comparator.comparingDouble(by)
                .reversed()
                .thenComparing(Calibration::numericId, Comparator.naturalOrder()));
        return list;
    }

    /** Application ids are numbers; compared as numbers, so that 999 comes before 1000. */
    private static java.math.BigInteger numericId(ApplicationScore s) {
        try {
            return new java.math.BigInteger(s.applicationId());
        } catch (NumberFormatException e) {
            return java.math.BigInteger.valueOf(Long.MAX_VALUE);
        }
    }

    private static Map<String, Integer> ranks(List<ApplicationScore> ranked) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            ranks.put(ranked.get(i).applicationId(), i + 1);
        }
        return ranks;
    }

    private static Set<String> ids(List<ApplicationScore> scores) {
        Set<String> ids = new LinkedHashSet<>();
        scores.forEach(s -> ids.add(s.applicationId()));
        return ids;
    }
}
