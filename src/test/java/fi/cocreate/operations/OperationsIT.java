package fi.cocreate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.FacesClient;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestDatabase;
import fi.cocreate.testing.browser.ServerSide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations reads from a running server: readiness (database, migrations, mail relay) and liveness at
 * Payara Micro's {@code /health/ready} and {@code /health/live}, the app's counters at {@code /metrics}, and the
 * request id every page answers with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final MailSinkClient sink = MailSinkClient.forTests();

    @AfterEach
    void restore() {
        sink.startSmtp();
    }

    @Test
    void readinessNamesTheDatabaseTheMigrationsAndTheMailRelayAndFailsWhileTheRelayIsAway() {
        HttpResponse<String> ready = get(server("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s", "");
        for (String check : new String[] {"database", "migrations", "mail-relay"}) {
            assertTrue(body.contains("\"name\":\"" + check + "\",\"status\":\"UP\""), check + " is up: " + body);
        }
        assertTrue(body.contains("\"pending\":\"0\"") || body.contains("\"pending\":0"), "none pending: " + body);

        sink.stopSmtp();
        HttpResponse<String> relayAway = get(server("/health/ready"));
        assertEquals(503, relayAway.statusCode(), relayAway.body());
        assertTrue(relayAway.body().contains("DOWN"), relayAway.body());

        HttpResponse<String> live = get(server("/health/live"));
        assertEquals(200, live.statusCode(), "alive although the relay is away: " + live.body());
        assertTrue(live.body().contains("\"application\""), live.body());

        sink.startSmtp();
        assertEquals(200, get(server("/health/ready")).statusCode(), "ready again once the relay is back");
    }

    @Test
    void aRefusedLoginIsCountedAtMetrics() {
        double before = refusedLogins();
        FacesClient.english(app("")).login(TestAccounts.uniqueEmail("nobody"), "not-the-password");
        double after = refusedLogins();
        assertEquals(before + 1, after, 0.0001, "one more refused login");
        assertTrue(get(server("/metrics")).body().contains("cocreate_logins_refused_total"),
                "also in the whole /metrics answer");
    }

    @Test
    void everyPageAnswersWithARequestIdAndKeepsTheBalancersOwn() {
        HttpResponse<String> page = get(app("/login.xhtml"));
        String id = page.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(id.matches("[0-9a-f-]{36}"), "a fresh id: " + id);
        assertTrue(!id.equals(get(app("/login.xhtml")).headers().firstValue("X-Request-Id").orElse(id)),
                "each request its own");

        HttpResponse<String> forwarded = send(HttpRequest.newBuilder(URI.create(app("/login.xhtml")))
                .header("X-Request-Id", "balancer-0123456789").build());
        assertEquals("balancer-0123456789", forwarded.headers().firstValue("X-Request-Id").orElse(""));
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(app("/login.xhtml")))
                .header("X-Request-Id", "<script>").build());
        assertTrue(forged.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"),
                "an id that is not plain text is replaced");
    }

    /**
     * Two responses submitted through the boundary (the fixture, as a representative's submit does) count two
     * submissions and queue at least their two receipts; the outbox sends them, and the mails sent follow. Other tests
     * of the run may add to each counter meanwhile, so each is at least, not exactly, what this one did.
     */
    @Test
    void submissionsAndTheMailsQueuedAndSentAreCountedAtMetrics() {
        double submissions = metric("cocreate_submissions_total");
        double queued = metric("cocreate_mails_queued_total");
        double sent = metric("cocreate_mails_sent_total");
        new ServerSide(base).respondedConsultation("metrics" + System.nanoTime());
        assertTrue(metric("cocreate_submissions_total") >= submissions + 2, "two submissions counted");
        assertTrue(metric("cocreate_mails_queued_total") >= queued + 2, "their receipts queued");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (metric("cocreate_mails_sent_total") < sent + 2 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
        }
        assertTrue(metric("cocreate_mails_sent_total") >= sent + 2, "and sent by the outbox");
        // The solver's timer: PanelIT, where selections run.
    }

    private double refusedLogins() {
        return metric("cocreate_logins_refused_total");
    }

    /** A counter of the application scope as /metrics gives it in Prometheus text; 0 before its first count. */
    private double metric(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})?\\s+([0-9.Ee+-]+)")
                .matcher(get(server("/metrics?scope=application")).body());
        return value.find() ? Double.parseDouble(value.group(2)) : 0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String server(String path) {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path;
    }

    private String app(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The documented backup and restore (docs/deploy.md), run as an operator runs it: {@code
     * docker/backup-restore-check.sh} dumps the live database while the server runs, restores the dump into a new,
     * empty database, and compares a dump of the copy with the backup; then the copy holds the uploaded files byte
     * for byte, and Flyway finds nothing to migrate there, so a server started on it starts as it is.
     */
    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRowAndFileAndNeedsNoMigration() throws Exception {
        String suffix = "backup" + System.nanoTime();
        long consultation = new ServerSide(base).respondedConsultation(suffix);
        String query = "SELECT SHA2(a.content, 256) FROM %s.attachment a JOIN %s.response r"
                + " ON r.id = a.response_id WHERE r.consultation_id = ?";
        String db = TestDatabase.name();
        String copy = db + "_restore_check";
        Object original = ServerSide.value(String.format(query, db, db), consultation);

        // The database the server uses (TestDatabase: the embedded MariaDB with its own client tools, or the external
        // MySQL of -Pexternal-mysql with the mysqldump on the PATH).
        String bin = TestDatabase.isEmbedded()
                ? Path.of(System.getProperty("cocreate.test.dataDir", "target/it-db"), "base", "bin").toString() : "";
        ProcessBuilder check = new ProcessBuilder("bash", "docker/backup-restore-check.sh", TestDatabase.host(),
                String.valueOf(TestDatabase.port()), TestDatabase.user(), TestDatabase.password(), db, bin)
                .redirectErrorStream(true);
        check.environment().put("KEEP_RESTORED", "1");
        check.environment().put("TMPDIR", Files.createTempDirectory("backup").toString());
        Process process = check.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
        try {
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("restore into an empty database: identical to the backup"), output);
            assertTrue(output.contains("attachment"), "the files' tables are in the backup: " + output);

            assertEquals(original, ServerSide.value(String.format(query, copy, copy), consultation),
                    "the attachment, byte for byte");
            Flyway restored = Flyway.configure().dataSource(TestDatabase.url(copy), TestDatabase.user(),
                    TestDatabase.password()).locations("filesystem:db").outOfOrder(true).load();
            assertEquals(0, restored.info().pending().length, "no migration to run on the restored copy");
            restored.validate();
        } finally {
            try (Connection c = TestDatabase.connect(); Statement drop = c.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + copy);
            }
        }
    }
}
