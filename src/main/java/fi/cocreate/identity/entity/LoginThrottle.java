package fi.cocreate.identity.entity;

import fi.cocreate.identity.control.LoginThrottlePolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins of one email address, known or not, or of one client address across all email addresses. The key
 * is a hash of the normalised address; the row lives in the database, so every server of a cluster slows down the same
 * guesses.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** What the failures are counted for. */
    public enum Scope {
        ACCOUNT(LoginThrottlePolicy.PER_ACCOUNT),
        CLIENT(LoginThrottlePolicy.PER_CLIENT);

        private final LoginThrottlePolicy policy;

        Scope(LoginThrottlePolicy policy) {
            this.policy = policy;
        }

        public LoginThrottlePolicy policy() {
            return policy;
        }
    }

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant pausedUntil;

    @Version
    private long version;

    protected LoginThrottle() {}

    public LoginThrottle(Scope scope, String key) {
        this.scope = Objects.requireNonNull(scope, "Scope is required.");
        this.key = Objects.requireNonNull(key, "Key is required.");
    }

    /** Counts a failure at {@code now}, unless logins are paused then: guesses during a pause do not lengthen it. */
    public void recordFailure(Instant now) {
        if (isPausedAt(now)) {
            return;
        }
        LoginThrottlePolicy policy = scope.policy();
        failures = policy.failuresAfterAnother(failures, lastFailureAt, now);
        lastFailureAt = now;
        pausedUntil = policy.pausedUntil(failures, now);
    }

    public boolean isPausedAt(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    public long minutesLeft(Instant now) {
        return isPausedAt(now) ? LoginThrottlePolicy.minutesLeft(pausedUntil, now) : 0;
    }

    public String getKey() {
        return key;
    }

    public Scope getScope() {
        return scope;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getPausedUntil() {
        return pausedUntil;
    }
}
