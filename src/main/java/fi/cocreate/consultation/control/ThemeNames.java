package fi.cocreate.consultation.control;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Theme;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The names of a consultation's themes in one language: the seven seed themes' from the {@code i18n.consultation}
 * bundle, the consultation's own from their records' labels ({@code own}: label by own-theme id). An own theme whose
 * record is unknown here shows its stored name rather than failing.
 */
public record ThemeNames(Map<Long, LocalizedText> own) implements java.io.Serializable {

    public ThemeNames {
        own = own == null ? Map.of() : Map.copyOf(own);
    }

    public static ThemeNames seedOnly() {
        return new ThemeNames(Map.of());
    }

    /** The theme's name in Finnish, Swedish and English (for the API). */
    public LocalizedText label(Theme theme) {
        if (theme == null) {
            return null;
        }
        if (theme.isOwn()) {
            LocalizedText label = own.get(theme.ownId());
            return label == null ? LocalizedText.of(theme.name(), null, null) : label;
        }
        String[] names = new String[3];
        String[] languages = {"fi", "sv", "en"};
        for (int i = 0; i < 3; i++) {
            Locale locale = Locale.forLanguageTag(languages[i]);
            names[i] = name(
                    theme,
                    ResourceBundle.getBundle("i18n.consultation", locale, ThemeNames.class.getClassLoader()),
                    locale);
        }
        return LocalizedText.of(names[0], names[1], names[2]);
    }

    /** The theme's name in the locale's language; {@code bundle} is {@code i18n.consultation} in that locale. */
    public String name(Theme theme, ResourceBundle bundle, Locale locale) {
        if (theme == null) {
            return null;
        }
        if (theme.isOwn()) {
            LocalizedText label = own.get(theme.ownId());
            return label == null ? theme.name() : label.in(locale);
        }
        try {
            return bundle.getString(theme.labelKey());
        } catch (MissingResourceException e) {
            return theme.name();
        }
    }
}
