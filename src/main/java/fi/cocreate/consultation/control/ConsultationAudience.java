package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whom a consultation concerns, for choosing the subscribers who hear of it: the consultation's own target groups
 * together with those of its events (an event may invite a group the consultation as a whole does not name), and the
 * consultation's themes.
 */
public final class ConsultationAudience {

    private ConsultationAudience() {}

    public static Set<TargetGroup> targetGroups(Consultation consultation) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        groups.addAll(consultation.getTargetGroups());
        for (ConsultationEvent event : consultation.getEvents()) {
            groups.addAll(event.getTargetGroups());
        }
        return groups;
    }

    public static Set<Theme> themes(Consultation consultation) {
        Set<Theme> themes = new java.util.TreeSet<>();
        themes.addAll(consultation.getThemes());
        return themes;
    }
}
