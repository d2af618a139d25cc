package fi.cocreate.privacy.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.common.PeriodicJobs;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention periods of the consultation side's personal data, applied once a day by {@link PeriodicJobs} and
 * judged by the injected clock: accounts whose address was never verified are deleted
 * {@code UNVERIFIED_ACCOUNT_RETENTION_DAYS} (default 30) days after they were made, and the names, addresses and
 * organisations on registrations of an event are removed {@code EVENT_REGISTRATION_RETENTION_DAYS} (default 180) days
 * after it ended (the counts stay), and subscriptions never confirmed are deleted
 * {@code UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS} (default 14) days after they were asked for. The audit log, which
 * names the staff and representatives who acted, keeps its rows {@code AUDIT_LOG_RETENTION_DAYS} (default 2,190: six
 * years, the span an action can still be complained about and audited). Mails in the outbox that were sent or given
 * up on are deleted {@code MAIL_RETENTION_DAYS} (default 90) days after they were queued: their bodies carry names,
 * references and texts, and the outbox is a delivery queue, not an archive.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ConsultationRetention {

    private static final Logger LOG = Logger.getLogger(ConsultationRetention.class.getName());

    /** What one round removed. */
    public record Round(
            int unverifiedAccounts, int eventRegistrations, int unconfirmedSubscriptions, int auditRows, int mails) {}

    @Inject
    PeriodicJobs jobs;

    @Inject
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "UNVERIFIED_ACCOUNT_RETENTION_DAYS", defaultValue = "30")
    int unverifiedAccountDays;

    @Inject
    @ConfigProperty(name = "EVENT_REGISTRATION_RETENTION_DAYS", defaultValue = "180")
    int eventRegistrationDays;

    @Inject
    @ConfigProperty(name = "UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS", defaultValue = "14")
    int unconfirmedSubscriptionDays;

    @Inject
    @ConfigProperty(name = "AUDIT_LOG_RETENTION_DAYS", defaultValue = "2190")
    int auditLogDays;

    @Inject
    @ConfigProperty(name = "MAIL_RETENTION_DAYS", defaultValue = "90")
    int mailDays;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext context;

    @PostConstruct
    void start() {
        jobs.every("consultation-retention", Duration.ofDays(1), Duration.ofMinutes(15), this::runSafely);
    }

    private void runSafely() {
        try {
            // Through the container, so that the round runs in its own transaction.
            context.getBusinessObject(ConsultationRetention.class).applyRetention();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Consultation retention round failed; will try again tomorrow", e);
        }
    }

    /** Removes what is due now, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Round applyRetention() {
        Instant now = clock.instant();
        int deleted = accounts.deleteUnverifiedBefore(now.minus(Duration.ofDays(unverifiedAccountDays)));
        List<EventRegistration> ended = em.createNamedQuery(EventRegistration.ENDED_BEFORE, EventRegistration.class)
                .setParameter("before", now.minus(Duration.ofDays(eventRegistrationDays)))
                .getResultList();
        ended.forEach(EventRegistration::anonymise);
        List<Subscription> unconfirmed = em.createQuery(
                        "select s from Subscription s where s.confirmedAt is null" + " and s.createdAt < :before",
                        Subscription.class)
                .setParameter("before", now.minus(Duration.ofDays(unconfirmedSubscriptionDays)))
                .getResultList();
        unconfirmed.forEach(em::remove);
        int auditRows = audit.deleteOlderThan(now.minus(Duration.ofDays(auditLogDays)));
        int mails = outbox.deleteSettledBefore(now.minus(Duration.ofDays(mailDays)));
        Round round = new Round(deleted, ended.size(), unconfirmed.size(), auditRows, mails);
        if (!round.equals(new Round(0, 0, 0, 0, 0))) {
            LOG.info(() -> "Retention: deleted " + round.unverifiedAccounts() + " unverified accounts, removed the "
                    + "personal data of " + round.eventRegistrations() + " registrations of past events, deleted "
                    + round.unconfirmedSubscriptions() + " unconfirmed subscriptions and " + round.auditRows()
                    + " audit rows past retention, and " + round.mails() + " sent or failed mails");
        }
        return round;
    }

    public int getUnverifiedAccountDays() {
        return unverifiedAccountDays;
    }

    public int getEventRegistrationDays() {
        return eventRegistrationDays;
    }
}
