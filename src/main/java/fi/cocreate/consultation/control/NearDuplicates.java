package fi.cocreate.consultation.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds groups of near-identical texts, such as a campaign whose senders each submit the same letter with their own
 * name: each text becomes the set of its word triples (after Unicode normalisation, lower case, without punctuation,
 * so Finnish, Swedish and English letters all count), texts are compared by the Jaccard similarity of those sets, and
 * every pair at or above the threshold joins one group (transitively).
 *
 * <p>Pairs are found with MinHash and locality-sensitive hashing ({@value #BANDS} bands of {@value #ROWS} rows), so
 * thousands of texts are grouped without comparing every pair; each candidate pair is then confirmed with the exact
 * Jaccard similarity, so a reported similarity is never an estimate. With these bands a pair at similarity 0.7 is a
 * candidate with probability above 0.99, one at 0.3 with below 0.23 (and is then dropped by the exact check).
 */
public final class NearDuplicates {

    /** The similarity from which two responses count as the same text: a campaign letter with a few words changed. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    static final int BANDS = 32;
    static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    private static final int SHINGLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private final double threshold;

    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public NearDuplicates() {
        this(DEFAULT_THRESHOLD);
    }

    /** A text's member of a group: its key and its similarity to the group's first text (1 for the first). */
    public record Member<K>(K key, double similarity) {}

    /**
     * The groups of two or more texts, largest first, each in the order the texts were given, with each member's
     * exact similarity to the group's first member. Texts with fewer than {@value #SHINGLE} words are never grouped
     * (a "yes" is not a campaign).
     */
    public <K> List<List<Member<K>>> groups(Map<K, String> texts) {
        List<K> keys = new ArrayList<>(texts.keySet());
        List<Set<String>> shingles = new ArrayList<>(keys.size());
        for (K key : keys) {
            shingles.add(shingles(texts.get(key)));
        }
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        Set<Long> compared = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (shingles.get(i).isEmpty()) {
                continue;
            }
            long[] signature = signature(shingles.get(i));
            for (int band = 0; band < BANDS; band++) {
                long bucket = band;
                for (int row = 0; row < ROWS; row++) {
                    bucket = mix(bucket * 31 + signature[band * ROWS + row]);
                }
                List<Integer> same = buckets.computeIfAbsent(bucket, b -> new ArrayList<>(2));
                for (int j : same) {
                    long pair = ((long) j << 32) | i;
                    if (find(parent, i) != find(parent, j)
                            && compared.add(pair)
                            && jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
                same.add(i);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Member<K>>> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            if (members.size() < 2) {
                continue;
            }
            Set<String> first = shingles.get(members.get(0));
            List<Member<K>> group = new ArrayList<>(members.size());
            for (int m : members) {
                group.add(new Member<>(keys.get(m), jaccard(first, shingles.get(m))));
            }
            groups.add(group);
        }
        groups.sort(Comparator.comparingInt((List<Member<K>> g) -> -g.size()));
        return groups;
    }

    /** The exact Jaccard similarity of two texts' word triples (0 when either has fewer than three words). */
    public static double similarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /** The words of a text, normalised: NFKC, lower case, letters and digits only. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static Set<String> shingles(String text) {
        List<String> words = words(text);
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String s : smaller) {
            if (larger.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static long[] signature(Set<String> shingles) {
        long[] minimum = new long[HASHES];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long base = fnv1a(shingle);
            for (int h = 0; h < HASHES; h++) {
                long value = mix(base ^ SEEDS[h]);
                if (value < minimum[h]) {
                    minimum[h] = value;
                }
            }
        }
        return minimum;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** 64-bit FNV-1a over the UTF-16 code units. */
    private static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
