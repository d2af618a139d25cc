package fi.cocreate.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated failed logins for one address are slowed down: the first {@link #FREE_ATTEMPTS} failures cost nothing,
 * each further failure locks the address for twice as long as the one before (1 min, 2 min, 4 min ... at most one
 * hour). A quiet spell of {@link #FORGET_AFTER} since the last failure forgets the count.
 */
public final class LoginThrottlePolicy {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private LoginThrottlePolicy() {
    }

    /** The failure count after one more failure at {@code now}, given the count and time of the last failure. */
    public static int failuresAfterAnother(int failures, Instant lastFailureAt, Instant now) {
        boolean forgotten = lastFailureAt == null || !now.isBefore(lastFailureAt.plus(FORGET_AFTER));
        return forgotten ? 1 : failures + 1;
    }

    /** Until when the address is locked after this many failures at {@code now}; null if not locked. */
    public static Instant lockedUntil(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }

    /** Whole minutes left of a lock, rounded up, so the message never says "0 minutes". */
    public static long minutesLeft(Instant lockedUntil, Instant now) {
        long seconds = Math.max(0, Duration.between(now, lockedUntil).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
