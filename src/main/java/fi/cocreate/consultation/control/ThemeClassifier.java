package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.Theme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Suggests themes for a text from the texts staff have already coded: a multi-label model, one logistic regression
 * per theme ("this theme or not") over TF-IDF features of {@link ThemeTextAnalysis} (stems and character 4-grams of
 * Finnish, Swedish and English text), trained by stochastic gradient descent with L2 regularisation.
 *
 * <p>What it learns from: each coded text is a positive example of its themes and a negative one of the other themes
 * of the consultation's list; a suggestion staff rejected makes its text a negative example of that theme with
 * {@value #REJECTION_WEIGHT} times the weight, so a rejected theme sinks for that text and texts like it. Positives
 * are weighted up to balance the negatives (a theme is rarely on more than a quarter of the texts). A theme with fewer
 * than {@value #MIN_POSITIVES} coded texts is not suggested: there is nothing to learn from yet.
 *
 * <p>Training is deterministic (fixed seed), and fast: a few hundred texts train in well under a second. An instance is
 * immutable and safe to share between threads.
 */
public final class ThemeClassifier {

    /** From this probability on a theme is suggested. */
    public static final double THRESHOLD = 0.3;

    static final int MIN_POSITIVES = 2;
    static final double REJECTION_WEIGHT = 3.0;
    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-3;
    private static final double MAX_POSITIVE_WEIGHT = 6.0;

    /** A coded text: the themes staff gave it and the suggested themes they rejected for it. */
    public record Example(String text, Set<Theme> themes, Set<Theme> rejected) {
        public Example {
            themes = themes.isEmpty() ? new java.util.TreeSet<>() : Theme.setOf(themes);
            rejected = rejected.isEmpty() ? new java.util.TreeSet<>() : Theme.setOf(rejected);
        }
    }

    /** A suggested theme and the model's probability that it applies. */
    public record Suggestion(Theme theme, double score) implements java.io.Serializable {}

    private final Map<String, Integer> vocabulary;
    private final double[] idf;
    private final Map<Theme, double[]> weights;
    private final int trainedOn;

    private ThemeClassifier(
            Map<String, Integer> vocabulary, double[] idf, Map<Theme, double[]> weights, int trainedOn) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.weights = weights;
        this.trainedOn = trainedOn;
    }

    /** A model of the given themes learnt from the examples (texts with neither a theme nor a rejection are ignored). */
    public static ThemeClassifier train(Collection<Theme> themes, List<Example> examples) {
        List<Example> usable = examples.stream()
                .filter(e -> !(e.themes().isEmpty() && e.rejected().isEmpty()))
                .filter(e -> e.text() != null && !e.text().isBlank())
                .toList();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (Example e : usable) {
            Map<Integer, Integer> c = new HashMap<>();
            for (String f : ThemeTextAnalysis.features(e.text())) {
                Integer index = vocabulary.get(f);
                if (index == null) {
                    index = vocabulary.size();
                    vocabulary.put(f, index);
                    df.add(0);
                }
                if (c.merge(index, 1, Integer::sum) == 1) {
                    df.set(index, df.get(index) + 1);
                }
            }
            counts.add(c);
        }
        double[] idf = new double[vocabulary.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((usable.size() + 1.0) / (df.get(i) + 1.0)) + 1;
        }
        List<SparseVector> vectors =
                counts.stream().map(c -> SparseVector.tfIdf(c, idf)).toList();
        Map<Theme, double[]> weights = new java.util.TreeMap<>();
        for (Theme theme : themes) {
            double[] w = fit(theme, usable, vectors, vocabulary.size());
            if (w != null) {
                weights.put(theme, w);
            }
        }
        return new ThemeClassifier(vocabulary, idf, weights, usable.size());
    }

    private static double[] fit(Theme theme, List<Example> examples, List<SparseVector> vectors, int dimensions) {
        int n = examples.size();
        double[] label = new double[n];
        double[] weight = new double[n];
        int positives = 0;
        int negatives = 0;
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            if (e.themes().contains(theme)) {
                label[i] = 1;
                positives++;
            } else if (e.rejected().contains(theme)) {
                weight[i] = REJECTION_WEIGHT;
                negatives++;
            } else if (!e.themes().isEmpty()) {
                weight[i] = 1;
                negatives++;
            }
        }
        if (positives < MIN_POSITIVES) {
            return null;
        }
        double positiveWeight = Math.min(MAX_POSITIVE_WEIGHT, Math.max(1, (double) negatives / positives));
        for (int i = 0; i < n; i++) {
            if (label[i] == 1) {
                weight[i] = positiveWeight;
            }
        }
        double[] w = new double[dimensions + 1]; // the last one is the bias
        Random random = new Random(31L * theme.ordinal() + n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double rate = LEARNING_RATE / (1 + 0.1 * epoch);
            shuffle(order, random);
            for (int i : order) {
                if (weight[i] == 0) {
                    continue;
                }
                SparseVector x = vectors.get(i);
                double gradient = (sigmoid(x.dot(w) + w[dimensions]) - label[i]) * weight[i];
                for (int k = 0; k < x.indices.length; k++) {
                    int j = x.indices[k];
                    w[j] -= rate * (gradient * x.values[k] + L2 * w[j]);
                }
                w[dimensions] -= rate * gradient;
            }
        }
        return w;
    }

    /** The probability of each theme the model knows, for the text. */
    public Map<Theme, Double> scores(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String f : ThemeTextAnalysis.features(text)) {
            Integer index = vocabulary.get(f);
            if (index != null) {
                counts.merge(index, 1, Integer::sum);
            }
        }
        SparseVector x = SparseVector.tfIdf(counts, idf);
        Map<Theme, Double> scores = new java.util.TreeMap<>();
        weights.forEach((theme, w) ->
                scores.put(theme, x.indices.length == 0 ? 0.0 : sigmoid(x.dot(w) + w[w.length - 1])));
        return scores;
    }

    /**
     * The themes to suggest for the text, most likely first: those at or above {@link #THRESHOLD} that are not in
     * {@code excluded} (the themes it already has and those staff rejected for it).
     */
    public List<Suggestion> suggest(String text, Set<Theme> excluded) {
        return scores(text).entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD)
                .filter(e -> !excluded.contains(e.getKey()))
                .map(e -> new Suggestion(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed())
                .toList();
    }

    /**
     * The themes the model would code the text with: those at or above the threshold, or, when none reaches it, the
     * single most likely one if it reaches half the threshold (what the benchmark measures).
     */
    public Set<Theme> predict(String text) {
        Set<Theme> predicted = new java.util.TreeSet<>();
        Theme best = null;
        double bestScore = 0;
        for (Map.Entry<Theme, Double> e : scores(text).entrySet()) {
            if (e.getValue() >= THRESHOLD) {
                predicted.add(e.getKey());
            }
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (predicted.isEmpty() && best != null && bestScore >= THRESHOLD / 2) {
            predicted.add(best);
        }
        return predicted;
    }

    /** The themes the model can suggest (those with enough coded texts). */
    public Set<Theme> themes() {
        return weights.isEmpty() ? new java.util.TreeSet<>() : Theme.setOf(weights.keySet());
    }

    /** How many coded texts the model learnt from. */
    public int trainedOn() {
        return trainedOn;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** A TF-IDF vector (sublinear term frequency, unit length) of the known features of one text. */
    private record SparseVector(int[] indices, double[] values) {

        static SparseVector tfIdf(Map<Integer, Integer> counts, double[] idf) {
            int[] indices = new int[counts.size()];
            double[] values = new double[counts.size()];
            double norm = 0;
            int k = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                indices[k] = e.getKey();
                values[k] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
                norm += values[k] * values[k];
                k++;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < values.length && norm > 0; i++) {
                values[i] /= norm;
            }
            return new SparseVector(indices, values);
        }

        double dot(double[] w) {
            double sum = 0;
            for (int k = 0; k < indices.length; k++) {
                sum += values[k] * w[indices[k]];
            }
            return sum;
        }
    }
}
