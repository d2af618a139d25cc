package fi.cocreate.forum.entity;

/** The areas of expertise the forum draws on; an applicant names at least one. */
public enum ExpertiseArea {
    LABOUR_MARKET,
    EDUCATION,
    HEALTH_AND_SOCIAL_SERVICES,
    EQUALITY,
    DEMOCRACY,
    CITIZENSHIP,
    DISCRIMINATION
}
