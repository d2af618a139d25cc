package fi.cocreate.forum.panel.control;

import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.entity.NordicRegion;
import java.util.Arrays;
import java.util.List;

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

    /** The codes a rule on this dimension may name; anything else is refused, whichever way it was posted. */
    public List<String> allowedValues() {
        return switch (this) {
            case AREA -> Arrays.stream(ExpertiseArea.values()).map(Enum::name).toList();
            case GENDER -> Arrays.stream(Gender.values()).map(Enum::name).toList();
            case AGE_BAND -> AgeBands.CODES;
            case REGION_OF_ORIGIN -> OriginRegions.CODES;
            case HOME_COUNTRY -> NordicRegion.CODES;
        };
    }

    public boolean accepts(String value) {
        return value != null && allowedValues().contains(value.strip());
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
