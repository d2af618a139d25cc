package fi.cocreate.identity.entity;

import fi.cocreate.identity.control.LoginThrottlePolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The failed logins of one email address, known or not (the key is a hash of the normalised address). */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "email_key", length = 64)
    private String emailKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String emailKey) {
        this.emailKey = Objects.requireNonNull(emailKey, "Email key is required.");
    }

    public void recordFailure(Instant now) {
        failures = LoginThrottlePolicy.failuresAfterAnother(failures, lastFailureAt, now);
        lastFailureAt = now;
        lockedUntil = LoginThrottlePolicy.lockedUntil(failures, now);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public long minutesLeft(Instant now) {
        return isLockedAt(now) ? LoginThrottlePolicy.minutesLeft(lockedUntil, now) : 0;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
