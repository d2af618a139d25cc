package fi.cocreate.subscription.control;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whom a consultation concerns, for choosing the subscribers who hear of it. The one place to switch once consultations
 * carry their own target groups and themes: until then the target groups are the union of its events' target groups,
 * and no themes match.
 */
public final class ConsultationAudience {

    private ConsultationAudience() {
    }

    public static Set<TargetGroup> targetGroups(Consultation consultation) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (ConsultationEvent event : consultation.getEvents()) {
            groups.addAll(event.getTargetGroups());
        }
        return groups;
    }

    public static Set<Theme> themes(Consultation consultation) {
        return EnumSet.noneOf(Theme.class);
    }
}
