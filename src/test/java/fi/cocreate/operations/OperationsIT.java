package fi.cocreate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestDatabase;
import fi.cocreate.testing.TestServices;
import fi.cocreate.testing.browser.ServerSide;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
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
 * request id every page answers with; the backup and restore; and the database going away and coming back while
 * people save. These tests run in the test JVM, which owns the embedded database (so a test can stop and start it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        PageClient.Page refused = PageClient.english(app(""))
                .get("/login.xhtml")
                .form("login")
                .set("email", TestAccounts.uniqueEmail("nobody"))
                .set("password", "not-the-password")
                .press("submit");
        assertTrue(refused.isLoginPage(), "the login page again: " + refused.describe());
        double after = refusedLogins();
        assertEquals(before + 1, after, 0.0001, "one more refused login");
        assertTrue(
                get(server("/metrics")).body().contains("cocreate_logins_refused_total"),
                "also in the whole /metrics answer");
    }

    @Test
    void everyPageAnswersWithARequestIdAndKeepsTheBalancersOwn() {
        HttpResponse<String> page = get(app("/login.xhtml"));
        String id = page.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(id.matches("[0-9a-f-]{36}"), "a fresh id: " + id);
        assertTrue(
                !id.equals(get(app("/login.xhtml"))
                        .headers()
                        .firstValue("X-Request-Id")
                        .orElse(id)),
                "each request its own");

        HttpResponse<String> forwarded = send(HttpRequest.newBuilder(URI.create(app("/login.xhtml")))
                .header("X-Request-Id", "balancer-0123456789")
                .build());
        assertEquals(
                "balancer-0123456789",
                forwarded.headers().firstValue("X-Request-Id").orElse(""));
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(app("/login.xhtml")))
                .header("X-Request-Id", "<script>")
                .build());
        assertTrue(
                forged.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"),
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
                ? Path.of(System.getProperty("cocreate.test.dataDir", "target/it-db"), "base", "bin")
                        .toString()
                : "";
        ProcessBuilder check = new ProcessBuilder(
                        "bash",
                        "docker/backup-restore-check.sh",
                        TestDatabase.host(),
                        String.valueOf(TestDatabase.port()),
                        TestDatabase.user(),
                        TestDatabase.password(),
                        db,
                        bin)
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

            assertEquals(
                    original,
                    ServerSide.value(String.format(query, copy, copy), consultation),
                    "the attachment, byte for byte");
            Flyway restored = Flyway.configure()
                    .dataSource(TestDatabase.url(copy), TestDatabase.user(), TestDatabase.password())
                    .locations("filesystem:db")
                    .outOfOrder(true)
                    .load();
            assertEquals(0, restored.info().pending().length, "no migration to run on the restored copy");
            restored.validate();
        } finally {
            try (Connection c = TestDatabase.connect();
                    Statement drop = c.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + copy);
            }
        }
    }

    // ---- The database stops and starts again while people save (issue 14, fault tests)

    private static final String TEXT_FIELD = "fields:0:text";

    /**
     * The database stops (as a crash or maintenance would) and starts again while representatives save drafts of a
     * response. Every save the app acknowledged ("The draft is saved") is in the database afterwards; every save
     * during the outage is answered, in the person's language, with the request to try again and their text kept,
     * never with the error page; readiness says the database is down meanwhile; and once it is back, the same form
     * saves again without anyone restarting anything (the pool validates and drops the dead connections).
     */
    @Test
    void theDatabaseStoppedAndStartedDuringSavesLosesNoAcknowledgedSaveAndRecoversWithoutAnAdministrator()
            throws Exception {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Database outage " + System.nanoTime(), 48);
        String respond = "/consultation/org/respond.xhtml?consultation=" + consultation;
        String finnish = server.representative("Katko ry " + System.nanoTime());
        PageClient fi = inLanguage("fi", finnish);
        PageClient.Page acknowledged = fi.get(respond)
                .assertOk()
                .form("answers")
                .set(TEXT_FIELD, "Tallennettu ennen katkoa")
                .press("save");
        assertTrue(acknowledged.contains(bundle("consultation", "fi", "response.draftSaved")), acknowledged.describe());
        PageClient.Page openForm = fi.get(respond).assertOk();

        // Others keep saving in their languages while the database goes away and comes back.
        List<Saver> savers = List.of(
                new Saver("sv", server.representative("Avbrott rf " + System.nanoTime()), respond),
                new Saver("en", server.representative("Outage Ltd " + System.nanoTime()), respond));
        ExecutorService pool = Executors.newFixedThreadPool(savers.size());
        List<Future<?>> running = new java.util.ArrayList<>();
        savers.forEach(saver -> running.add(pool.submit(saver)));
        try {
            awaitSaves(savers, 1);
            TestServices.stopDatabase();
            try {
                awaitRefusals(savers, 1);
                HttpResponse<String> notReady = get(server("/health/ready"));
                assertEquals(503, notReady.statusCode(), notReady.body());
                assertTrue(
                        notReady.body().replaceAll("\\s", "").contains("\"name\":\"database\",\"status\":\"DOWN\""),
                        notReady.body());

                // A save posted now: not saved, the text kept, the request to try again in Finnish.
                PageClient.Page refused = openForm.form("answers")
                        .set(TEXT_FIELD, "Kirjoitettu katkon aikana")
                        .press("save");
                assertRetryAsked(refused, "fi", "Kirjoitettu katkon aikana");
                // A page opened now: the same, not the error page.
                PageClient.Page opened = fi.get(respond);
                assertEquals(503, opened.status(), opened.describe());
                assertTrue(opened.contains(bundle("text", "fi", "error.unavailable.body")), opened.describe());
            } finally {
                TestServices.startDatabase();
            }
            awaitReady(Duration.ofSeconds(120));

            // The same form, posted again: saved, with nobody having restarted the server or the pool.
            PageClient.Page savedAgain = openForm.form("answers")
                    .set(TEXT_FIELD, "Tallennettu katkon jälkeen")
                    .press("save");
            assertTrue(savedAgain.contains(bundle("consultation", "fi", "response.draftSaved")), savedAgain.describe());
            // Each of the others has its saves acknowledged again, too.
            Map<Saver, Integer> atRestart = new java.util.HashMap<>();
            savers.forEach(saver -> atRestart.put(saver, saver.acknowledgedCount()));
            awaitEach(savers, saver -> saver.acknowledgedCount() > atRestart.get(saver), "saves acknowledged again");
        } finally {
            savers.forEach(Saver::stop);
            for (Future<?> saver : running) {
                saver.get(3, TimeUnit.MINUTES);
            }
            pool.shutdownNow();
        }

        assertEquals("Tallennettu katkon jälkeen", storedText(finnish));
        assertTrue(
                ServerSide.query("SELECT x.text FROM answer x JOIN response_version v ON v.id = x.version_id"
                                + " JOIN response r ON r.id = v.response_id WHERE x.text = 'Kirjoitettu katkon aikana'")
                        .isEmpty(),
                "the save refused during the outage was not stored");
        for (Saver saver : savers) {
            assertTrue(saver.failures.isEmpty(), saver.language + ": " + saver.failures);
            assertTrue(saver.refusedCount() > 0, saver.language + " was asked to retry at least once");
            // The last acknowledged save is stored, or a later one whose answer the outage swallowed: never older.
            String stored = storedText(saver.email);
            int storedNumber = Integer.parseInt(stored.substring(stored.lastIndexOf(' ') + 1));
            assertTrue(
                    storedNumber >= saver.lastAcknowledged,
                    saver.language + ": stored " + stored + ", acknowledged up to " + saver.lastAcknowledged);
        }
    }

    private PageClient inLanguage(String language, String email) {
        PageClient client = new PageClient(app(""), language);
        client.login(email, ConsultationFixtures.PASSWORD);
        client.get("/language?to=" + language + "&back=/");
        return client;
    }

    private static String storedText(String email) {
        return String.valueOf(ServerSide.value(
                "SELECT x.text FROM answer x JOIN response_version v"
                        + " ON v.id = x.version_id JOIN response r ON r.id = v.response_id AND v.number = r.current_version"
                        + " JOIN organisation_representative p ON p.organisation_id = r.organisation_id"
                        + " JOIN account a ON a.id = p.account_id WHERE a.email = ? AND x.text <> ''",
                email));
    }

    /** Not saved, the person asked in their language to try again, what they typed still there: never a 500. */
    private static void assertRetryAsked(PageClient.Page page, String language, String typed) {
        assertTrue(retryAsked(page, language, typed), "asked to retry in " + language + ": " + page.describe());
    }

    private static boolean retryAsked(PageClient.Page page, String language, String typed) {
        boolean typedKept = page.document().select("textarea").stream()
                .anyMatch(t -> t.wholeText().equals(typed));
        if (page.status() == 200) {
            // The database went away during the save itself: the form again, with the message.
            return page.contains(bundle("messages", language, "save.unavailable")) && typedKept;
        }
        // The database was away before the save began: the page that says so, with the typed text.
        return page.status() == 503 && page.contains(bundle("text", language, "error.unavailable.body")) && typedKept;
    }

    private static String bundle(String name, String language, String key) {
        return java.util.ResourceBundle.getBundle("i18n." + name, java.util.Locale.forLanguageTag(language))
                .getString(key);
    }

    private void awaitReady(Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (get(server("/health/ready")).statusCode() != 200) {
            assertTrue(System.nanoTime() < until, "ready again after the database came back");
            Thread.sleep(500);
        }
    }

    private static void awaitSaves(List<Saver> savers, int count) throws InterruptedException {
        awaitEach(savers, s -> s.acknowledgedCount() >= count, "saves acknowledged");
    }

    private static void awaitRefusals(List<Saver> savers, int count) throws InterruptedException {
        awaitEach(savers, s -> s.refusedCount() >= count, "saves refused with a retry request");
    }

    private static void awaitEach(List<Saver> savers, java.util.function.Predicate<Saver> done, String what)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!savers.stream().allMatch(done)) {
            assertTrue(System.nanoTime() < until, what + ": " + savers);
            for (Saver saver : savers) {
                assertTrue(saver.failures.isEmpty(), saver.language + ": " + saver.failures);
            }
            Thread.sleep(200);
        }
    }

    /**
     * A representative saving the draft again and again, numbering each attempt, until stopped. Each answer is one
     * of: acknowledged (the saved page); refused with the request to retry (the outage began before the save
     * committed); saved but its confirmation page not shown (the outage began between the commit and the page after
     * the redirect: the next save then meets its own earlier save as a colleague's change, which the page shows). Any
     * other answer is a failure.
     */
    private final class Saver implements Runnable {

        final String language;
        final String email;
        final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int lastAcknowledged;
        private final PageClient client;
        private final String respond;
        private final java.util.concurrent.atomic.AtomicInteger acknowledged =
                new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger refused =
                new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean stopped;

        Saver(String language, String email, String respond) {
            this.language = language;
            this.email = email;
            this.client = inLanguage(language, email);
            this.respond = respond;
        }

        @Override
        public void run() {
            PageClient.Page form = null;
            int attempt = 0;
            String conflict = new java.text.MessageFormat(
                            bundle("consultation", language, "response.conflicts"),
                            java.util.Locale.forLanguageTag(language))
                    .format(new Object[] {1});
            try {
                while (!stopped) {
                    if (form == null) {
                        PageClient.Page opened = client.get(respond);
                        if (opened.status() == 503
                                && opened.contains(bundle("text", language, "error.unavailable.body"))) {
                            Thread.sleep(200);
                            continue;
                        }
                        form = opened.assertOk();
                    }
                    attempt++;
                    String text = "Draft " + language + " " + attempt;
                    PageClient.Page answer =
                            form.form("answers").set(TEXT_FIELD, text).press("save");
                    boolean committed = String.valueOf(answer.uri().getQuery()).contains("saved=draft");
                    if (committed
                            && answer.status() == 200
                            && answer.contains(bundle("consultation", language, "response.draftSaved"))) {
                        lastAcknowledged = attempt;
                        acknowledged.incrementAndGet();
                        form = answer;
                    } else if (committed && answer.status() == 503) {
                        // saved, but the page after the redirect could not load: keep the form that was posted
                    } else if (!committed && retryAsked(answer, language, text)) {
                        refused.incrementAndGet();
                        form = answer.status() == 200 ? answer : form;
                        Thread.sleep(200);
                    } else if (!committed && answer.status() == 200 && answer.contains(conflict)) {
                        form = answer; // its own earlier save, whose confirmation the outage swallowed
                    } else {
                        failures.add("attempt " + attempt + ": " + answer.describe());
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | AssertionError e) {
                failures.add("attempt " + attempt + ": " + e);
            }
        }

        void stop() {
            stopped = true;
        }

        int acknowledgedCount() {
            return acknowledged.get();
        }

        int refusedCount() {
            return refused.get();
        }

        @Override
        public String toString() {
            return language + " acknowledged " + acknowledged + ", refused " + refused;
        }
    }
}
