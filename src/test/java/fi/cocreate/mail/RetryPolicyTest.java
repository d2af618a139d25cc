package fi.cocreate.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.mail.control.ComposedMail;
import fi.cocreate.mail.control.RetryPolicy;
import fi.cocreate.mail.entity.MailStatus;
import fi.cocreate.mail.entity.OutboxMail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffDoublesFromThirtySecondsAndIsCappedAtAnHour() {
        assertEquals(Duration.ofSeconds(30), RetryPolicy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), RetryPolicy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), RetryPolicy.delayAfter(3));
        assertEquals(Duration.ofHours(1), RetryPolicy.delayAfter(11));
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttemptAndCanBeResent() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OutboxMail mail = new OutboxMail("a@b.fi", "TEST", new ComposedMail("fi", "s", "t", "h"), null, now);
        for (int i = 1; i < RetryPolicy.MAX_ATTEMPTS; i++) {
            mail.markFailed("down", now);
            assertEquals(MailStatus.PENDING, mail.getStatus());
            assertFalse(mail.isDue(now), "not due before the backoff has passed");
            now = mail.getNextAttemptAt();
            assertTrue(mail.isDue(now));
        }
        mail.markFailed("still down", now);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        mail.resend(now);
        assertTrue(mail.isDue(now));
        assertEquals(0, mail.getAttempts());
    }
}
