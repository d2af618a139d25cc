package fi.cocreate.consultation.entity;

/**
 * The themes consultations, responses and summary statements are coded by; the starting set comes from the seed
 * (the matters discussed at the researchers' event of 14 September 2020 and the role of organisations). Labels are in
 * the {@code i18n.consultation} bundle under {@code theme.NAME}.
 */
public enum Theme {
    LABOUR_MARKET,
    EMPLOYMENT_AND_EDUCATION_PATHS,
    HEALTH_AND_WELLBEING,
    INTEGRATION_OF_FAMILIES,
    INCLUSION,
    GOOD_RELATIONS,
    ROLE_OF_ORGANISATIONS;

    public String labelKey() {
        return "theme." + name();
    }
}
