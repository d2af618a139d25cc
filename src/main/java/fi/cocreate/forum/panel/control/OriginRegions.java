package fi.cocreate.forum.panel.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * World regions of origin for the diversity rules, from an ISO 3166-1 alpha-2 country code. The grouping follows the
 * usual migration statistics of the Nordic countries: it is coarse on purpose, so that a rule such as "at least one
 * member from sub-Saharan Africa" can be met by a forum of 20. Staff may move countries to another region for one
 * call ({@link #mapping(Map)}); the selection then uses that call's {@link Mapping}.
 */
public final class OriginRegions {

    /** Region codes in display order. */
    public static final List<String> CODES = List.of(
            "nordic",
            "europe",
            "mena",
            "subSaharanAfrica",
            "southCentralAsia",
            "eastAsiaPacific",
            "latinAmerica",
            "northAmerica");

    private static final Map<String, String> REGION = new HashMap<>();

    static {
        put("nordic", "DK FI IS NO SE FO GL AX SJ");
        put(
                "europe",
                "AD AL AM AT AZ BA BE BG BY CH CY CZ DE EE ES FR GB GE GI GR HR HU IE IM IT JE GG LI LT LU LV MC MD"
                        + " ME MK MT NL PL PT RO RS RU SI SK SM UA VA XK");
        put("mena", "AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN TR YE");
        put(
                "subSaharanAfrica",
                "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ"
                        + " NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW");
        put("southCentralAsia", "AF BD BT IN KG KZ LK MV NP PK TJ TM UZ");
        put(
                "eastAsiaPacific",
                "AS AU BN CK CN FJ FM GU HK ID JP KH KI KP KR LA MH MM MN MO MP MY NC NR NU NZ PF PG PH PW"
                        + " SB SG TH TL TO TV TW VN VU WF WS");
        put(
                "latinAmerica",
                "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC"
                        + " MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI");
        put("northAmerica", "BM CA PM US");
    }

    private OriginRegions() {}

    private static void put(String region, String countries) {
        for (String code : countries.split(" ")) {
            if (REGION.put(code, region) != null) {
                throw new IllegalStateException("country " + code + " is in two regions");
            }
        }
    }

    /**
     * A call's mapping: the default regions with some countries moved. Country codes are ISO 3166-1 alpha-2 (two
     * letters, upper case); each region must be one of {@link #CODES}.
     */
    public record Mapping(Map<String, String> overrides) implements java.io.Serializable {

        public Mapping {
            Map<String, String> clean = new java.util.TreeMap<>();
            overrides.forEach((country, region) -> {
                String code = normalised(country);
                if (code == null || !code.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("not a country code: " + country);
                }
                if (!CODES.contains(region)) {
                    throw new IllegalArgumentException("not a region: " + region);
                }
                clean.put(code, region);
            });
            overrides = Map.copyOf(clean);
        }

        /** The region of a country in this call, empty for an unknown or missing code that was not mapped. */
        public Optional<String> of(String countryCode) {
            String code = normalised(countryCode);
            if (code == null) {
                return Optional.empty();
            }
            String moved = overrides.get(code);
            return moved != null ? Optional.of(moved) : Optional.ofNullable(REGION.get(code));
        }

        /** Whether the country was moved away from its default region (or given one it had none in). */
        public boolean moved(String countryCode) {
            return overrides.containsKey(normalised(countryCode));
        }
    }

    /** The default mapping, nothing moved. */
    public static final Mapping DEFAULT = new Mapping(Map.of());

    /** A call's mapping with these countries moved (country code to region code). */
    public static Mapping mapping(Map<String, String> overrides) {
        return new Mapping(overrides);
    }

    /** The default region of a country, empty for an unknown or missing code. */
    public static Optional<String> byDefault(String countryCode) {
        String code = normalised(countryCode);
        return code == null ? Optional.empty() : Optional.ofNullable(REGION.get(code));
    }

    private static String normalised(String countryCode) {
        return countryCode == null || countryCode.isBlank()
                ? null
                : countryCode.strip().toUpperCase(Locale.ROOT);
    }

    /** The region of a country, empty for an unknown or missing code. */
    public static Optional<String> of(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(REGION.get(countryCode.strip().toUpperCase(Locale.ROOT)));
    }
}
