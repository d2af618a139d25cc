package fi.cocreate.forum.panel.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * World regions of origin for the diversity rules, from an ISO 3166-1 alpha-2 country code. The grouping follows the
 * usual migration statistics of the Nordic countries: it is coarse on purpose, so that a rule such as "at least one
 * member from sub-Saharan Africa" can be met by a forum of 20.
 */
public final class OriginRegions {

    /** Region codes in display order. */
    public static final List<String> CODES = List.of("nordic", "europe", "mena", "subSaharanAfrica", "southCentralAsia",
            "eastAsiaPacific", "latinAmerica", "northAmerica");

    private static final Map<String, String> REGION = new HashMap<>();

    static {
        put("nordic", "DK FI IS NO SE FO GL AX SJ");
        put("europe", "AD AL AM AT AZ BA BE BG BY CH CY CZ DE EE ES FR GB GE GI GR HR HU IE IM IT JE GG LI LT LU LV MC MD"
                + " ME MK MT NL PL PT RO RS RU SI SK SM UA VA XK");
        put("mena", "AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN TR YE");
        put("subSaharanAfrica", "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ"
                + " NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW");
        put("southCentralAsia", "AF BD BT IN KG KZ LK MV NP PK TJ TM UZ");
        put("eastAsiaPacific", "AS AU BN CK CN FJ FM GU HK ID JP KH KI KP KR LA MH MM MN MO MP MY NC NR NU NZ PF PG PH PW"
                + " SB SG TH TL TO TV TW VN VU WF WS");
        put("latinAmerica", "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC"
                + " MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI");
        put("northAmerica", "BM CA PM US");
    }

    private OriginRegions() {
    }

    private static void put(String region, String countries) {
        for (String code : countries.split(" ")) {
            if (REGION.put(code, region) != null) {
                throw new IllegalStateException("country " + code + " is in two regions");
            }
        }
    }

    /** The region of a country, empty for an unknown or missing code. */
    public static Optional<String> of(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(REGION.get(countryCode.strip().toUpperCase(Locale.ROOT)));
    }
}
