package fi.cocreate.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The app's own counters and timers, read by monitoring at {@code /metrics} (MicroProfile Metrics, application
 * scope; the Prometheus names are these with dots as underscores, e.g. {@code cocreate_submissions_total}). Each
 * server counts what it did; monitoring sums over the servers. The names are listed in docs/deploy.md.
 */
@ApplicationScoped
public class OperationalMetrics {

    public static final String SUBMISSIONS = "cocreate.submissions";
    public static final String MAILS_QUEUED = "cocreate.mails.queued";
    public static final String MAILS_SENT = "cocreate.mails.sent";
    public static final String LOGINS_REFUSED = "cocreate.logins.refused";
    public static final String SOLVER_TIME = "cocreate.solver.time";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** A response, an application or a score sheet submitted. */
    public void submitted() {
        registry.counter(SUBMISSIONS).inc();
    }

    public void mailQueued() {
        registry.counter(MAILS_QUEUED).inc();
    }

    public void mailSent() {
        registry.counter(MAILS_SENT).inc();
    }

    /** A login refused for any reason: wrong password, unknown address, locked, unverified or disabled. */
    public void loginRefused() {
        registry.counter(LOGINS_REFUSED).inc();
    }

    /** One run of the forum selection solver. */
    public void solverRan(Duration took) {
        registry.timer(SOLVER_TIME).update(took);
    }
}
