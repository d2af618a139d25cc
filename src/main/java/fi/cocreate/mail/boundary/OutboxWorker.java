package fi.cocreate.mail.boundary;

import fi.cocreate.common.PeriodicJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background sender: every few seconds ({@code OUTBOX_POLL_SECONDS}) it sends the mails that are due, on the
 * server's managed scheduled executor. Stops sending after the first failure in a round, so an SMTP outage does not
 * burn every mail's retries at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;

    @Inject
    PeriodicJobs jobs;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "OUTBOX_POLL_SECONDS", defaultValue = "3")
    int pollSeconds;

    @PostConstruct
    void start() {
        jobs.every("outbox", Duration.ofSeconds(pollSeconds), Duration.ofSeconds(pollSeconds), this::sendDueSafely);
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; will try again", e);
        }
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendDue() {
        List<Long> due = delivery.dueIds(BATCH);
        int sent = 0;
        for (Long id : due) {
            if (!delivery.deliver(id)) {
                break;
            }
            sent++;
        }
        return sent;
    }
}
