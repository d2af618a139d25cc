package fi.cocreate.consultation.boundary;

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

/** Runs the deadline reminders every {@code REMINDER_POLL_MINUTES} (default 10) on the managed scheduled executor. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderWorker {

    private static final Logger LOG = Logger.getLogger(ReminderWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeadlineReminders reminders;

    @Inject
    @ConfigProperty(name = "REMINDER_POLL_MINUTES", defaultValue = "10")
    int pollMinutes;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, pollMinutes, pollMinutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runSafely() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline reminder round failed; will try again", e);
        }
    }
}
