package fi.cocreate.consultation.control;

import fi.cocreate.consultation.control.ThemeClassifier.Example;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.demo.DemoPassages;
import fi.cocreate.demo.DemoPassages.CodedPassage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Measures the theme suggestions by k-fold cross-validation on the coded demo passages: each fold is coded by a
 * model trained on the other folds, and the predicted themes are compared with the moderator's (precision, recall and
 * F1 per theme, micro and macro averages; micro F1 per language; how often the first suggestion is one of the
 * moderator's themes). {@link #main} prints the tables recorded in docs/benchmarks.md, with a learning curve:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fi.cocreate.consultation.control.ThemeSuggestionQuality}. {@code mvn -B test
 * -Dtest=ThemeSuggestionQualityTest} prints the first table too.
 */
public final class ThemeSuggestionQuality {

    /** Counts of one theme over all folds. */
    public static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The result: per theme, and the averages. */
    public record Result(
            int passages,
            int folds,
            Map<Theme, Counts> perTheme,
            double microPrecision,
            double microRecall,
            double microF1,
            double macroPrecision,
            double macroRecall,
            double macroF1,
            Map<String, Double> microF1ByLanguage,
            double firstSuggestionRight,
            long millis) {

        public String table() {
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d passages, %d-fold cross-validation, %d ms%n%-32s %9s %9s %9s%n",
                    passages,
                    folds,
                    millis,
                    "theme",
                    "precision",
                    "recall",
                    "F1"));
            perTheme.forEach((theme, c) -> out.append(
                    String.format(Locale.ROOT, "%-32s %9.3f %9.3f %9.3f%n", theme, c.precision(), c.recall(), c.f1())));
            out.append(String.format(
                    Locale.ROOT, "%-32s %9.3f %9.3f %9.3f%n", "micro average", microPrecision, microRecall, microF1));
            out.append(String.format(
                    Locale.ROOT, "%-32s %9.3f %9.3f %9.3f%n", "macro average", macroPrecision, macroRecall, macroF1));
            microF1ByLanguage.forEach((language, f1) ->
                    out.append(String.format(Locale.ROOT, "%-32s %29.3f%n", "micro F1, " + language, f1)));
            out.append(String.format(Locale.ROOT, "%-32s %29.3f%n", "first suggestion is right", firstSuggestionRight));
            return out.toString();
        }
    }

    private ThemeSuggestionQuality() {}

    public static Result crossValidate(List<CodedPassage> passages, int folds, long seed) {
        return crossValidate(passages, folds, seed, 1.0);
    }

    /** As above, each model trained on only the first {@code share} of its training folds (a learning curve). */
    public static Result crossValidate(List<CodedPassage> passages, int folds, long seed, double share) {
        long start = System.nanoTime();
        List<CodedPassage> shuffled = new ArrayList<>(passages);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        Map<Theme, Counts> perTheme = new java.util.TreeMap<>();
        for (Theme t : Theme.values()) {
            perTheme.put(t, new Counts());
        }
        Map<String, Counts> byLanguage = new java.util.TreeMap<>();
        int firstRight = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            List<CodedPassage> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                CodedPassage p = shuffled.get(i);
                if (i % folds == fold) {
                    test.add(p);
                } else {
                    training.add(new Example(p.text(), p.themes(), Set.of()));
                }
            }
            training = training.subList(0, (int) Math.round(training.size() * share));
            ThemeClassifier model = ThemeClassifier.train(Theme.seed(), training);
            for (CodedPassage p : test) {
                Set<Theme> predicted = model.predict(p.text());
                List<ThemeClassifier.Suggestion> ranked = model.suggest(p.text(), Set.of());
                if (!ranked.isEmpty() && p.themes().contains(ranked.get(0).theme())) {
                    firstRight++;
                }
                Counts language = byLanguage.computeIfAbsent(p.language(), l -> new Counts());
                for (Theme t : Theme.values()) {
                    boolean truth = p.themes().contains(t);
                    boolean guess = predicted.contains(t);
                    for (Counts c : List.of(perTheme.get(t), language)) {
                        if (truth && guess) {
                            c.truePositives++;
                        } else if (guess) {
                            c.falsePositives++;
                        } else if (truth) {
                            c.falseNegatives++;
                        }
                    }
                }
            }
        }
        Counts micro = new Counts();
        double p = 0;
        double r = 0;
        double f = 0;
        for (Counts c : perTheme.values()) {
            micro.truePositives += c.truePositives;
            micro.falsePositives += c.falsePositives;
            micro.falseNegatives += c.falseNegatives;
            p += c.precision();
            r += c.recall();
            f += c.f1();
        }
        int n = perTheme.size();
        Map<String, Double> f1ByLanguage = new java.util.TreeMap<>();
        byLanguage.forEach((language, c) -> f1ByLanguage.put(language, c.f1()));
        return new Result(
                passages.size(),
                folds,
                perTheme,
                micro.precision(),
                micro.recall(),
                micro.f1(),
                p / n,
                r / n,
                f / n,
                f1ByLanguage,
                (double) firstRight / passages.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    public static void main(String[] args) {
        List<CodedPassage> all = DemoPassages.all();
        System.out.print(crossValidate(all, 5, 16).table());
        System.out.printf(
                Locale.ROOT,
                "%nlearning curve (5-fold, share of the training folds used)%n%-10s %9s %9s%n",
                "share",
                "micro F1",
                "macro F1");
        for (double share : new double[] {0.25, 0.5, 0.75, 1.0}) {
            Result r = crossValidate(all, 5, 16, share);
            System.out.printf(Locale.ROOT, "%-10.2f %9.3f %9.3f%n", share, r.microF1(), r.macroF1());
        }
        System.out.printf(Locale.ROOT, "%nother shuffles (5-fold)%n");
        for (long seed : new long[] {1, 2, 3}) {
            Result r = crossValidate(all, 5, seed);
            System.out.printf(Locale.ROOT, "seed %d: micro F1 %.3f, macro F1 %.3f%n", seed, r.microF1(), r.macroF1());
        }
    }
}
