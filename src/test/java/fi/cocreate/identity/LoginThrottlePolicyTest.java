package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.LoginThrottlePolicy;
import fi.cocreate.identity.entity.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void fourFailuresCostNothingAndTheFifthLocksForOneMinute() {
        LoginThrottle throttle = new LoginThrottle("key");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(i));
            assertFalse(throttle.isLockedAt(T0.plusSeconds(i)), "failure " + (i + 1));
        }
        Instant fifth = T0.plusSeconds(10);
        throttle.recordFailure(fifth);
        assertTrue(throttle.isLockedAt(fifth.plusSeconds(59)));
        assertFalse(throttle.isLockedAt(fifth.plusSeconds(60)), "the lock ends exactly after one minute");
        assertEquals(1, throttle.minutesLeft(fifth.plusSeconds(30)));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToOneHour() {
        assertEquals(Duration.ofMinutes(2), lockAfter(6));
        assertEquals(Duration.ofMinutes(4), lockAfter(7));
        assertEquals(Duration.ofMinutes(32), lockAfter(10));
        assertEquals(Duration.ofHours(1), lockAfter(11));
        assertEquals(Duration.ofHours(1), lockAfter(500));
        assertNull(LoginThrottlePolicy.lockedUntil(4, T0));
    }

    @Test
    void anHourWithoutFailuresForgetsTheCount() {
        assertEquals(7, LoginThrottlePolicy.failuresAfterAnother(6, T0, T0.plus(Duration.ofMinutes(59))));
        assertEquals(1, LoginThrottlePolicy.failuresAfterAnother(6, T0, T0.plus(Duration.ofHours(1))));
        assertEquals(1, LoginThrottlePolicy.failuresAfterAnother(0, null, T0));
    }

    @Test
    void minutesLeftRoundUpAndNeverSayZero() {
        assertEquals(2, LoginThrottlePolicy.minutesLeft(T0.plusSeconds(61), T0));
        assertEquals(1, LoginThrottlePolicy.minutesLeft(T0.plusSeconds(1), T0));
        assertEquals(1, LoginThrottlePolicy.minutesLeft(T0, T0));
    }

    private static Duration lockAfter(int failures) {
        return Duration.between(T0, LoginThrottlePolicy.lockedUntil(failures, T0));
    }
}
