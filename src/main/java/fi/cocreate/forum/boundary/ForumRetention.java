package fi.cocreate.forum.boundary;

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

    @Inject
    PeriodicJobs jobs;

    @Inject
    ForumPersonalData personalData;

    @Inject
    @ConfigProperty(name = "FORUM_RETENTION_DAYS", defaultValue = "365")
    int retentionDays;

    @PostConstruct
    void start() {
        jobs.every("forum-retention", Duration.ofDays(1), Duration.ofMinutes(10), this::runSafely);
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
        int erased = personalData.eraseExpired(retentionDays);
        if (erased > 0) {
            LOG.info(() -> "Erased the personal data of " + erased + " forum applications past retention");
        }
        return erased;
    }

    public int getRetentionDays() {
        return retentionDays;
    }
}
