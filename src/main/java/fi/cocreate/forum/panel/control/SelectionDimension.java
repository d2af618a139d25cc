package fi.cocreate.forum.panel.control;

/**
 * The applicant attributes the diversity rules can be about. The {@link #code()} is the dimension name the
 * {@link fi.cocreate.forum.control.ForumSelector} sees; values are stable codes (area codes, gender codes, age band
 * codes of {@link AgeBands}, region codes of {@link OriginRegions}, ISO 3166 country codes), never translated labels.
 */
public enum SelectionDimension {
    AREA("area"),
    GENDER("gender"),
    AGE_BAND("ageBand"),
    REGION_OF_ORIGIN("regionOfOrigin"),
    HOME_COUNTRY("homeCountry");

    private final String code;

    SelectionDimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SelectionDimension ofCode(String code) {
        for (SelectionDimension d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + code);
    }
}
