package fi.cocreate.consultation.boundary;

import fi.cocreate.common.PeriodicJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
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

    @Inject
    PeriodicJobs jobs;

    @Inject
    DeadlineReminders reminders;

    @Inject
    @ConfigProperty(name = "REMINDER_POLL_MINUTES", defaultValue = "10")
    int pollMinutes;

    @PostConstruct
    void start() {
        jobs.every(
                "deadline-reminders",
                Duration.ofMinutes(pollMinutes),
                Duration.ofMinutes(pollMinutes),
                this::runSafely);
    }

    private void runSafely() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline reminder round failed; will try again", e);
        }
    }
}
