package fi.cocreate.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How repeated failed logins are slowed down: the first {@code freeFailures} failures cost nothing, each further
 * failure pauses logins for twice as long as the one before, up to {@code longestPause}. Attempts during a pause are
 * refused without counting, so guessing cannot lengthen a pause; a quiet spell of {@code forgetAfter} since the last
 * failure forgets the count.
 *
 * <p>{@link #PER_ACCOUNT} slows down guessing one address: 5 free, then 1, 2, 4, 8 minutes, never more than 15, so a
 * stranger can hold an address at no more than a few guesses an hour but never lock its owner out for long, and the
 * owner gets in at once through the reset link, which lifts the pause. {@link #PER_CLIENT} limits one client (remote
 * address) across all addresses (password spraying): 30 free an hour, then 1 minute doubling up to an hour.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstPause, Duration longestPause, Duration forgetAfter) {

    public static final LoginThrottlePolicy PER_ACCOUNT =
            new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    public static final LoginThrottlePolicy PER_CLIENT =
            new LoginThrottlePolicy(30, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));

    public LoginThrottlePolicy {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("At least one failure must be free.");
        }
        Objects.requireNonNull(firstPause, "First pause is required.");
        Objects.requireNonNull(longestPause, "Longest pause is required.");
        Objects.requireNonNull(forgetAfter, "Forget-after is required.");
    }

    /** The failure count after one more failure at {@code now}, given the count and time of the last failure. */
    public int failuresAfterAnother(int failures, Instant lastFailureAt, Instant now) {
        boolean forgotten = lastFailureAt == null || !now.isBefore(lastFailureAt.plus(forgetAfter));
        return forgotten ? 1 : failures + 1;
    }

    /** Until when logins are paused after this many failures at {@code now}; null if not paused. */
    public Instant pausedUntil(int failures, Instant now) {
        if (failures < freeFailures) {
            return null;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }

    /** Whole minutes left of a pause, rounded up, so the message never says "0 minutes". */
    public static long minutesLeft(Instant pausedUntil, Instant now) {
        long seconds = Math.max(0, Duration.between(now, pausedUntil).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
