package fi.cocreate.mail.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed mail again: exponential backoff from 30 seconds, doubling, capped at one hour, and given up
 * after 12 attempts (about half a day), after which staff see the mail as failed and can resend it.
 */
public final class RetryPolicy {

    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private RetryPolicy() {}

    /** The delay before attempt number {@code attemptsSoFar + 1}, given that {@code attemptsSoFar} have failed. */
    public static Duration delayAfter(int attemptsSoFar) {
        if (attemptsSoFar <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attemptsSoFar - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public static boolean shouldGiveUp(int attemptsSoFar) {
        return attemptsSoFar >= MAX_ATTEMPTS;
    }

    public static Instant nextAttempt(Instant failedAt, int attemptsSoFar) {
        return failedAt.plus(delayAfter(attemptsSoFar));
    }
}
