package fi.cocreate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.control.LoginThrottlePolicy;
import fi.cocreate.testing.LoopbackCluster;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.PageClient.Form;
import fi.cocreate.testing.PageClient.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers behind a round-robin balancer without sticky sessions, one data grid, one database
 * ({@link LoopbackCluster}): a person's session, draft and open form follow them to whichever server answers, a
 * server killed mid-form loses none of the typed text, each periodic job runs once per cluster per period, and the
 * login throttle counts across servers. Each test uses its own demo account. The crash test kills a server, so it runs
 * last ({@link Order}); the others need both servers and no data of each other.
 *
 * <p>Which server answers is read from the balancer's {@code X-Cocreate-Instance} header, never assumed: where a step
 * must happen on the other server, the test first moves the round robin on (a GET of {@code /health/live}) and then
 * checks that the other server did answer. The wizard's steps are told apart by the fields of the real form (the
 * step's texts may change), and each post sends the form as the page rendered it.
 */
// An explicit order, not the suite's random one: the crash test kills one of the two servers the others need.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String INSTANCE = "X-Cocreate-Instance";
    private static LoopbackCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LoopbackCluster.start(Integer.getInteger("it.http.port", 33408));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * Both servers were started on the empty database at the same moment, each with demo data on, and held at the
     * start-up set-up until both were there ({@link LoopbackCluster}); then they raced. Both came up (the cluster
     * waited for that), one of them applied every migration and the other none, each migration is recorded once, the
     * demo data was loaded once, and there is one administrator.
     */
    @Test
    @Order(0)
    void twoServersStartedAtOnceOnAnEmptyDatabaseSetItUpOnce() throws Exception {
        Set<String> shipped = new HashSet<>();
        try (var files = Files.list(Path.of("db"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .forEach(n -> shipped.add(n.substring(1, n.indexOf("__"))));
        }
        Set<String> recorded = new HashSet<>();
        try (Connection c = database();
                PreparedStatement history = c.prepareStatement("SELECT version, COUNT(*),"
                        + " MIN(success) FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version");
                ResultSet rows = history.executeQuery()) {
            while (rows.next()) {
                assertEquals(1, rows.getInt(2), "migration " + rows.getString(1) + " applied once");
                assertTrue(rows.getBoolean(3), "migration " + rows.getString(1) + " succeeded");
                recorded.add(rows.getString(1));
            }
        }
        assertEquals(shipped, recorded, "every migration of db/ is applied");

        List<Integer> applied = new ArrayList<>();
        int demoLoads = 0;
        for (String log : cluster.serverLogs()) {
            Matcher m = Pattern.compile("\\((\\d+) migrations applied now\\)").matcher(log);
            assertTrue(m.find(), "each server ran the migrations");
            applied.add(Integer.parseInt(m.group(1)));
            assertFalse(m.find(), "once");
            demoLoads += log.contains("Demo data loaded") ? 1 : 0;
            assertTrue(
                    log.contains("Another server is running the start-up set-up"),
                    "each server waited at the set-up while the test held it");
        }
        applied.sort(null);
        assertEquals(List.of(0, shipped.size()), applied, "one server applied them all, the other none");
        assertEquals(1, demoLoads, "the demo data was loaded by one server");
        assertEquals(1, count("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'"), "one administrator");
        assertEquals(
                0,
                count("SELECT COUNT(*) - COUNT(DISTINCT title_en) FROM consultation"),
                "no consultation of the demo data twice");
    }

    @Test
    @Order(1)
    void theSessionTheDraftAndTheOpenFormFollowThePersonToTheOtherServer() {
        PageClient browser = PageClient.english(cluster.url(""));
        Page loggedIn = browser.login("forum.applicant07@demo.cocreate.fi", DemoLogins.PASSWORD);
        String loggedInOn = servedBy(loggedIn);
        nextRequestGoesElsewhere(browser, loggedInOn);
        Page mine = browser.get("/forum/apply/index.xhtml").assertOk();
        assertNotEquals(loggedInOn, servedBy(mine), "the next request went to the other server");

        Page step1 = browser.get("/forum/apply/application.xhtml?call=" + openCallId(browser))
                .assertOk();
        assertTrue(isPersonalStep(step1), "the form opens on the personal step: " + step1.describe());
        String formOn = servedBy(step1);
        nextRequestGoesElsewhere(browser, formOn);
        Page step2 = personal(step1, "Seventh Applicant", "forum.applicant07@demo.cocreate.fi")
                .press("next");
        assertNotEquals(formOn, postedTo(step2), "the form was posted to the other server");
        assertTrue(isBackgroundStep(step2), "that server had the open form: " + step2.describe());

        String step2On = servedBy(step2);
        nextRequestGoesElsewhere(browser, step2On);
        Page back = background(step2, "2013").press("back");
        assertNotEquals(step2On, postedTo(back));
        assertTrue(isPersonalStep(back), back.describe());
        String typedOn = servedBy(back);
        nextRequestGoesElsewhere(browser, typedOn);
        Page again = back.form("wizard").press("next");
        assertNotEquals(typedOn, postedTo(again));
        assertTrue(isBackgroundStep(again), again.describe());
        assertEquals(
                "2013",
                again.form("wizard").value("yearOfArrival"),
                "the typed year of arrival, never saved, came along in the view");

        Page reopened = browser.get("/forum/apply/index.xhtml").assertOk();
        assertFalse(
                reopened.document().select("a[href*=application.xhtml?id=]").isEmpty(),
                "the draft is listed: " + reopened.describe());
    }

    @Test
    @Order(2)
    void eachPeriodicJobRunsOncePerClusterPerPeriod() throws Exception {
        // The outbox runs every OUTBOX_POLL_SECONDS (1 s in tests) on a tick of every server; a round is claimed at
        // most once per period (JobLeases), so the rounds over a window are bounded by the periods in it.
        long runsBefore = runs("outbox");
        long started = System.nanoTime();
        LoopbackCluster.awaitCondition(
                "twelve seconds have passed",
                Duration.ofSeconds(20),
                () -> System.nanoTime() - started >= Duration.ofSeconds(12).toNanos());
        long runsAfter = runs("outbox");
        double seconds = (System.nanoTime() - started) / 1e9;
        long rounds = runsAfter - runsBefore;
        // A claim moves next_run_at 0.9 periods ahead; two servers each running every period would give ~2 per s.
        assertTrue(
                rounds <= Math.floor(seconds / 0.9) + 2,
                rounds + " rounds in " + seconds + " s: more than once per period");
        assertTrue(rounds >= seconds / 4, rounds + " rounds in " + seconds + " s: the job hardly ran");
        assertTrue(
                runs("deadline-reminders") <= 1 + (long) Math.ceil(uptimeMinutes() / 1.0),
                "the reminders (period of minutes) no more often than their period");
    }

    @Test
    @Order(3)
    void theLoginThrottleCountsFailuresOnEveryServer() {
        String email = "forum.applicant09@demo.cocreate.fi";
        Set<String> servers = new HashSet<>();
        // LoginThrottlePolicy.PER_ACCOUNT.freeFailures() failures, spread over both servers, lock the address at the
        // last one.
        int failures = LoginThrottlePolicy.PER_ACCOUNT.freeFailures();
        String lockingRequest = null;
        for (int i = 0; i < failures; i++) {
            Page refused = attemptLogin(email, "not-the-password-" + i, i % 2 == 0 ? "server1" : "server2");
            assertTrue(refused.isLoginPage(), "refused: " + refused.describe());
            assertEquals(
                    i == failures - 1,
                    refused.contains("Too many failed attempts"),
                    "locked only by the last failure (" + (i + 1) + " of " + failures + "): " + refused.describe());
            servers.add(servedBy(refused));
            lockingRequest = refused.firstHeader("X-Request-Id").orElse(null);
        }
        assertEquals(Set.of("server1", "server2"), servers, "the failures were spread over both servers");

        // Structured logs: the balancer's request id (HAProxy's unique-id-header) is on the server's log record of
        // the lock, in the record's thread name (docs/deploy.md, "Health, metrics and logs").
        assertTrue(
                lockingRequest != null && lockingRequest.matches("[0-9a-fA-F-]{36}"),
                "the balancer's id came back: " + lockingRequest);
        String id = lockingRequest;
        LoopbackCluster.awaitCondition("the lock's log record names request " + id, Duration.ofSeconds(15), () -> {
            try {
                return cluster.serverLogs().stream()
                        .flatMap(String::lines)
                        .anyMatch(line -> line.contains("req=" + id) && line.contains("Logins paused"));
            } catch (IOException e) {
                return false;
            }
        });
        for (String server : servers) {
            Page locked = attemptLogin(email, DemoLogins.PASSWORD, server);
            assertEquals(server, servedBy(locked));
            assertTrue(locked.contains("Too many failed attempts"), "locked on " + server + ": " + locked.describe());
        }
    }

    @Test
    @Order(4)
    void aServerKilledInTheMiddleOfAFormLosesNoTypedText() {
        PageClient browser = PageClient.english(cluster.url(""));
        browser.login("forum.applicant08@demo.cocreate.fi", DemoLogins.PASSWORD);
        Page step1 = browser.get("/forum/apply/application.xhtml?call=" + openCallId(browser))
                .assertOk();
        Page step2 = personal(step1, "Eighth Applicant", "forum.applicant08@demo.cocreate.fi")
                .press("next");
        assertTrue(isBackgroundStep(step2), step2.describe());
        Page back = background(step2, "2011").press("back");
        assertTrue(isPersonalStep(back), back.describe());

        String crashed = servedBy(back);
        cluster.kill(crashed);
        Page continued = back.form("wizard").press("next");
        assertEquals(200, continued.status(), continued.describe());
        assertNotEquals(crashed, postedTo(continued), "the other server answered");
        assertFalse(continued.isLoginPage(), "still logged in: " + continued.describe());
        assertTrue(isBackgroundStep(continued), "on the same form: " + continued.describe());
        assertEquals("2011", continued.form("wizard").value("yearOfArrival"), "with the typed text");
    }

    private static Form personal(Page page, String name, String email) {
        return page.form("wizard")
                .set("fullName", name)
                .set("email", email)
                .set("yearOfBirth", "1985")
                .set("gender", "WOMAN");
    }

    private static Form background(Page page, String yearOfArrival) {
        return page.form("wizard")
                .set("countryOfBirth", "SO")
                .set("countryOfOrigin", "SO")
                .set("newHomeCountry", "SE")
                .set("yearOfArrival", yearOfArrival)
                .check("languages", "so", "sv");
    }

    private static boolean isPersonalStep(Page page) {
        return page.status() == 200
                && page.form("wizard").has("fullName")
                && !page.form("wizard").has("yearOfArrival");
    }

    private static boolean isBackgroundStep(Page page) {
        return page.status() == 200
                && page.form("wizard").has("yearOfArrival")
                && !page.form("wizard").has("fullName");
    }

    /** A login through a fresh session whose post lands on {@code server} (checked by the caller). */
    private static Page attemptLogin(String email, String password, String server) {
        PageClient browser = PageClient.english(cluster.url(""));
        Page login = browser.get("/login.xhtml");
        // Round robin: the post goes to the server that did not render the page, so render it on the other one.
        for (int i = 0; i < 3 && servedBy(login).equals(server); i++) {
            login = browser.get("/login.xhtml");
        }
        return login.form("login").set("email", email).set("password", password).press("submit");
    }

    /**
     * Moves the balancer's round robin on until {@code server} served this client's last request, so that its next
     * request goes to the other server. Whoever answers the next one is still checked by the test.
     */
    private static void nextRequestGoesElsewhere(PageClient browser, String server) {
        for (int i = 0; i < 3; i++) {
            if (servedBy(browser.get("/health/live")).equals(server)) {
                return;
            }
        }
    }

    /**
     * Which server answered the request itself: the wizard answers a post with a redirect to its next step
     * (POST-redirect-GET), and the balancer may send that GET to either server.
     */
    private static String postedTo(Page page) {
        return page.firstHeader(INSTANCE)
                .orElseThrow(() -> new AssertionError("no " + INSTANCE + " from the balancer"));
    }

    private static String servedBy(Page page) {
        return page.header(INSTANCE).orElseThrow(() -> new AssertionError("no " + INSTANCE + " from the balancer"));
    }

    /** The open demo call, as the forum's list shows it (the card marked open). */
    private static String openCallId(PageClient browser) {
        Page list = browser.get("/forum/index.xhtml").assertOk();
        for (Element card : list.document().select("article.card:has(.status--open)")) {
            Element details = card.selectFirst("a[href*=call.xhtml?id=]");
            if (details != null) {
                Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(details.attr("href"));
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new AssertionError("no open call on " + list.describe());
    }

    private static long runs(String job) throws SQLException {
        try (Connection c = database();
                PreparedStatement select = c.prepareStatement("SELECT runs FROM scheduled_job WHERE name = ?")) {
            select.setString(1, job);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double uptimeMinutes() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 60000.0;
    }

    private static Connection database() throws SQLException {
        return LoopbackCluster.database();
    }
}
