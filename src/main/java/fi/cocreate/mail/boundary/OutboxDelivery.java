package fi.cocreate.mail.boundary;

import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.mail.entity.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends due outbox mails, each in its own transaction holding a row lock, so two app servers never send the same mail
 * and a crash loses nothing: a mail is marked sent only in the transaction that handed it to SMTP.
 */
@Stateless
public class OutboxDelivery {

    @Inject
    OperationalMetrics metrics;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    public List<Long> dueIds(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Sends one mail if it is still due; returns whether it was sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(clock.instant())) {
            return false;
        }
        try {
            transport.send(mail);
            mail.markSent(clock.instant());
            metrics.mailSent();
            return true;
        } catch (Exception e) {
            mail.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            LOG.warning(() -> "Mail " + id + " not sent (attempt " + mail.getAttempts() + "): " + e.getMessage());
            return false;
        }
    }
}
