package fi.cocreate.consultation.entity;

/**
 * Who a consultation or event is meant for; subscribers choose target groups to hear of new consultations and
 * events. Labels are in the {@code i18n.consultation} bundle under {@code targetGroup.NAME}.
 */
public enum TargetGroup {
    ORGANISATIONS,
    RESEARCHERS,
    MUNICIPALITIES,
    WELLBEING_SERVICES_COUNTIES,
    AUTHORITIES,
    EDUCATIONAL_INSTITUTIONS,
    IMMIGRANT_COMMUNITIES,
    EMPLOYERS;

    public String labelKey() {
        return "targetGroup." + name();
    }
}
