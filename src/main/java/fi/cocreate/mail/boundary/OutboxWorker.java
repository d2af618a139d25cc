package fi.cocreate.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "OUTBOX_POLL_SECONDS", defaultValue = "3")
    int pollSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sendDueSafely, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
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
