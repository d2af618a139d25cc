package fi.cocreate.consultation.entity;

/** What kind of body an organisation is. Labels are in {@code i18n.consultation} under {@code orgType.NAME}. */
public enum OrganisationType {
    ASSOCIATION,
    MUNICIPALITY,
    WELLBEING_SERVICES_COUNTY,
    /** Employment services belong to municipal employment areas since 1.1.2025, when the TE offices closed. */
    EMPLOYMENT_AREA,
    EDUCATIONAL_INSTITUTION,
    RESEARCH_INSTITUTE,
    COMPANY,
    AUTHORITY,
    OTHER;

    public String labelKey() {
        return "orgType." + name();
    }
}
