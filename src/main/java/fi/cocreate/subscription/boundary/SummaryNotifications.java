package fi.cocreate.subscription.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.boundary.SummaryPublished;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * When staff publish a consultation's summary, tells the confirmed subscribers of its target groups and themes. Runs
 * in the publishing transaction, so the mails exist exactly when the summary is published.
 */
@Stateless
public class SummaryNotifications {

    private static final Logger LOG = Logger.getLogger(SummaryNotifications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    BulkMail bulkMail;

    @Inject
    PublicLinks links;

    public void summaryPublished(@Observes SummaryPublished published) {
        // Looked up directly: a refusal here must never roll back the publishing of the summary.
        Consultation consultation = em.find(Consultation.class, published.consultationId());
        if (consultation == null) {
            LOG.warning(() -> "Summary published for unknown consultation " + published.consultationId());
            return;
        }
        String page = links.page("/consultation/view.xhtml?id=" + consultation.getId());
        int told = bulkMail.sendEach(
                subscriptions.confirmedWanting(
                        ConsultationAudience.targetGroups(consultation), ConsultationAudience.themes(consultation)),
                MailKind.SUBSCRIBER_SUMMARY_NOTICE,
                locale -> new Object[] {consultation.getTitle().in(locale), page});
        LOG.info(() -> "Summary of consultation " + consultation.getId() + " announced to " + told + " subscribers");
    }
}
