package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.FacesClient;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
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
        for (String page : List.of("/staff/index.xhtml", "/consultation/org/index.xhtml", "/forum/apply/index.xhtml",
                "/forum/panel/index.xhtml", "/admin/users.xhtml", "/dev/mail.xhtml", "/staff/outbox.xhtml")) {
            HttpResponse<Void> response = FacesClient.headWithoutRedirect(url(page));
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"), page);
        }
    }

    @Test
    void publicPagesNeedNoLogin() {
        FacesClient browser = FacesClient.english(url(""));
        HttpResponse<String> home = browser.get("/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("The role of organisations in integration work"), "demo consultation shown");
        assertTrue(home.body().contains("Skip to content"), "skip link present");
        assertEquals(200, browser.get("/consultation/index.xhtml").statusCode());
        assertEquals(200, browser.get("/forum/index.xhtml").statusCode());
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
            FacesClient browser = FacesClient.english(url(""));
            HttpResponse<String> afterLogin = browser.login(login.email(), DemoLogins.PASSWORD);
            assertTrue(afterLogin.body().contains(login.email()), login.role() + " sees who is logged in");
            assertEquals(200, browser.get(area).statusCode(), login.role() + " reaches " + area);
            String forbidden = login.role() == fi.cocreate.identity.entity.Role.ADMIN
                    ? "/forum/panel/index.xhtml" : "/admin/users.xhtml";
            HttpResponse<String> refused = browser.get(forbidden);
            assertEquals(403, refused.statusCode(), login.role() + " is refused " + forbidden);
            assertTrue(refused.body().contains("No access"), "friendly 403 page");
        });
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        FacesClient browser = FacesClient.english(url(""));
        HttpResponse<String> response = browser.login(DemoLogins.STAFF.email(), "not-the-password");
        assertTrue(response.body().contains("Wrong email address or password."), response.body());
        assertEquals(302, FacesClient.headWithoutRedirect(url("/staff/index.xhtml")).statusCode());
    }

    @Test
    void registrationMailsAVerificationLinkThatActivatesTheAccount() throws Exception {
        String email = TestAccounts.uniqueEmail("newcomer");
        FacesClient browser = FacesClient.english(url(""));
        HttpResponse<String> registered = browser.submit("/register.xhtml", "registration", Map.of(
                "role", "ORG_REP", "name", "Nina Newcomer", "email", email,
                "password", "a long enough password", "passwordAgain", "a long enough password",
                "privacy_input", "on"), "submit");
        assertTrue(registered.body().contains("We sent a message to " + email), registered.body());

        HttpResponse<String> tooEarly = browser.login(email, "a long enough password");
        assertTrue(tooEarly.body().contains("Your email address is not confirmed yet"), tooEarly.body());

        MimeMessage mail = MailSinkClient.forTests().awaitMails(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Confirm your email address", mail.getSubject());
        String link = linkIn(mail);

        HttpResponse<String> verified = browser.get(link);
        assertTrue(verified.body().contains("Your email address is confirmed"), verified.body());
        HttpResponse<String> again = browser.get(link);
        assertTrue(again.body().contains("This link has already been used"), again.body());

        browser.login(email, "a long enough password");
        assertEquals(200, browser.get("/consultation/org/index.xhtml").statusCode());
    }

    @Test
    void repeatedWrongPasswordsPauseLoginsForThatAddressEvenWithTheRightPassword() throws Exception {
        String email = TestAccounts.uniqueEmail("guessed");
        String password = "the right long password";
        FacesClient browser = FacesClient.english(url(""));
        browser.submit("/register.xhtml", "registration", Map.of("role", "APPLICANT", "name", "Gus Guessed",
                "email", email, "password", password, "passwordAgain", password, "privacy_input", "on"), "submit");
        browser.get(linkIn(MailSinkClient.forTests().awaitMails(email, 1, Duration.ofSeconds(30)).get(0)));

        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrong = browser.login(email, "wrong guess number " + attempt);
            assertTrue(wrong.body().contains("Wrong email address or password."), "attempt " + attempt);
        }
        HttpResponse<String> fifth = browser.login(email, "wrong guess number 5");
        assertTrue(fifth.body().contains("Too many failed attempts with this email address"), fifth.body());
        HttpResponse<String> right = browser.login(email, password);
        assertTrue(right.body().contains("try again in 1 minute(s)"), right.body());
        HttpResponse<String> ownArea = browser.get("/forum/apply/index.xhtml");
        assertTrue(ownArea.uri().getPath().endsWith("/login.xhtml"), "not logged in while locked: " + ownArea.uri());

        HttpResponse<String> unknown = FacesClient.english(url("")).login(TestAccounts.uniqueEmail("nobody"), "x");
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
            assertTrue(wrong.contains("Wrong email address or password."), "attempt " + attempt + ": " + wrong.describe());
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

        PageClient neighbour = PageClient.english(overLoopback()).header("X-Forwarded-For", "198.19.0.1, " + sprayerAddress);
        assertTrue(attempt(neighbour, DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD)
                .contains("Too many failed logins from your network"),
                "writing another address to the left of the proxy's does not escape the limit");
        PageClient elsewhere = PageClient.english(overLoopback()).header("X-Forwarded-For", "198.19.1." + (int) (1 + Math.random() * 250));
        elsewhere.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        elsewhere.get("/forum/apply/index.xhtml").assertOk();
    }

    private String overLoopback() {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "");
    }

    private static PageClient.Page attempt(PageClient client, String email, String password) {
        return client.get("/login.xhtml").form("login").set("email", email).set("password", password)
                .press("submit");
    }

    @Test
    void afterAWrongPasswordAProtectedPageStillLeadsToTheLoginForm() {
        FacesClient browser = FacesClient.english(url(""));
        browser.login(DemoLogins.APPLICANT.email(), "a mistyped password");
        HttpResponse<String> page = browser.get("/forum/apply/index.xhtml");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.statusCode() + " " + page.uri());
        assertTrue(page.body().contains("id=\"login\""), "the login form is shown, not an empty page");
        browser.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        assertEquals(200, browser.get("/forum/apply/index.xhtml").statusCode());
    }

    @Test
    void registrationRefusesAShortPasswordAndKeepsWhatWasTyped() {
        FacesClient browser = FacesClient.english(url(""));
        String email = TestAccounts.uniqueEmail("short");
        HttpResponse<String> response = browser.submit("/register.xhtml", "registration", Map.of(
                "role", "APPLICANT", "name", "Sam Short", "email", email, "password", "short",
                "passwordAgain", "short", "privacy_input", "on"), "submit");
        assertTrue(response.body().contains("at least 10 characters"), response.body());
        assertTrue(response.body().contains(email), "the typed email is kept");
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        String email = TestAccounts.uniqueEmail("forgetful");
        FacesClient browser = FacesClient.english(url(""));
        browser.submit("/register.xhtml", "registration", Map.of("role", "APPLICANT", "name", "Fay Forgetful",
                "email", email, "password", "first password here", "passwordAgain", "first password here",
                "privacy_input", "on"), "submit");
        MailSinkClient.forTests().awaitMails(email, 1, Duration.ofSeconds(30));

        HttpResponse<String> asked = browser.submit("/forgot-password.xhtml", "forgot", Map.of("email", email),
                "sendReset");
        assertTrue(asked.body().contains("we sent a link for setting a new password"), asked.body());
        MimeMessage resetMail = MailSinkClient.forTests().awaitMails(email, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("Set a new password", resetMail.getSubject());

        String link = linkIn(resetMail);
        String path = link.substring(link.indexOf("/reset-password.xhtml"));
        HttpResponse<String> done = browser.submit(path, "reset", Map.of("password", "second password here",
                "passwordAgain", "second password here"), "submit");
        assertTrue(done.body().contains("Your new password is saved"), done.body());

        HttpResponse<String> loggedIn = browser.login(email, "second password here");
        assertTrue(loggedIn.body().contains(email), loggedIn.body());
    }

    @Test
    void logoutEndsTheSession() {
        FacesClient browser = FacesClient.english(url(""));
        browser.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        assertEquals(200, browser.get("/staff/index.xhtml").statusCode());
        HttpResponse<String> home = browser.submit("/index.xhtml", "logoutForm", Map.of(), "logout");
        assertTrue(home.body().contains("Log in"), "logged out");
        HttpResponse<String> after = browser.get("/staff/index.xhtml");
        assertTrue(after.uri().getPath().endsWith("/login.xhtml"), "protected page asks for login again");
    }

    @Test
    void languageSwitchServesSwedishAndReturnsToThePage() {
        FacesClient browser = FacesClient.english(url(""));
        HttpResponse<String> swedish = browser.get("/language?to=sv&back=%2Fconsultation%2Findex.xhtml");
        assertTrue(swedish.uri().getPath().endsWith("/consultation/index.xhtml"), swedish.uri().toString());
        assertTrue(swedish.body().contains("lang=\"sv\""), "html lang follows the choice");
        assertTrue(swedish.body().contains("Organisationernas roll i integrationsarbetet"), "content in Swedish");
        HttpResponse<String> finnish = browser.get("/language?to=fi&back=%2Findex.xhtml");
        assertTrue(finnish.body().contains("Osallistu kotoutumisty\u00f6h\u00f6n"), "Finnish home page");
    }

    private static String linkIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(MailSinkClient.text(mail));
        assertTrue(matcher.find(), "the mail has a link");
        return matcher.group(1);
    }
}
