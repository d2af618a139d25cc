package fi.cocreate.forum.boundary;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases, once a day, the personal data of forum applications that were not selected, {@code FORUM_RETENTION_DAYS}
 * (default 365) days after the decision (or after the call closed, for drafts and withdrawn applications); see
 * {@link ForumApplications#eraseExpired}. Non-identifying statistics stay.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForumRetention {

    private static final Logger LOG = Logger.getLogger(ForumRetention.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ForumApplications applications;

    @Inject
    @ConfigProperty(name = "FORUM_RETENTION_DAYS", defaultValue = "365")
    int retentionDays;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runSafely() {
        try {
            eraseExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forum retention round failed; will try again tomorrow", e);
        }
    }

    /** Erases what is due now; returns how many applications were erased. */
    public int eraseExpired() {
        int erased = applications.eraseExpired(retentionDays);
        if (erased > 0) {
            LOG.info(() -> "Erased the personal data of " + erased + " forum applications past retention");
        }
        return erased;
    }

    public int getRetentionDays() {
        return retentionDays;
    }
}
