package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a Finnish, Swedish or English text into the terms the theme suggestions learn from. The language is told by
 * the share of the text's words that are stop words of each language (Lucene's lists), because a response's locale
 * says nothing about the language of a letter pasted into it; then Lucene's analyzer of that language removes the stop
 * words and stems (Snowball). Finnish compounds ({@code kotoutumiskoulutus}) share little with their parts after
 * stemming, so every long stem also gives its character 4-grams, marked apart from the whole stems.
 *
 * <p>Lucene's analyzers are thread-safe (each thread reuses its own token stream), so one instance serves all.
 */
public final class ThemeTextAnalysis {

    /** The languages told apart. */
    public enum Language {
        FI,
        SV,
        EN
    }

    static final int GRAM = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Map.of(
            Language.FI,
            new FinnishAnalyzer(),
            Language.SV,
            new SwedishAnalyzer(),
            Language.EN,
            new EnglishAnalyzer()));
    private static final Map<Language, CharArraySet> STOP_WORDS = new EnumMap<>(Map.of(
            Language.FI,
            FinnishAnalyzer.getDefaultStopSet(),
            Language.SV,
            SwedishAnalyzer.getDefaultStopSet(),
            Language.EN,
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));

    private ThemeTextAnalysis() {}

    /**
     * The language with the largest share of stop words among the text's words. Without any stop word, a text with
     * {@code å} is Swedish, one with {@code ä} or {@code ö} Finnish, any other English.
     */
    public static Language languageOf(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Map<Language, Integer> hits = new EnumMap<>(Language.class);
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            for (Language language : Language.values()) {
                if (STOP_WORDS.get(language).contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }
        Language best = null;
        int bestHits = 0;
        for (Map.Entry<Language, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        if (lower.indexOf('å') >= 0) {
            return Language.SV;
        }
        return lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0 ? Language.FI : Language.EN;
    }

    /** The stems of the text without stop words, in the text's order, in its own language. */
    public static List<String> stems(String text) {
        return stems(text, languageOf(text));
    }

    static List<String> stems(String text, Language language) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = ANALYZERS.get(language).tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (stem.length() > 1 && !Character.isDigit(stem.charAt(0))) {
                    stems.add(stem);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return stems;
    }

    /**
     * The features of a text: each stem ({@code w:stem}), and for a stem longer than {@value #GRAM} letters its
     * character {@value #GRAM}-grams ({@code g:gram}).
     */
    public static List<String> features(String text) {
        List<String> features = new ArrayList<>();
        for (String stem : stems(text)) {
            features.add("w:" + stem);
            if (stem.length() > GRAM) {
                for (int i = 0; i + GRAM <= stem.length(); i++) {
                    features.add("g:" + stem.substring(i, i + GRAM));
                }
            }
        }
        return features;
    }
}
