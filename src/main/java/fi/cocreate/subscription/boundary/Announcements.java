package fi.cocreate.subscription.boundary;

import fi.cocreate.common.DateTimes;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.boundary.ConsultationAnnounced;
import fi.cocreate.consultation.boundary.EventAnnounced;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.consultation.control.EventTexts;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tells the confirmed subscribers about a new consultation or event, as the subscribe page promises: automatically
 * when staff first publish a consultation or add an event to a published one ({@link ConsultationAnnounced},
 * {@link EventAnnounced}, in that transaction), and again whenever staff send invitations by hand
 * ({@link Invitations}). Each subscriber gets the mail in their own language with the one-click unsubscribe link.
 */
@Stateless
public class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    BulkMail bulkMail;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    public void consultationAnnounced(@Observes ConsultationAnnounced announced) {
        // Looked up directly and never refusing: nothing here may roll back the publishing itself.
        Consultation consultation = em.find(Consultation.class, announced.consultationId());
        if (consultation == null || consultation.isPastDeadline(clock.instant())) {
            return;
        }
        int told = mailConsultation(consultation);
        LOG.info(() -> "Consultation " + consultation.getId() + " announced to " + told + " subscribers");
    }

    public void eventAnnounced(@Observes EventAnnounced announced) {
        ConsultationEvent event = em.find(ConsultationEvent.class, announced.eventId());
        if (event == null || event.getTargetGroups().isEmpty() || event.hasStarted(clock.instant())) {
            return;
        }
        int told = mailEvent(event);
        LOG.info(() -> "Event " + event.getId() + " announced to " + told + " subscribers");
    }

    /** Mails the subscribers of the consultation's target groups and themes; answers how many. */
    public int mailConsultation(Consultation consultation) {
        Set<TargetGroup> groups = ConsultationAudience.targetGroups(consultation);
        Set<Theme> themes = ConsultationAudience.themes(consultation);
        if (groups.isEmpty() && themes.isEmpty()) {
            return 0;
        }
        String page = links.page("/consultation/view.xhtml?id=" + consultation.getId());
        return bulkMail.sendEach(
                subscriptions.confirmedWanting(groups, themes),
                MailKind.CONSULTATION_INVITATION,
                locale -> new Object[] {
                    consultation.getTitle().in(locale), DateTimes.dateTime(consultation.getDeadline(), locale), page
                });
    }

    /** Mails the subscribers of the event's target groups; answers how many. */
    public int mailEvent(ConsultationEvent event) {
        String page = links.page("/consultation/events/view.xhtml?id=" + event.getId());
        return bulkMail.sendEach(
                subscriptions.confirmedWanting(event.getTargetGroups(), Set.<Theme>of()),
                MailKind.EVENT_INVITATION,
                locale -> new Object[] {
                    event.getTitle().in(locale),
                    EventTexts.when(event.getStartsAt(), event.getEndsAt(), locale),
                    EventTexts.where(event.getPlace(), event.getRemoteLink()),
                    page,
                    event.getConsultation().getTitle().in(locale)
                });
    }
}
