package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.LoginThrottlePolicy;
import fi.cocreate.identity.entity.LoginThrottle;
import fi.cocreate.identity.entity.LoginThrottle.Scope;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static final LoginThrottlePolicy ACCOUNT = LoginThrottlePolicy.PER_ACCOUNT;
    private static final LoginThrottlePolicy CLIENT = LoginThrottlePolicy.PER_CLIENT;

    @Test
    void fourFailuresCostNothingAndTheFifthPausesForOneMinute() {
        LoginThrottle throttle = new LoginThrottle(Scope.ACCOUNT, "key");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(i));
            assertFalse(throttle.isPausedAt(T0.plusSeconds(i)), "failure " + (i + 1));
        }
        Instant fifth = T0.plusSeconds(10);
        throttle.recordFailure(fifth);
        assertTrue(throttle.isPausedAt(fifth.plusSeconds(59)));
        assertFalse(throttle.isPausedAt(fifth.plusSeconds(60)), "the pause ends exactly after one minute");
        assertEquals(1, throttle.minutesLeft(fifth.plusSeconds(30)));
    }

    @Test
    void eachFurtherFailureDoublesTheAccountPauseButNeverBeyondFifteenMinutes() {
        assertEquals(Duration.ofMinutes(2), pauseAfter(ACCOUNT, 6));
        assertEquals(Duration.ofMinutes(4), pauseAfter(ACCOUNT, 7));
        assertEquals(Duration.ofMinutes(8), pauseAfter(ACCOUNT, 8));
        assertEquals(Duration.ofMinutes(15), pauseAfter(ACCOUNT, 9));
        assertEquals(Duration.ofMinutes(15), pauseAfter(ACCOUNT, 500));
        assertNull(ACCOUNT.pausedUntil(4, T0));
    }

    @Test
    void guessesDuringAPauseNeitherCountNorLengthenIt() {
        LoginThrottle throttle = new LoginThrottle(Scope.ACCOUNT, "key");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(T0);
        }
        Instant until = throttle.getPausedUntil();
        for (int i = 1; i <= 50; i++) {
            throttle.recordFailure(T0.plusSeconds(i));
        }
        assertEquals(5, throttle.getFailures());
        assertEquals(until, throttle.getPausedUntil(), "a stranger guessing on cannot keep the owner out longer");
    }

    @Test
    void aStrangerGuessingAllDayHoldsAnAddressToAFewGuessesAnHourAndTheOwnerWaitsAtMostAQuarter() {
        LoginThrottle throttle = new LoginThrottle(Scope.ACCOUNT, "key");
        int counted = 0;
        Duration longestWait = Duration.ZERO;
        Instant now = T0;
        Instant end = T0.plus(Duration.ofHours(24));
        for (; now.isBefore(end); now = now.plusSeconds(1)) {
            if (!throttle.isPausedAt(now)) {
                throttle.recordFailure(now);
                counted++;
                if (throttle.getPausedUntil() != null && throttle.isPausedAt(now)) {
                    Duration wait = Duration.between(now, throttle.getPausedUntil());
                    longestWait = wait.compareTo(longestWait) > 0 ? wait : longestWait;
                }
            }
        }
        assertTrue(counted <= 5 + 24 * 4 + 4, "guesses counted in a day: " + counted);
        assertEquals(Duration.ofMinutes(15), longestWait);
    }

    @Test
    void aClientMayFailThirtyTimesAcrossAddressesThenPausesUpToAnHour() {
        LoginThrottle client = new LoginThrottle(Scope.CLIENT, "client");
        for (int i = 0; i < 29; i++) {
            client.recordFailure(T0.plusSeconds(i));
        }
        assertFalse(client.isPausedAt(T0.plusSeconds(29)));
        client.recordFailure(T0.plusSeconds(30));
        assertTrue(client.isPausedAt(T0.plusSeconds(31)));
        assertEquals(Duration.ofMinutes(1), pauseAfter(CLIENT, 30));
        assertEquals(Duration.ofMinutes(32), pauseAfter(CLIENT, 35));
        assertEquals(Duration.ofHours(1), pauseAfter(CLIENT, 36));
        assertEquals(Duration.ofHours(1), pauseAfter(CLIENT, 5000));
    }

    @Test
    void anHourWithoutFailuresForgetsTheCount() {
        assertEquals(7, ACCOUNT.failuresAfterAnother(6, T0, T0.plus(Duration.ofMinutes(59))));
        assertEquals(1, ACCOUNT.failuresAfterAnother(6, T0, T0.plus(Duration.ofHours(1))));
        assertEquals(1, ACCOUNT.failuresAfterAnother(0, null, T0));
        assertEquals(1, CLIENT.failuresAfterAnother(40, T0, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void minutesLeftRoundUpAndNeverSayZero() {
        assertEquals(2, LoginThrottlePolicy.minutesLeft(T0.plusSeconds(61), T0));
        assertEquals(1, LoginThrottlePolicy.minutesLeft(T0.plusSeconds(1), T0));
        assertEquals(1, LoginThrottlePolicy.minutesLeft(T0, T0));
    }

    private static Duration pauseAfter(LoginThrottlePolicy policy, int failures) {
        return Duration.between(T0, policy.pausedUntil(failures, T0));
    }
}
