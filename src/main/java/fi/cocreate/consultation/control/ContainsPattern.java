package fi.cocreate.consultation.control;

import java.util.Locale;

/**
 * A "contains this text, in any case" search as a JPQL {@code LIKE} pattern: the typed text lower-cased, its own
 * {@code %} and {@code _} (and the escape character) escaped with {@link #ESCAPE}, between two {@code %}. Queries use
 * it as {@code lower(x) like :pattern escape '!'}.
 */
public final class ContainsPattern {

    public static final char ESCAPE = '!';

    private ContainsPattern() {}

    public static String of(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
