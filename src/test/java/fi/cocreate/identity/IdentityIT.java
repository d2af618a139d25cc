package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, roles and self-registration through the real pages, as a browser would use them, against the real database
 * and SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+\\?token=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void anonymousVisitorIsSentToLoginFromEveryProtectedArea() {
        for (String page : List.of(
                "/staff/index.xhtml",
                "/consultation/org/index.xhtml",
                "/forum/apply/index.xhtml",
                "/forum/panel/index.xhtml",
                "/admin/users.xhtml",
                "/dev/mail.xhtml",
                "/staff/outbox.xhtml")) {
            PageClient.Page response = PageClient.english(url("")).get(page);
            assertTrue(response.firstHeader("Location").orElse("").contains("/login.xhtml"), "redirected: " + page);
            assertTrue(response.isLoginPage(), page + ": " + response.describe());
        }
    }

    @Test
    void publicPagesNeedNoLogin() {
        PageClient browser = PageClient.english(url(""));
        PageClient.Page home = browser.get("/index.xhtml").assertOk();
        assertTrue(home.body().contains("The role of organisations in integration work"), "demo consultation shown");
        assertTrue(home.body().contains("Skip to content"), "skip link present");
        assertEquals(200, browser.get("/consultation/index.xhtml").status());
        assertEquals(200, browser.get("/forum/index.xhtml").status());
    }

    @Test
    void eachRoleLogsInAndReachesOnlyItsOwnArea() {
        Map<DemoLogins.Login, String> areas = Map.of(
                DemoLogins.ADMIN, "/admin/users.xhtml",
                DemoLogins.STAFF, "/staff/outbox.xhtml",
                DemoLogins.ORG_REP, "/consultation/org/index.xhtml",
                DemoLogins.APPLICANT, "/forum/apply/index.xhtml",
                DemoLogins.PANELIST, "/forum/panel/index.xhtml");
        areas.forEach((login, area) -> {
            PageClient browser = PageClient.english(url(""));
            PageClient.Page afterLogin = browser.login(login.email(), DemoLogins.PASSWORD);
            assertTrue(
                    afterLogin.contains(login.email()) && afterLogin.document().getElementById("logoutForm") != null,
                    login.role() + " sees who is logged in and can log out");
            assertEquals(200, browser.get(area).assertOk().status(), login.role() + " reaches " + area);
            String forbidden = login.role() == fi.cocreate.identity.entity.Role.ADMIN
                    ? "/forum/panel/index.xhtml"
                    : "/admin/users.xhtml";
            PageClient.Page refused = browser.get(forbidden);
            assertEquals(403, refused.status(), login.role() + " is refused " + forbidden);
            assertTrue(refused.body().contains("No access"), "friendly 403 page");
        });
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        PageClient browser = PageClient.english(url(""));
        PageClient.Page response = attempt(browser, DemoLogins.STAFF.email(), "not-the-password");
        assertTrue(
                response.isLoginPage() && response.contains("Wrong email address or password."), response.describe());
        assertTrue(browser.get("/staff/index.xhtml").isLoginPage(), "the same browser is not logged in");
    }

    @Test
    void registrationMailsAVerificationLinkThatActivatesTheAccount() throws Exception {
        String email = TestAccounts.uniqueEmail("newcomer");
        PageClient browser = PageClient.english(url(""));
        PageClient.Page registered = register(browser, "ORG_REP", "Nina Newcomer", email, "a long enough password");
        assertTrue(registered.body().contains("We sent a message to " + email), registered.body());

        PageClient.Page tooEarly = attempt(browser, email, "a long enough password");
        assertTrue(tooEarly.body().contains("Your email address is not confirmed yet"), tooEarly.body());

        MimeMessage mail = MailSinkClient.forTests()
                .awaitMails(email, 1, Duration.ofSeconds(30))
                .get(0);
        assertEquals("Confirm your email address", mail.getSubject());
        String link = linkIn(mail);

        PageClient.Page verified = browser.get(link);
        assertTrue(verified.body().contains("Your email address is confirmed"), verified.body());
        PageClient.Page again = browser.get(link);
        assertTrue(again.body().contains("This link has already been used"), again.body());

        browser.login(email, "a long enough password");
        browser.get("/consultation/org/index.xhtml").assertOk();
    }

    @Test
    void repeatedWrongPasswordsPauseLoginsForThatAddressEvenWithTheRightPassword() throws Exception {
        String email = TestAccounts.uniqueEmail("guessed");
        String password = "the right long password";
        PageClient browser = PageClient.english(url(""));
        assertTrue(
                register(browser, "APPLICANT", "Gus Guessed", email, password)
                        .contains("We sent a message to " + email),
                "registered");
        browser.get(linkIn(MailSinkClient.forTests()
                .awaitMails(email, 1, Duration.ofSeconds(30))
                .get(0)));

        for (int attempt = 1; attempt <= 4; attempt++) {
            PageClient.Page wrong = attempt(browser, email, "wrong guess number " + attempt);
            assertTrue(wrong.body().contains("Wrong email address or password."), "attempt " + attempt);
        }
        PageClient.Page fifth = attempt(browser, email, "wrong guess number 5");
        assertTrue(fifth.body().contains("Too many failed attempts with this email address"), fifth.body());
        PageClient.Page right = attempt(browser, email, password);
        assertTrue(right.body().contains("try again in 1 minute(s)"), right.body());
        PageClient.Page ownArea = browser.get("/forum/apply/index.xhtml");
        assertTrue(ownArea.isLoginPage(), "not logged in while locked: " + ownArea.describe());

        PageClient.Page unknown = attempt(PageClient.english(url("")), TestAccounts.uniqueEmail("nobody"), "x");
        assertTrue(unknown.body().contains("Wrong email address or password."), "an unknown address looks the same");
    }

    @Test
    void oneClientSprayingPasswordsAcrossAddressesIsPausedInItsLanguageWhileOtherClientsLogIn() {
        // The test server trusts loopback as a proxy (TRUSTED_PROXIES in pom.xml), so a client connecting over
        // loopback is the address the "proxy" forwards.
        String sprayerAddress = "198.18." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
        PageClient sprayer = PageClient.english(overLoopback()).header("X-Forwarded-For", sprayerAddress);
        for (int attempt = 1; attempt < 30; attempt++) {
            PageClient.Page wrong = attempt(sprayer, TestAccounts.uniqueEmail("sprayed" + attempt), "Summer2026!");
            assertTrue(
                    wrong.contains("Wrong email address or password."), "attempt " + attempt + ": " + wrong.describe());
        }
        PageClient.Page thirtieth = attempt(sprayer, TestAccounts.uniqueEmail("sprayed30"), "Summer2026!");
        assertTrue(thirtieth.contains("Too many failed logins from your network"), thirtieth.describe());

        PageClient.Page right = attempt(sprayer, DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        assertTrue(right.contains("try again in 1 minute(s)"), "even a right password waits: " + right.describe());
        assertTrue(sprayer.get("/forum/apply/index.xhtml").isLoginPage(), "not logged in while paused");
        PageClient finnish = new PageClient(overLoopback(), "fi").header("X-Forwarded-For", sprayerAddress);
        assertTrue(attempt(finnish, DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD)
                .contains("Liian monta epäonnistunutta kirjautumista verkostasi"));
        PageClient swedish = new PageClient(overLoopback(), "sv").header("X-Forwarded-For", sprayerAddress);
        assertTrue(attempt(swedish, DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD)
                .contains("För många misslyckade inloggningar från ditt nätverk"));

        PageClient neighbour =
                PageClient.english(overLoopback()).header("X-Forwarded-For", "198.19.0.1, " + sprayerAddress);
        assertTrue(
                attempt(neighbour, DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD)
                        .contains("Too many failed logins from your network"),
                "writing another address to the left of the proxy's does not escape the limit");
        PageClient elsewhere = PageClient.english(overLoopback())
                .header("X-Forwarded-For", "198.19.1." + (int) (1 + Math.random() * 250));
        elsewhere.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        elsewhere.get("/forum/apply/index.xhtml").assertOk();
    }

    private String overLoopback() {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "");
    }

    /** Fills in and sends the registration form as a browser does, the privacy notice accepted. */
    private static PageClient.Page register(
            PageClient browser, String role, String name, String email, String password) {
        return browser.get("/register.xhtml")
                .assertOk()
                .form("registration")
                .set("role", role)
                .set("name", name)
                .set("email", email)
                .set("password", password)
                .set("passwordAgain", password)
                .check("privacy_input", "on")
                .press("submit");
    }

    private static PageClient.Page attempt(PageClient client, String email, String password) {
        return client.get("/login.xhtml")
                .form("login")
                .set("email", email)
                .set("password", password)
                .press("submit");
    }

    @Test
    void afterAWrongPasswordAProtectedPageStillLeadsToTheLoginForm() {
        PageClient browser = PageClient.english(url(""));
        attempt(browser, DemoLogins.APPLICANT.email(), "a mistyped password");
        PageClient.Page page = browser.get("/forum/apply/index.xhtml");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.describe());
        assertTrue(page.isLoginPage(), "the login form is shown, not an empty page");
        browser.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        browser.get("/forum/apply/index.xhtml").assertOk();
    }

    @Test
    void registrationRefusesAShortPasswordAndKeepsWhatWasTyped() {
        PageClient browser = PageClient.english(url(""));
        String email = TestAccounts.uniqueEmail("short");
        PageClient.Page response = register(browser, "APPLICANT", "Sam Short", email, "short");
        assertTrue(response.body().contains("at least 10 characters"), response.body());
        assertTrue(response.body().contains(email), "the typed email is kept");
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        String email = TestAccounts.uniqueEmail("forgetful");
        PageClient browser = PageClient.english(url(""));
        assertTrue(
                register(browser, "APPLICANT", "Fay Forgetful", email, "first password here")
                        .contains("We sent a message to " + email),
                "registered");
        MailSinkClient.forTests().awaitMails(email, 1, Duration.ofSeconds(30));

        PageClient.Page asked = browser.get("/forgot-password.xhtml")
                .form("forgot")
                .set("email", email)
                .press("sendReset");
        assertTrue(asked.body().contains("we sent a link for setting a new password"), asked.body());
        MimeMessage resetMail = MailSinkClient.forTests()
                .awaitMails(email, 2, Duration.ofSeconds(30))
                .get(1);
        assertEquals("Set a new password", resetMail.getSubject());

        String link = linkIn(resetMail);
        String path = link.substring(link.indexOf("/reset-password.xhtml"));
        PageClient.Page done = browser.get(path)
                .assertOk()
                .form("reset")
                .set("password", "second password here")
                .set("passwordAgain", "second password here")
                .press("submit");
        assertTrue(done.body().contains("Your new password is saved"), done.body());

        PageClient.Page loggedIn = browser.login(email, "second password here");
        assertTrue(loggedIn.document().getElementById("logoutForm") != null, loggedIn.describe());
        assertTrue(
                attempt(PageClient.english(url("")), email, "first password here")
                        .isLoginPage(),
                "the old password no longer works");
    }

    @Test
    void logoutEndsTheSession() {
        PageClient browser = PageClient.english(url(""));
        browser.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        browser.get("/staff/index.xhtml").assertOk();
        PageClient.Page home = browser.get("/index.xhtml").form("logoutForm").press("logout");
        assertTrue(home.contains("Log in") && home.document().getElementById("logoutForm") == null, "logged out");
        PageClient.Page after = browser.get("/staff/index.xhtml");
        assertTrue(after.isLoginPage(), "protected page asks for login again");
    }

    @Test
    void languageSwitchServesSwedishAndReturnsToThePage() {
        PageClient browser = PageClient.english(url(""));
        PageClient.Page swedish = browser.get("/language?to=sv&back=%2Fconsultation%2Findex.xhtml");
        assertTrue(
                swedish.uri().getPath().endsWith("/consultation/index.xhtml"),
                swedish.uri().toString());
        assertTrue(swedish.body().contains("lang=\"sv\""), "html lang follows the choice");
        assertTrue(swedish.body().contains("Organisationernas roll i integrationsarbetet"), "content in Swedish");
        PageClient.Page finnish = browser.get("/language?to=fi&back=%2Findex.xhtml");
        assertTrue(finnish.body().contains("Osallistu kotoutumisty\u00f6h\u00f6n"), "Finnish home page");
    }

    /**
     * Addresses a link could hand the app to send a person back to that lead out of it, or that a browser reads
     * differently from a server: other hosts (with a scheme, scheme-relative, with backslashes a browser reads as
     * slashes, with a tab or a space a browser drops, percent-encoded slashes decoded once by the server), scripts,
     * and line breaks that would start a header of their own.
     */
    private static final List<String> LEAVING = List.of(
            "https://evil.example/",
            "HTTPS://evil.example/",
            "http:evil.example",
            "https:/evil.example",
            "//evil.example/",
            "///evil.example/",
            "/\\evil.example/",
            "\\\\evil.example/",
            "/\\/evil.example",
            " //evil.example/",
            "/\t/evil.example",
            "/\n/evil.example",
            "%2F%2Fevil.example",
            "%2f%2Fevil.example/",
            "javascript:alert(1)",
            "JavaScript:alert(document.domain)",
            "data:text/html,<script>alert(1)</script>",
            "/ok\r\nSet-Cookie: planted=1",
            "/ok\nLocation: https://evil.example/",
            "/ok\u010d\u010aSet-Cookie: planted=1",
            "evil.example");

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The {@code Location} of a redirect, checked as a browser would follow it: to this app (a path on the same
     * origin, or an absolute address of the same origin), with nothing a browser would read as another host, and no
     * header planted through a line break. Answers the path and query it leads to.
     */
    private String redirectWithinApp(PageClient.Page answer, String what) {
        assertTrue(answer.status() == 302 || answer.status() == 303, what + ": a redirect, not " + answer.describe());
        List<String> locations = answer.headers("Location");
        assertEquals(1, locations.size(), what + ": one Location, not " + locations);
        String location = locations.get(0);
        assertTrue(
                location.chars().noneMatch(c -> c < 0x21 || c == '\\' || c > 0x7e),
                what + ": no space, control character, backslash or non-ASCII in " + location);
        assertTrue(
                answer.headers("Set-Cookie").stream().noneMatch(c -> c.contains("planted")),
                what + ": no header planted: " + answer.headers("Set-Cookie"));
        java.net.URI app = java.net.URI.create(url("/"));
        java.net.URI target = app.resolve(location);
        assertEquals(app.getScheme(), target.getScheme(), what + ": " + location);
        assertEquals(app.getAuthority(), target.getAuthority(), what + ": the same host and port, " + location);
        assertTrue(target.getRawPath().startsWith(app.getRawPath()), what + ": inside the app, " + location);
        String path = "/" + target.getRawPath().substring(app.getRawPath().length());
        assertTrue(!path.startsWith("//"), what + ": " + location);
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    private PageClient.Page loginWithNext(PageClient client, String nextQuery) {
        return client.get("/login.xhtml" + nextQuery)
                .form("login")
                .set("email", DemoLogins.APPLICANT.email())
                .set("password", DemoLogins.PASSWORD)
                .press("submit");
    }

    @Test
    void theLoginReturnsOnlyToAPageOfTheAppAndOtherwiseToTheRolesStartPage() {
        String start = "/forum/apply/index.xhtml";
        PageClient.Page honoured = loginWithNext(
                PageClient.english(url("")).notFollowingRedirects(),
                "?next=" + encoded("/forum/index.xhtml?from=login"));
        assertEquals("/forum/index.xhtml?from=login", redirectWithinApp(honoured, "a page of the app"));
        for (String evil : LEAVING) {
            PageClient.Page answer =
                    loginWithNext(PageClient.english(url("")).notFollowingRedirects(), "?next=" + encoded(evil));
            assertEquals(start, redirectWithinApp(answer, "next=" + evil), "next=" + evil);
        }
        // Twice encoded: the server decodes once, so a path of the app with %2F in it is only a page that is not there.
        PageClient.Page twice =
                loginWithNext(PageClient.english(url("")).notFollowingRedirects(), "?next=%2F%252F%252Fevil.example");
        assertTrue(redirectWithinApp(twice, "twice encoded").startsWith("/"), "stays in the app");
    }

    @Test
    void theLanguageSwitchReturnsOnlyToAPageOfTheAppAndOtherwiseToTheHomePage() {
        PageClient browser = PageClient.english(url("")).notFollowingRedirects();
        assertEquals(
                "/consultation/index.xhtml?page=2",
                redirectWithinApp(
                        browser.get("/language?to=sv&back=" + encoded("/consultation/index.xhtml?page=2")), "local"));
        for (String evil : LEAVING) {
            PageClient.Page answer = browser.get("/language?to=fi&back=" + encoded(evil));
            assertEquals("/", redirectWithinApp(answer, "back=" + evil), "back=" + evil);
        }
        assertEquals("/", redirectWithinApp(browser.get("/language?to=en"), "no back"));
    }

    @Test
    void aProtectedPageAskedForByAStrangeAddressSendsToTheLoginAndThenStaysInTheApp() {
        for (String asked : List.of(
                "/forum/apply/index.xhtml?then=" + encoded("https://evil.example/"),
                "//evil.example/forum/apply/index.xhtml",
                "/forum/apply/index.xhtml/..//evil.example",
                "/forum/apply/%2F%2Fevil.example")) {
            PageClient browser = PageClient.english(url("")).notFollowingRedirects();
            PageClient.Page first = browser.get(url("") + asked);
            if (first.status() != 302 && first.status() != 303) {
                assertTrue(
                        first.status() == 400 || first.status() == 404,
                        asked + ": refused, or a redirect: " + first.describe());
                continue;
            }
            String login = redirectWithinApp(first, asked);
            assertTrue(login.startsWith("/login.xhtml?next="), asked + " leads to the login page: " + login);
            PageClient.Page after = browser.get(login)
                    .form("login")
                    .set("email", DemoLogins.APPLICANT.email())
                    .set("password", DemoLogins.PASSWORD)
                    .press("submit");
            redirectWithinApp(after, "after logging in from " + asked);
        }
    }

    @Test
    void loggingOutGoesHomeWhateverTheFormOrRefererSays() {
        PageClient browser = PageClient.english(url(""));
        browser.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient.Page page = browser.get("/staff/index.xhtml").assertOk();
        PageClient.Page out = browser.notFollowingRedirects()
                .header("Referer", "https://evil.example/")
                .get("/staff/index.xhtml")
                .form("logoutForm")
                .forge("next", "https://evil.example/")
                .forge("back", "//evil.example/")
                .forge("return", "//evil.example/")
                .press("logout");
        assertEquals("/index.xhtml", redirectWithinApp(out, "logout"));
        assertTrue(page.contains(DemoLogins.STAFF.email()), "was logged in");
        assertTrue(browser.get("/staff/index.xhtml").isLoginPage(), "logged out");
    }

    @Test
    void aFormPostedAfterTheLoginEndedOffersToLogInAgainOnlyToThePageOfTheApp() {
        PageClient browser = PageClient.english(url(""));
        browser.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        PageClient.Form open =
                browser.get("/forum/apply/index.xhtml").assertOk().form("logoutForm");
        browser.get("/index.xhtml").form("logoutForm").press("logout");

        PageClient.Page ended = open.press("logout");
        PageClient other =
                PageClient.english(url("")).header("Referer", "https://evil.example/forum/apply/index.xhtml");
        other.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        PageClient.Form theirs =
                other.get("/forum/apply/index.xhtml").assertOk().form("logoutForm");
        other.get("/index.xhtml").form("logoutForm").press("logout");
        PageClient.Page refererElsewhere = theirs.press("logout");

        for (PageClient.Page page : List.of(ended, refererElsewhere)) {
            org.jsoup.nodes.Element again = page.document().getElementById("logInAgain");
            assertTrue(again != null, "the page offers to log in again: " + page.describe());
            java.net.URI link = java.net.URI.create(again.absUrl("href"));
            assertEquals(java.net.URI.create(url("/")).getAuthority(), link.getAuthority(), link.toString());
            assertEquals("/login.xhtml?next=/forum/apply/index.xhtml", link.getPath() + "?" + link.getQuery());
        }

        // The page's own parameter (after an AJAX post) forged to another host: the link still goes to the login
        // page, which does not follow it.
        PageClient forged = PageClient.english(url("")).notFollowingRedirects();
        PageClient.Page page = forged.get("/error/expired.xhtml?loginEnded=" + encoded("//evil.example/"));
        org.jsoup.nodes.Element again = page.document().getElementById("logInAgain");
        assertTrue(again != null, page.describe());
        java.net.URI link = java.net.URI.create(again.absUrl("href"));
        assertEquals(java.net.URI.create(url("/")).getAuthority(), link.getAuthority(), link.toString());
        assertTrue(link.getRawPath().endsWith("/login.xhtml"), link.toString());
        PageClient.Page after = loginWithNext(forged, "?" + link.getRawQuery());
        assertEquals("/forum/apply/index.xhtml", redirectWithinApp(after, "login from the forged link"));
    }

    private static String linkIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(MailSinkClient.text(mail));
        assertTrue(matcher.find(), "the mail has a link");
        return matcher.group(1);
    }
}
