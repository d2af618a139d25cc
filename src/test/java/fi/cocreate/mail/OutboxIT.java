package fi.cocreate.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.JobLeases;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.entity.MailStatus;
import fi.cocreate.mail.entity.OutboxMail;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox against a real SMTP server: a mail queued during an outage goes out once SMTP is back, exactly once. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Outbox outbox;

    @Inject
    JobLeases leases;

    @Inject
    fi.cocreate.mail.boundary.OutboxWorker worker;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    private final MailSinkClient sink = MailSinkClient.forTests();

    @AfterEach
    void restore() {
        sink.startSmtp();
        TestClockProducer.CLOCK.reset();
    }

    @Test
    void mailQueuedWhileSmtpIsDownIsDeliveredOnceItIsBackExactlyOnce() throws Exception {
        String recipient = TestAccounts.uniqueEmail("outage");
        sink.stopSmtp();
        long id = queue(recipient);

        OutboxMail failed = awaitAttempts(id, 1, Duration.ofSeconds(20));
        assertEquals(MailStatus.PENDING, failed.getStatus(), "still waiting after a failed attempt");
        assertTrue(failed.getLastError() != null && !failed.getLastError().isBlank(), "the reason is recorded");
        assertTrue(sink.to(recipient).isEmpty());

        sink.startSmtp();
        // The retry is due after the backoff; move the clock past it instead of waiting.
        TestClockProducer.CLOCK.advance(Duration.ofMinutes(5));
        List<MimeMessage> delivered = sink.awaitMails(recipient, 1, Duration.ofSeconds(20));
        assertNothingMoreAfterSent(id, recipient);
        assertEquals("Set a new password", delivered.get(0).getSubject());
    }

    /**
     * The mail server is down while a person registers: the registration still succeeds for them (the verification
     * mail waits in the outbox, written in the registration's transaction) and the mail goes out, once, when the
     * server is back.
     */
    @Test
    void aRegistrationWhileSmtpIsDownSucceedsAndItsMailGoesOutOnceWhenSmtpIsBack() throws Exception {
        String email = TestAccounts.uniqueEmail("smtp-down");
        String password = "a long enough password";
        sink.stopSmtp();
        PageClient.Page done = PageClient.english(base.toString())
                .get("/register.xhtml")
                .assertOk()
                .form("registration")
                .set("role", "ORG_REP")
                .set("name", "Outage Person")
                .set("email", email)
                .set("password", password)
                .set("passwordAgain", password)
                .check("privacy_input", "on")
                .press("submit");
        assertEquals(200, done.status(), done.describe());
        assertTrue(done.contains("Thank you. We sent a message to " + email), done.describe());
        long id = ((Number) em.createNativeQuery("select id from outbox_mail where recipient = ?")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
        OutboxMail failed = awaitAttempts(id, 1, Duration.ofSeconds(20));
        assertEquals(MailStatus.PENDING, failed.getStatus(), "the mail waits after a failed attempt");
        assertTrue(sink.to(email).isEmpty());

        sink.startSmtp();
        TestClockProducer.CLOCK.advance(Duration.ofMinutes(5));
        List<MimeMessage> delivered = sink.awaitMails(email, 1, Duration.ofSeconds(20));
        assertEquals("Confirm your email address", delivered.get(0).getSubject());
        assertNothingMoreAfterSent(id, email);
    }

    @Test
    void mailIsWrittenInTheCallersTransactionAndVanishesWithItsRollback() throws Exception {
        String recipient = TestAccounts.uniqueEmail("rollback");
        tx.begin();
        outbox.queue(recipient, "en", MailKind.PASSWORD_RESET, "Rolled Back", "http://localhost/x");
        tx.rollback();
        assertEquals(
                0,
                ((Number) em.createNativeQuery("select count(*) from outbox_mail where recipient = ?")
                                .setParameter(1, recipient)
                                .getSingleResult())
                        .intValue(),
                "nothing queued");
        worker.sendDue();
        assertTrue(sink.to(recipient).isEmpty(), "no mail for an action that did not happen");
    }

    @Test
    void mailGoesOutInTheRecipientsLanguage() throws Exception {
        String recipient = TestAccounts.uniqueEmail("swedish");
        tx.begin();
        outbox.queue(recipient, "sv", MailKind.PASSWORD_RESET, "Sven", "http://localhost/reset");
        tx.commit();
        MimeMessage mail = sink.awaitMails(recipient, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("V\u00e4lj ett nytt l\u00f6senord", mail.getSubject());
        assertEquals("sv", mail.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(mail).contains("Hej Sven"));
    }

    private long queue(String recipient) throws Exception {
        tx.begin();
        OutboxMail mail = outbox.queue(recipient, "en", MailKind.PASSWORD_RESET, "Olli Outage", "http://localhost/r");
        tx.commit();
        return mail.getId();
    }

    /**
     * Once the mail is marked sent, a later round of the worker (run here, synchronously, with the clock past every
     * backoff) sends nothing: exactly one copy reached the server, without waiting a fixed time for a second one.
     */
    private void assertNothingMoreAfterSent(long id, String recipient) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (reload(id).getStatus() != MailStatus.SENT && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(MailStatus.SENT, reload(id).getStatus());
        TestClockProducer.CLOCK.advance(Duration.ofHours(1));
        worker.sendDue();
        assertEquals(1, sink.to(recipient).size(), "delivered exactly once");
        assertEquals(MailStatus.SENT, reload(id).getStatus());
    }

    private OutboxMail awaitAttempts(long id, int attempts, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        OutboxMail mail = reload(id);
        while (mail.getAttempts() < attempts && System.nanoTime() < deadline) {
            Thread.sleep(250);
            mail = reload(id);
        }
        assertTrue(mail.getAttempts() >= attempts, "expected an attempt within " + timeout);
        return mail;
    }

    private OutboxMail reload(long id) {
        em.clear();
        return em.find(OutboxMail.class, id);
    }

    @Test
    void eachRoundOfAPeriodicJobRunsOnOneServerOnlyEvenWhenServersClaimItAtTheSameMoment() throws Exception {
        String job = "test-job-" + System.nanoTime();
        Duration period = Duration.ofMinutes(10);
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                Instant now = start.plus(period.multipliedBy(round));
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int server = 0; server < 8; server++) {
                    String name = "server-" + server;
                    Callable<Boolean> claim = () -> leases.claim(job, period, now, name);
                    claims.add(servers.submit(claim));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round + " is run by exactly one server");
                assertEquals(
                        false,
                        leases.claim(job, period, now.plusSeconds(60), "late-server"),
                        "a server ticking later in the same period does not run the round again");
            }
            assertEquals(3, leases.runs(job));
        } finally {
            servers.shutdownNow();
        }
    }
}
