package fi.cocreate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.FormSession;
import fi.cocreate.testing.LoopbackCluster;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
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

    @Test
    @Order(1)
    void theSessionTheDraftAndTheOpenFormFollowThePersonToTheOtherServer() {
        FormSession browser = new FormSession(cluster.url(""));
        browser.login("forum.applicant07@demo.cocreate.fi", DemoLogins.PASSWORD);
        String loggedInOn = servedBy(browser);
        HttpResponse<String> mine = browser.get("/forum/apply/index.xhtml");
        assertEquals(200, mine.statusCode());
        assertNotEquals(loggedInOn, servedBy(browser), "the next request went to the other server");
        assertTrue(!mine.body().contains("name=\"login\""), "still logged in there: " + mine.body());

        HttpResponse<String> step1 = browser.get("/forum/apply/application.xhtml?call=" + openCallId(browser));
        assertTrue(step1.body().contains("Step 1 of 5"), step1.body());
        String formOn = servedBy(browser);
        HttpResponse<String> step2 = browser.post("wizard", personal("Seventh Applicant",
                "forum.applicant07@demo.cocreate.fi"), "next");
        assertNotEquals(formOn, servedBy(browser), "the form was posted to the other server");
        assertTrue(step2.body().contains("Step 2 of 5"), "that server had the open form: " + step2.body());

        HttpResponse<String> back = browser.post("wizard", background("2013"), "back");
        assertTrue(back.body().contains("Step 1 of 5"), back.body());
        String typedOn = servedBy(browser);
        HttpResponse<String> again = browser.post("wizard", personal("Seventh Applicant",
                "forum.applicant07@demo.cocreate.fi"), "next");
        assertNotEquals(typedOn, servedBy(browser));
        assertTrue(again.body().contains("Step 2 of 5") && again.body().contains("2013"),
                "the typed year of arrival, never saved, came along in the view: " + again.body());

        HttpResponse<String> reopened = browser.get("/forum/apply/index.xhtml");
        assertTrue(reopened.body().contains("application.xhtml?id="), "the draft is listed: " + reopened.body());
    }

    @Test
    @Order(2)
    void eachPeriodicJobRunsOncePerClusterPerPeriod() throws Exception {
        // The outbox runs every OUTBOX_POLL_SECONDS (1 s in tests) on a tick of every server; a round is claimed at
        // most once per period (JobLeases), so the rounds over a window are bounded by the periods in it.
        long runsBefore = runs("outbox");
        long started = System.nanoTime();
        LoopbackCluster.awaitCondition("twelve seconds have passed", Duration.ofSeconds(20),
                () -> System.nanoTime() - started >= Duration.ofSeconds(12).toNanos());
        long runsAfter = runs("outbox");
        double seconds = (System.nanoTime() - started) / 1e9;
        long rounds = runsAfter - runsBefore;
        // A claim moves next_run_at 0.9 periods ahead; two servers each running every period would give ~2 per s.
        assertTrue(rounds <= Math.floor(seconds / 0.9) + 2,
                rounds + " rounds in " + seconds + " s: more than once per period");
        assertTrue(rounds >= seconds / 4, rounds + " rounds in " + seconds + " s: the job hardly ran");
        assertTrue(runs("deadline-reminders") <= 1 + (long) Math.ceil(uptimeMinutes() / 1.0),
                "the reminders (period of minutes) no more often than their period");
    }

    @Test
    @Order(3)
    void theLoginThrottleCountsFailuresOnEveryServer() {
        String email = "forum.applicant09@demo.cocreate.fi";
        Set<String> servers = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            FormSession attempt = new FormSession(cluster.url(""));
            HttpResponse<String> refused = attempt.login(email, "not-the-password-" + i);
            assertTrue(refused.body().contains("name=\"login\""), "refused: " + refused.body());
            servers.add(servedBy(attempt));
        }
        assertEquals(2, servers.size(), "the failures were spread over both servers");
        FormSession right = new FormSession(cluster.url(""));
        HttpResponse<String> locked = right.login(email, DemoLogins.PASSWORD);
        assertTrue(locked.body().contains("Too many failed attempts"),
                "locked on whichever server answers: " + locked.body());
    }

    @Test
    @Order(4)
    void aServerKilledInTheMiddleOfAFormLosesNoTypedText() {
        FormSession browser = new FormSession(cluster.url(""));
        browser.login("forum.applicant08@demo.cocreate.fi", DemoLogins.PASSWORD);
        browser.get("/forum/apply/application.xhtml?call=" + openCallId(browser));
        HttpResponse<String> step2 = browser.post("wizard", personal("Eighth Applicant",
                "forum.applicant08@demo.cocreate.fi"), "next");
        assertTrue(step2.body().contains("Step 2 of 5"), step2.body());
        HttpResponse<String> back = browser.post("wizard", background("2011"), "back");
        assertTrue(back.body().contains("Step 1 of 5"), back.body());

        String crashed = servedBy(browser);
        cluster.kill(crashed);
        HttpResponse<String> continued = browser.post("wizard", personal("Eighth Applicant",
                "forum.applicant08@demo.cocreate.fi"), "next");
        assertEquals(200, continued.statusCode(), continued.body());
        assertNotEquals(crashed, servedBy(browser), "the other server answered");
        assertTrue(continued.body().contains("Step 2 of 5") && continued.body().contains("2011"),
                "still logged in, on the same form, with the typed text: " + continued.body());
    }

    private static Map<String, String> personal(String name, String email) {
        return Map.of("fullName", name, "email", email, "yearOfBirth", "1985", "gender", "WOMAN");
    }

    private static Map<String, String> background(String yearOfArrival) {
        return Map.of("countryOfBirth", "SO", "countryOfOrigin", "SO", "newHomeCountry", "SE",
                "yearOfArrival", yearOfArrival, "languages", "so\u0000sv");
    }

    private static String servedBy(FormSession browser) {
        return browser.last().headers().firstValue(INSTANCE)
                .orElseThrow(() -> new AssertionError("no " + INSTANCE + " from the balancer"));
    }

    private static String openCallId(FormSession browser) {
        HttpResponse<String> list = browser.get("/forum/index.xhtml");
        Matcher call = Pattern.compile("second term</h2>.*?call\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(list.body());
        assertTrue(call.find(), list.body());
        return call.group(1);
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

    private static double uptimeMinutes() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 60000.0;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }
}
