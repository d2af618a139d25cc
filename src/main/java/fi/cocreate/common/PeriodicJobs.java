package fi.cocreate.common;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the app runs something periodically (the outbox, deadline reminders, retention): a tick on the managed
 * scheduled executor on every server, and a round only where {@link JobLeases} grants it, so each round runs once per
 * cluster. A failing round is logged and the next one tries again; nothing is lost because every job is idempotent.
 */
@ApplicationScoped
public class PeriodicJobs {

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

    /** This server's name in {@code scheduled_job.last_run_by}: the JVM's "pid@host". */
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

    /** Runs {@code round} every {@code period}, first after {@code firstAfter}, once per cluster per period. */
    public void every(String job, Duration period, Duration firstAfter, Runnable round) {
        tasks.add(scheduler.scheduleWithFixedDelay(
                () -> tick(job, period, round), firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void tick(String job, Duration period, Runnable round) {
        try {
            if (leases.claim(job, period, Instant.now(), SERVER)) {
                round.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A round of " + job + " failed; the next one will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
    }
}
