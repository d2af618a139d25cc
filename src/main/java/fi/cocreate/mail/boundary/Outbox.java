package fi.cocreate.mail.boundary;

import fi.cocreate.common.Found;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.mail.control.ComposedMail;
import fi.cocreate.mail.control.MailAttachment;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import fi.cocreate.mail.entity.MailStatus;
import fi.cocreate.mail.entity.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Queues mails. Runs in the caller's transaction, so a mail is stored if and only if the action that caused it is
 * committed; {@link OutboxWorker} sends it afterwards.
 */
@Stateless
public class Outbox {

    @Inject
    OperationalMetrics metrics;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Queues a mail of the given kind in the recipient's language, the template filled with the arguments. */
    public OutboxMail queue(String recipient, String language, MailKind kind, Object... arguments) {
        return queue(recipient, kind, MailTemplates.compose(kind, language, arguments), null);
    }

    /** Queues an already composed mail; {@code listUnsubscribe} is the one-click link for bulk mail, or null. */
    public OutboxMail queue(String recipient, MailKind kind, ComposedMail mail, String listUnsubscribe) {
        return queue(recipient, kind, mail, listUnsubscribe, List.of());
    }

    /** Queues a composed mail with files attached (sent as multipart/mixed). */
    public OutboxMail queue(
            String recipient,
            MailKind kind,
            ComposedMail mail,
            String listUnsubscribe,
            List<MailAttachment> attachments) {
        OutboxMail outboxMail = new OutboxMail(recipient, kind.name(), mail, listUnsubscribe, clock.instant());
        attachments.forEach(outboxMail::attach);
        em.persist(outboxMail);
        metrics.mailQueued();
        return outboxMail;
    }

    public List<OutboxMail> recent(MailStatus status, int max) {
        return (status == null
                        ? em.createNamedQuery(OutboxMail.RECENT, OutboxMail.class)
                        : em.createNamedQuery(OutboxMail.BY_STATUS, OutboxMail.class)
                                .setParameter("status", status))
                .setMaxResults(max)
                .getResultList();
    }

    public void resend(long id) {
        OutboxMail mail = Found.find(em, OutboxMail.class, id, "outbox.notFound");
        mail.resend(clock.instant());
    }

    /**
     * Deletes the mails that are done with (sent, or given up on) and were queued before the instant, with their
     * attachments; pending mails stay whatever their age. Answers how many went.
     */
    public int deleteSettledBefore(Instant before) {
        return em.createQuery("delete from OutboxMail m where m.status <> fi.cocreate.mail.entity.MailStatus.PENDING"
                        + " and m.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** Deletes every mail to the address, pending ones included: for an erasure, nothing addressed to them stays. */
    public int forgetRecipient(String recipient) {
        return em.createQuery("delete from OutboxMail m where m.recipient = :r")
                .setParameter("r", recipient)
                .executeUpdate();
    }
}
