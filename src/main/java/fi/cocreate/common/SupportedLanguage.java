package fi.cocreate.common;

import java.util.List;
import java.util.Locale;

/** The interface languages: Finnish, Swedish and English (Finland's national languages plus English). */
public final class SupportedLanguage {

    public static final List<String> CODES = List.of("fi", "sv", "en");
    public static final String DEFAULT = "fi";

    private SupportedLanguage() {}

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    public static String orDefault(String code) {
        return isSupported(code) ? code : DEFAULT;
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(orDefault(code));
    }
}
