package fi.cocreate.forum.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The Nordic region as ISO 3166 codes: Denmark, Finland, Iceland, Norway and Sweden, and the Faroe Islands,
 * Greenland and Åland. The forum is for people born outside it who now live in it.
 */
public final class NordicRegion {

    /** In the order they are offered as a new home country. */
    public static final java.util.List<String> CODES =
            java.util.List.of("DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX");

    private static final Set<String> SET = Set.copyOf(CODES);

    private NordicRegion() {}

    public static boolean contains(String countryCode) {
        return countryCode != null && SET.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /** Whether the code is an ISO 3166 alpha-2 country code that Java knows. */
    public static boolean isCountry(String countryCode) {
        return countryCode != null && Set.of(Locale.getISOCountries()).contains(countryCode);
    }
}
