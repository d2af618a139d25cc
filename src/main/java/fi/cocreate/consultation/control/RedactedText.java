package fi.cocreate.consultation.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A text as the public may read it: runs of the original and the places where staff removed something. The removed
 * words themselves are never kept here, only the mark, which the reader's page prints in the reader's language
 * ({@link #render}), so one redaction reads "[poistettu]", "[borttaget]" or "[removed]".
 */
public record RedactedText(List<Part> parts, boolean replaced) implements Serializable {

    /** A run of the text, or (removed) a mark where something was taken out; a removed part's text is empty. */
    public record Part(String text, boolean removed) implements Serializable {}

    public RedactedText {
        parts = List.copyOf(parts);
    }

    public RedactedText(List<Part> parts) {
        this(parts, false);
    }

    /** Staff's text in place of the original (which the public never sees). */
    public static RedactedText replacedBy(String text) {
        return new RedactedText(List.of(new Part(text, false)), true);
    }

    /** The text as it is, nothing removed. */
    public static RedactedText plain(String text) {
        return new RedactedText(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** Nothing of the text is left: a single mark. */
    public static RedactedText removed() {
        return new RedactedText(List.of(new Part("", true)));
    }

    /**
     * The text with every occurrence of each passage removed; overlapping or adjacent removals become one mark.
     */
    public static RedactedText without(String text, Collection<String> passages) {
        return slice(text, removedRanges(text, passages), 0, text == null ? 0 : text.length());
    }

    /**
     * The part of {@code text} that starts at the first occurrence of {@code span}, with the passages removed as in
     * {@link #without}: a quote of a redacted answer. A span that does not occur in the text is removed as a whole
     * (the public never sees words that may have been taken out of the answer).
     */
    public static RedactedText spanOf(String text, String span, Collection<String> passages) {
        if (text == null || span == null || span.isEmpty()) {
            return removed();
        }
        int from = text.indexOf(span);
        if (from < 0) {
            return removed();
        }
        return slice(text, removedRanges(text, passages), from, from + span.length());
    }

    private static List<int[]> removedRanges(String text, Collection<String> passages) {
        List<int[]> ranges = new ArrayList<>();
        if (text == null) {
            return ranges;
        }
        for (String passage : passages) {
            if (passage == null || passage.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                ranges.add(new int[] {at, at + passage.length()});
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    private static RedactedText slice(String text, List<int[]> removed, int from, int to) {
        List<Part> parts = new ArrayList<>();
        int at = from;
        for (int[] r : removed) {
            int start = Math.max(r[0], from);
            int end = Math.min(r[1], to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                parts.add(new Part(text.substring(at, start), false));
            }
            parts.add(new Part("", true));
            at = Math.max(at, end);
        }
        if (at < to) {
            parts.add(new Part(text.substring(at, to), false));
        }
        return new RedactedText(parts);
    }

    /** Whether anything was removed or the text was replaced. */
    public boolean isRedacted() {
        return replaced || parts.stream().anyMatch(Part::removed);
    }

    /** The text with each removal shown as {@code removedMark} (e.g. "[removed]" in the reader's language). */
    public String render(String removedMark) {
        Objects.requireNonNull(removedMark, "The mark for removed text is required.");
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.removed() ? removedMark : p.text()));
        return out.toString();
    }

    /** Whether the visible text contains {@code words} (never matches inside a removal). */
    public boolean shows(String words) {
        return parts.stream().anyMatch(p -> !p.removed() && p.text().contains(words));
    }
}
