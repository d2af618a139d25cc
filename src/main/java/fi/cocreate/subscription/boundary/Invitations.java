package fi.cocreate.subscription.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.control.EventTexts;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.CallerIdentity;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Staff invite the confirmed subscribers of a consultation's or an event's target groups, each in their own language,
 * with a one-click unsubscribe link in every mail.
 */
@Stateless
public class Invitations {

    @Inject
    CallerIdentity caller;

    @Inject
    ConsultationEvents events;

    @Inject
    Consultations consultations;

    @Inject
    Subscriptions subscriptions;

    @Inject
    BulkMail bulkMail;

    @Inject
    PublicLinks links;

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
        List<Subscription> recipients = subscriptions.confirmedWanting(event.getTargetGroups(), Set.<Theme>of());
        String page = links.page("/consultation/events/view.xhtml?id=" + eventId);
        for (Subscription subscription : recipients) {
            Locale locale = SupportedLanguage.locale(subscription.getLanguage());
            bulkMail.send(subscription, MailKind.EVENT_INVITATION, event.getTitle().in(locale),
                    EventTexts.when(event.getStartsAt(), event.getEndsAt(), locale),
                    EventTexts.where(event.getPlace(), event.getRemoteLink()), page,
                    event.getConsultation().getTitle().in(locale));
        }
        return recipients.size();
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
        List<Subscription> recipients = subscriptions.confirmedWanting(groups, themes);
        String page = links.page("/consultation/view.xhtml?id=" + consultationId);
        for (Subscription subscription : recipients) {
            Locale locale = SupportedLanguage.locale(subscription.getLanguage());
            bulkMail.send(subscription, MailKind.CONSULTATION_INVITATION, consultation.getTitle().in(locale),
                    deadline(consultation, locale), page);
        }
        return recipients.size();
    }

    static String deadline(Consultation consultation, Locale locale) {
        return fi.cocreate.common.DateTimes.dateTime(consultation.getDeadline(), locale);
    }
}
