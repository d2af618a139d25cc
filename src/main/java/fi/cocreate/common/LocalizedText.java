package fi.cocreate.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text given in Finnish, Swedish and English (for example a consultation title). Shown in the reader's language,
 * falling back to the other languages when a translation is missing, so nothing is ever blank.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages a text is kept in, which are also its columns' suffixes ({@link LocalizedTextColumns}). */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("fi", "sv", "en");

    @Column(name = "fi")
    private String fi;

    @Column(name = "sv")
    private String sv;

    @Column(name = "en")
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String fi, String sv, String en) {
        this.fi = blankToNull(fi);
        this.sv = blankToNull(sv);
        this.en = blankToNull(en);
        if (this.fi == null && this.sv == null && this.en == null) {
            throw new IllegalArgumentException("At least one language is required.");
        }
    }

    public static LocalizedText of(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }

    /** The text as typed on a form, or null when every language is empty (so the form can say it is missing). */
    public static LocalizedText ofAny(String fi, String sv, String en) {
        return blankToNull(fi) == null && blankToNull(sv) == null && blankToNull(en) == null
                ? null
                : new LocalizedText(fi, sv, en);
    }

    /** The text in the given language, or the first available of fi, sv, en (in an order that suits the reader). */
    public String in(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        String preferred = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        if (preferred != null) {
            return preferred;
        }
        return "sv".equals(language) ? firstOf(fi, en) : firstOf(en, fi, sv);
    }

    private static String firstOf(String... options) {
        for (String option : options) {
            if (option != null) {
                return option;
            }
        }
        return "";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getFi() {
        return fi;
    }

    public String getSv() {
        return sv;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(fi, that.fi)
                && Objects.equals(sv, that.sv)
                && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    @Override
    public String toString() {
        return firstOf(en, fi, sv);
    }
}
