package fi.cocreate.subscription.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * Staff invite the confirmed subscribers of a consultation's or an event's target groups, each in their own language,
 * with a one-click unsubscribe link in every mail. New consultations and events are announced automatically
 * ({@link Announcements}); this is for inviting again, for example after changing an event's target groups.
 */
@Stateless
public class Invitations {

    @Inject
    Caller caller;

    @Inject
    ConsultationEvents events;

    @Inject
    Consultations consultations;

    @Inject
    Announcements announcements;

    @Inject
    Clock clock;

    /** Invites the subscribers of the event's target groups; returns how many were invited. */
    public int inviteToEvent(long eventId) {
        caller.requireStaff();
        ConsultationEvent event = events.find(eventId);
        if (event.hasStarted(clock.instant())) {
            throw new BusinessException("invitation.eventStarted");
        }
        if (event.getTargetGroups().isEmpty()) {
            throw new BusinessException("invitation.noTargetGroups");
        }
        return announcements.mailEvent(event);
    }

    /**
     * Invites the subscribers of the consultation's target groups and themes (see {@link ConsultationAudience}) to
     * give feedback; returns how many were invited.
     */
    public int inviteToConsultation(long consultationId) {
        caller.requireStaff();
        Consultation consultation = consultations.find(consultationId);
        if (consultation.isPastDeadline(clock.instant())) {
            throw new BusinessException("invitation.consultationClosed");
        }
        Set<TargetGroup> groups = ConsultationAudience.targetGroups(consultation);
        Set<Theme> themes = ConsultationAudience.themes(consultation);
        if (groups.isEmpty() && themes.isEmpty()) {
            throw new BusinessException("invitation.noTargetGroups");
        }
        return announcements.mailConsultation(consultation);
    }
}
