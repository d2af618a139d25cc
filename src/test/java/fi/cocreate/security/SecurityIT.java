package fi.cocreate.security;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ConsultationFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holes of issue 14 outside identity, tried through the real HTTP interface as a browser or an attacker would:
 * security headers, text that used to be cut or coerced silently, Unicode, wrong parameters, drafts and remote links.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    ConsultationAdmin admin;

    @Inject
    ConsultationEvents events;

    @Inject
    Consultations consultations;

    @Inject
    EventRegistrations registrations;

    @Inject
    Responses responses;

    @Inject
    Accounts accounts;

    @Inject
    ServletContext servletContext;

    @Inject
    fi.cocreate.consultation.boundary.Attachments attachments;

    @Inject
    fi.cocreate.subscription.boundary.Subscriptions subscriptions;

    @Inject
    fi.cocreate.privacy.boundary.PersonalData personalData;

    @Inject
    fi.cocreate.privacy.boundary.ConsultationRetention retention;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction tx;

    @AfterEach
    void forgetActor() {
        ActingCaller.clear();
    }

    private String base() {
        return System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
    }

    private PageClient anonymous() {
        return PageClient.english(base());
    }

    /** An English browser logged in: the login went past the login page (not just echoed the address back). */
    private PageClient loggedIn(String email, String password) {
        PageClient browser = anonymous();
        browser.login(email, password);
        return browser;
    }

    /** Posts the login form and returns the answer as it is, for a login that must fail. */
    private static PageClient.Page tryLogin(PageClient browser, String email, String password) {
        return browser.get("/login.xhtml")
                .form("login")
                .set("email", email)
                .set("password", password)
                .press("submit");
    }

    /** Fills the registration form of the register page as a representative and sends it. */
    private static PageClient.Page register(PageClient browser, String name, String email) {
        return browser.get("/register.xhtml")
                .assertOk()
                .form("registration")
                .set("role", "ORG_REP")
                .set("name", name)
                .set("email", email)
                .set("password", PASSWORD)
                .set("passwordAgain", PASSWORD)
                .check("privacy_input", "on")
                .press("submit");
    }

    private static HttpResponse<String> raw(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- 1. Security headers

    @Test
    void everyFacesPageHasANoncePolicyThatEveryScriptCarriesAndNoInlineHandlers() throws Exception {
        for (String page : List.of(
                "/",
                "/login.xhtml",
                "/register.xhtml",
                "/consultation/index.xhtml",
                "/forum/index.xhtml",
                "/subscribe/index.xhtml",
                "/consultation/view.xhtml?id=abc",
                "/consultation/view.xhtml?id=" + Long.MAX_VALUE)) {
            HttpResponse<String> response = raw(base() + page);
            assertEquals(page.contains("?id=") ? 404 : 200, response.statusCode(), page);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), "exactly one policy on " + page + ": " + policies);
            Matcher nonce = NONCE.matcher(policies.get(0));
            assertTrue(nonce.find(), "a nonce on " + page + ": " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
            assertTrue(policies.get(0).contains("object-src 'none'"), policies.get(0));
            Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(response.body());
            int scripts = 0;
            while (script.find()) {
                scripts++;
                assertTrue(
                        script.group().contains("nonce=\"" + nonce.group(1) + "\""),
                        "every script on " + page + " carries this response's nonce: " + script.group());
            }
            assertTrue(scripts > 0, "PrimeFaces scripts are on " + page);
            // Its core script is what puts the nonce into every form (PrimeFaces.csp.init); without it, every post
            // from a page of plain h: forms is refused.
            assertTrue(
                    response.body().contains("core.js.xhtml?ln=primefaces"),
                    "PrimeFaces' core script is on " + page + " even without a PrimeFaces component");
            assertFalse(
                    Pattern.compile("\\son[a-z]+=\"").matcher(response.body()).find(),
                    "no inline event handler on " + page + " (the CSP would block it)");
        }
    }

    @Test
    void theOtherHeadersAreOnPagesApiAndResourcesAndNoneNamesTheServer() throws Exception {
        for (String path : List.of(
                "/",
                "/login.xhtml",
                "/api/consultations",
                "/consultation/view.xhtml?id=abc",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
            HttpResponse<String> response = raw(base() + path);
            assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), path);
            assertEquals(
                    Optional.of("strict-origin-when-cross-origin"),
                    response.headers().firstValue("Referrer-Policy"),
                    path);
            assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), path);
            assertFalse(
                    response.headers()
                            .firstValue("Server")
                            .orElse("")
                            .toLowerCase()
                            .contains("payara"),
                    "Server header on " + path + ": " + response.headers().firstValue("Server"));
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By on " + path);
            assertTrue(
                    response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                    "no HSTS over plain HTTP on " + path);
        }
    }

    @Test
    void hstsIsSentWhenAProxySaysTheBrowserCameOverTls() throws Exception {
        HttpResponse<String> response = raw(base() + "/login.xhtml", "X-Forwarded-Proto", "https");
        assertEquals(
                Optional.of("max-age=31536000; includeSubDomains"),
                response.headers().firstValue("Strict-Transport-Security"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = raw(base() + "/login.xhtml");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    // ---- 2. Nothing cut or coerced silently

    @Test
    void anAnswerLongerThanTheQuestionAllowsIsRefusedAtTheFieldAndNothingIsSaved() {
        String rep = fixtures.organisationWithRepresentative("Long answer ry", "en");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Long answer", now, now.plus(Duration.ofDays(3)));
        PageClient browser = loggedIn(rep, PASSWORD);
        PageClient.Page refused = browser.get("/consultation/org/respond.xhtml?consultation=" + consultation.getId())
                .assertOk()
                .form("answers")
                .set("fields:0:text", "x".repeat(200_000))
                .press("save")
                .assertOk();
        assertTrue(
                refused.messageBeside("answers:fields:0:text")
                        .contains("This field takes at most 200 characters; the text has 200,000."),
                "beside the answer: " + refused.describe());
        assertFalse(refused.contains("The draft is saved."));
        assertTrue(
                acting(rep, () -> responses.mineFor(consultation.getId())).isEmpty(),
                "no draft was stored, cut or whole");
    }

    @Test
    void aThousandCharacterNameIsRefusedInTheUsersLanguageAndNoAccountIsMade() {
        String email = TestAccounts.uniqueEmail("longname");
        PageClient.Page refused = register(anonymous(), "N".repeat(1000), email).assertOk();
        assertTrue(refused.contains("Name: the length must be between 0 and 200"), refused.describe());
        assertEquals(email, refused.form("registration").value("email"), "what was typed stays");
        assertTrue(accounts.findByEmail(email).isEmpty(), "no account with a name cut to 200");
    }

    @Test
    void theThirtyFirstOfFebruaryIsRefusedAtTheDeadlineFieldInsteadOfBecomingTheTwentyEighth() {
        PageClient staff = loggedIn(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        String title = "No such day " + System.nanoTime();
        PageClient.Page refused = staff.get("/consultation/staff/edit.xhtml")
                .assertOk()
                .form("consultation")
                .set("titleFi", title)
                .set("titleEn", title)
                .set("opensAt", "1.2.2026 10:00")
                .set("deadline", "31.2.2026 10:00")
                .check("themes", "INCLUSION")
                .press("save")
                .assertOk();
        assertTrue(
                refused.messageBeside("consultation:deadline").contains("is not a date and time"), refused.describe());
        assertEquals("31.2.2026 10:00", refused.form("consultation").value("deadline"), "what was typed stays");
        assertFalse(refused.contains("The consultation is saved."));
        ActingCaller.actAs(DemoLogins.STAFF.email());
        assertTrue(
                consultations.all().stream()
                        .noneMatch(c -> title.equals(c.getTitle().getEn())),
                "nothing was stored");
    }

    // ---- 3. Unicode

    @Test
    void aPostWithoutCharsetIsReadAsUtf8ComposedAndWithoutControlOrBidiCharacters() {
        String email = TestAccounts.uniqueEmail("unicode");
        // PageClient posts application/x-www-form-urlencoded without a charset, UTF-8 percent-encoded.
        PageClient.Page registered =
                register(anonymous(), "Ma\u0308rta\u0000 \u202EO\u0308stman\u0007 \uD83C\uDF3B", email);
        assertEquals(200, registered.status(), registered.describe());
        Account account = accounts.findByEmail(email).orElseThrow();
        assertEquals("M\u00e4rta \u00d6stman \uD83C\uDF3B", account.getDisplayName());
    }

    @Test
    void aFormSentBeforeThePagesScriptRanIsTakenAndOneWithoutAnyNonceGetsTheWholeExpiredPage() {
        String rep = fixtures.organisationWithRepresentative("No script ry", "en");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("No script", now, now.plus(Duration.ofDays(3)));
        String respond = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();

        // The login form carries this answer's nonce in its HTML, so a browser that has not run (or cannot run) the
        // page's script sends it too.
        PageClient browser = anonymous();
        PageClient.Page login = browser.get("/login.xhtml");
        assertEquals(200, login.status(), login.describe());
        Matcher policy = NONCE.matcher(login.header("Content-Security-Policy").orElseThrow());
        assertTrue(policy.find(), "a nonce in the policy");
        assertEquals(
                policy.group(1),
                login.document()
                        .select("form#login > input[name=primefaces.nonce]")
                        .attr("value"),
                "the form's own nonce field is this answer's nonce");
        login.form("login")
                .set("email", rep)
                .set("password", PASSWORD)
                .press("submit")
                .assertOk();
        PageClient.Page saved = browser.get(respond)
                .assertOk()
                .form("answers")
                .set("fields:0:text", "sent before the script ran")
                .press("save")
                .assertOk();
        assertTrue(saved.contains("The draft is saved."), saved.describe());
        assertEquals("sent before the script ran", firstDraftAnswer(consultation.getId()));

        // A post with no nonce at all (not a browser's: every form has one) is refused before it changes anything,
        // with the whole expired page, not half of one.
        PageClient.Page refused = browser.get(respond)
                .assertOk()
                .form("answers")
                .set("fields:0:text", "posted without any nonce")
                .without("primefaces.nonce")
                .press("save");
        assertTrue(refused.status() < 500, refused.describe());
        assertTrue(refused.contains("The page has expired"), refused.describe());
        assertTrue(refused.body().contains("</html>"), "the whole page: " + refused.describe());
        assertEquals("sent before the script ran", firstDraftAnswer(consultation.getId()), "nothing was saved");

        // The same on a page that keeps no view state (the login page): not logged in, the whole page.
        PageClient other = anonymous();
        PageClient.Page noNonce = other.get("/login.xhtml")
                .form("login")
                .set("email", rep)
                .set("password", PASSWORD)
                .without("primefaces.nonce")
                .press("submit");
        assertTrue(noNonce.status() < 500, noNonce.describe());
        assertTrue(noNonce.contains("The page has expired"), noNonce.describe());
        assertTrue(noNonce.body().contains("</html>"), "the whole page: " + noNonce.describe());
        assertTrue(other.get("/account/index.xhtml").isLoginPage(), "the post without a nonce logged no one in");
    }

    /** The text of the first answer of the current version of the consultation's (only) response. */
    private String firstDraftAnswer(long consultationId) {
        List<?> texts = em.createNativeQuery("SELECT a.text FROM response r JOIN response_version v"
                        + " ON v.response_id = r.id AND v.number = r.current_version JOIN answer a ON a.version_id = v.id"
                        + " JOIN question q ON q.id = a.question_id WHERE r.consultation_id = ?1 ORDER BY q.position")
                .setParameter(1, consultationId)
                .getResultList();
        return texts.isEmpty() ? null : (String) texts.get(0);
    }

    // ---- 4. Wrong codes and messages

    @Test
    void aParameterThatIsNotANumberAnswers404WithTheAppsPage() throws Exception {
        for (String path : List.of(
                "/consultation/view.xhtml?id=abc",
                "/consultation/events/view.xhtml?id=abc",
                "/consultation/summary.xhtml?id=1e99",
                "/forum/call.xhtml?id=%27%3B--",
                "/consultation/timeline.xhtml?id=abc",
                "/consultation/response.xhtml?id=-")) {
            HttpResponse<String> response = raw(base() + path, "Accept-Language", "en");
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Page not found"), "the app's own page for " + path);
        }
    }

    @Test
    void aForgedChoiceGetsAMessageInTheUsersLanguageNotAConverterError() {
        String email = TestAccounts.uniqueEmail("robot");
        // A robot posts a role the radio buttons never offered.
        PageClient.Page refused = anonymous()
                .get("/register.xhtml")
                .assertOk()
                .form("registration")
                .forge("registration:role", "ROBOT")
                .set("name", "Robot")
                .set("email", email)
                .set("password", PASSWORD)
                .set("passwordAgain", PASSWORD)
                .check("privacy_input", "on")
                .press("submit")
                .assertOk();
        assertTrue(refused.contains("choose one of the options shown"), refused.describe());
        assertFalse(refused.body().contains("must be convertible"), "no raw converter message");
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    // ---- 5. Remote links

    @Test
    void theRemoteLinkIsShownOnlyToConfirmedParticipantsOnThePageAndInTheCalendarFile() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Remote event", now, now.plus(Duration.ofDays(30)));
        String link = "https://meet.example.org/secret-" + System.nanoTime();
        ActingCaller.actAs(DemoLogins.STAFF.email());
        ConsultationEvent event = events.create(
                consultation.getId(),
                new EventDetails(
                        EventType.WORKSHOP,
                        LocalizedText.of("Etätyöpaja", null, "Remote workshop"),
                        null,
                        now.plus(Duration.ofDays(5)),
                        now.plus(Duration.ofDays(5)).plus(Duration.ofHours(2)),
                        null,
                        link,
                        10,
                        Set.of(TargetGroup.ORGANISATIONS)));
        String participant = fixtures.representative("participant", "en");
        ActingCaller.actAs(participant);
        registrations.register(event.getId(), null, "en");
        ActingCaller.clear();
        String page = "/consultation/events/view.xhtml?id=" + event.getId();
        String ics = "/consultation/events/calendar?id=" + event.getId();

        PageClient.Page seenAnonymously = anonymous().get(page).assertOk();
        assertFalse(seenAnonymously.body().contains(link), "anonymous visitors do not see the link");
        assertTrue(seenAnonymously.contains("shown to registered participants"), seenAnonymously.describe());
        assertFalse(anonymous().get(ics).body().contains(link.substring(8)), "nor in the public .ics");
        PageClient other = loggedIn(fixtures.representative("bystander", "en"), PASSWORD);
        assertFalse(other.get(page).assertOk().body().contains(link), "nor logged-in users who are not registered");

        PageClient registered = loggedIn(participant, PASSWORD);
        assertTrue(registered.get(page).assertOk().body().contains(link), "a registered participant sees it");
        assertTrue(registered.get(ics).body().replace("\r\n ", "").contains(link), "and gets it in the .ics");
    }

    // ---- 6. Drafts

    @Test
    void aNewConsultationIsADraftThatOnlyStaffSeeUntilItIsPublished() throws Exception {
        String title = "Draft only " + System.nanoTime();
        Instant now = Instant.now();
        Consultation draft = acting(
                DemoLogins.STAFF.email(),
                () -> admin.create(
                        null,
                        LocalizedText.of(title, title, title),
                        null,
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(10)),
                        Set.of(Theme.INCLUSION),
                        Set.of(TargetGroup.ORGANISATIONS)));
        assertFalse(draft.isPublished());
        String page = "/consultation/view.xhtml?id=" + draft.getId();
        assertEquals(404, raw(base() + page).statusCode(), "the page of a draft does not exist for the public");
        assertEquals(404, raw(base() + "/api/consultations/" + draft.getId()).statusCode());
        assertFalse(raw(base() + "/api/consultations").body().contains(title), "not in the API list");
        assertFalse(raw(base() + "/consultation/index.xhtml").body().contains(title), "not in the public list");
        assertFalse(raw(base() + "/").body().contains(title), "not on the front page");
        PageClient rep = loggedIn(fixtures.organisationWithRepresentative("Draft reader ry", "en"), PASSWORD);
        assertEquals(
                404,
                rep.get("/consultation/org/respond.xhtml?consultation=" + draft.getId())
                        .status(),
                "no response to a draft");

        PageClient staff = loggedIn(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        assertTrue(staff.get(page).assertOk().contains(title), "staff see the draft");
        String edit = "/consultation/staff/edit.xhtml?id=" + draft.getId();
        PageClient.Page published =
                staff.get(edit).assertOk().form("publication").press("publish").assertOk();
        assertTrue(published.contains("The consultation is published"), published.describe());
        assertEquals(200, raw(base() + page).statusCode(), "public once published");
        assertTrue(raw(base() + "/api/consultations").body().contains(title));

        staff.get(edit).assertOk().form("publication").press("unpublish").assertOk();
        assertEquals(404, raw(base() + page).statusCode(), "hidden again after unpublishing");
    }

    // ---- 7. Dev-only exposure

    @Inject
    fi.cocreate.mail.boundary.Outbox outbox;

    /**
     * The dev mailbox (README sends developers there to read mails) shows each received mail's subject, recipient and
     * text, escaped, once a mail exists (it answered 500 then: EL could not read the record's components), and only to
     * administrators: staff, representatives and anonymous visitors do not read other users' mails, reset links
     * among them.
     */
    @Test
    void theDevMailboxShowsEachMailToAdministratorsOnly() throws Exception {
        String recipient = TestAccounts.uniqueEmail("devmail");
        String name = "Dev <b>Mail</b> " + System.nanoTime();
        tx.begin();
        outbox.queue(
                recipient,
                "en",
                fi.cocreate.mail.control.MailKind.PASSWORD_RESET,
                name,
                "http://localhost/reset?token=devmail");
        tx.commit();
        jakarta.mail.internet.MimeMessage mail = fi.cocreate.testing.MailSinkClient.forTests()
                .awaitMails(recipient, 1, Duration.ofSeconds(30))
                .get(0);

        String adminLanguage =
                accounts.findByEmail(DemoLogins.ADMIN.email()).orElseThrow().getLanguage();
        String staffLanguage =
                accounts.findByEmail(DemoLogins.STAFF.email()).orElseThrow().getLanguage();
        PageClient admin = client("en", DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
        PageClient.Page page = admin.get("/dev/mail.xhtml").assertOk();
        client(adminLanguage, DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
        org.jsoup.nodes.Element card = page.document().select("article.card").stream()
                .filter(c -> c.text().contains(recipient))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + recipient + ": " + page.describe()));
        assertEquals(mail.getSubject(), card.selectFirst("h2").text());
        assertTrue(card.text().contains(recipient));
        String body = card.selectFirst("pre").wholeText();
        assertTrue(body.contains(name) && body.contains("http://localhost/reset?token=devmail"), body);
        assertTrue(card.select("b").isEmpty(), "the name's markup is shown as text: " + card.html());

        assertEquals(
                403,
                client(staffLanguage, DemoLogins.STAFF.email(), DemoLogins.PASSWORD)
                        .get("/dev/mail.xhtml")
                        .status(),
                "staff do not read other users' mails (reset links among them)");
        String rep = fixtures.organisationWithRepresentative("Dev mail ry", "en");
        PageClient.Page representative = client("en", rep, PASSWORD).get("/dev/mail.xhtml");
        assertEquals(403, representative.status(), representative.describe());
        assertFalse(representative.body().contains(recipient));
        PageClient.Page anonymous = new PageClient(base(), "en").get("/dev/mail.xhtml");
        assertTrue(anonymous.isLoginPage(), "anonymous visitors are sent to log in: " + anonymous.describe());
        assertFalse(anonymous.body().contains(recipient));
    }

    // ---- 10. Identity: a reset ends sessions and older links, and lets the owner in

    @Test
    void aPasswordResetEndsEverySessionAndOlderLinksAndLetsTheOwnerInDespiteAPause() throws Exception {
        String email = TestAccounts.uniqueEmail("reset");
        accounts.create(email, "Rita Reset", PASSWORD, "en", List.of(Role.ORG_REP), true);
        PageClient elsewhere = loggedIn(email, PASSWORD);
        elsewhere.get("/consultation/org/index.xhtml").assertOk();

        accounts.requestPasswordReset(email);
        accounts.requestPasswordReset(email);
        List<jakarta.mail.internet.MimeMessage> mails =
                fi.cocreate.testing.MailSinkClient.forTests().awaitMails(email, 2, Duration.ofSeconds(60));
        String older = resetPath(mails.get(0));
        String newer = resetPath(mails.get(1));
        for (int attempt = 0; attempt < 20 && accounts.loginLockMinutes(email) == 0; attempt++) {
            accounts.authenticate(email, "a wrong guess " + attempt);
        }
        assertTrue(accounts.loginLockMinutes(email) > 0, "someone guessing has paused logins for the address");

        String newPassword = "a brand new password";
        PageClient.Page done = anonymous()
                .get(newer)
                .assertOk()
                .form("reset")
                .set("password", newPassword)
                .set("passwordAgain", newPassword)
                .press("submit");
        assertTrue(done.contains("Your new password is saved"), done.describe());

        PageClient.Page after = elsewhere.get("/consultation/org/index.xhtml");
        assertTrue(after.isLoginPage(), "the other session ended: " + after.describe());
        PageClient.Page stale = anonymous()
                .get(older)
                .assertOk()
                .form("reset")
                .set("password", "yet another password")
                .set("passwordAgain", "yet another password")
                .press("submit");
        assertTrue(stale.contains("This link has already been used"), stale.describe());
        // The owner logs in at once with the new password, the pause notwithstanding: past the login page, to their
        // own page (the login page echoing the address back proved nothing).
        PageClient owner = loggedIn(email, newPassword);
        owner.get("/consultation/org/index.xhtml").assertOk();
    }

    private static String resetPath(jakarta.mail.internet.MimeMessage mail) {
        Matcher link = Pattern.compile("/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher(fi.cocreate.testing.MailSinkClient.text(mail));
        assertTrue(link.find(), "the mail has a reset link");
        return link.group();
    }

    // ---- Bad parameters on every page of the webapp

    /** Every Faces page of the WAR, found from the webapp itself, so a new page is tried without editing this test. */
    private List<String> pages() {
        List<String> found = new java.util.ArrayList<>();
        java.util.Deque<String> folders = new java.util.ArrayDeque<>(List.of("/"));
        while (!folders.isEmpty()) {
            Set<String> entries = servletContext.getResourcePaths(folders.pop());
            if (entries == null) {
                continue;
            }
            for (String entry : entries) {
                if (entry.startsWith("/WEB-INF") || entry.startsWith("/META-INF") || entry.startsWith("/resources")) {
                    continue;
                }
                if (entry.endsWith("/")) {
                    folders.push(entry);
                } else if (entry.endsWith(".xhtml")) {
                    found.add(entry);
                }
            }
        }
        java.util.Collections.sort(found);
        return found;
    }

    @Test
    void noForgedParameterOnAnyPageGivesAServerErrorOrAStackTrace() {
        List<String> pages = pages();
        assertTrue(pages.size() > 50, "the pages were found: " + pages);
        PageClient admin = loggedIn(DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
        List<String> failures = new java.util.ArrayList<>();
        int cases = 0;
        for (String page : pages) {
            for (String value : List.of("abc", "-1", "99999999999999999999", "%00", "1%27%20OR%201%3D1")) {
                String url = page + "?id=" + value + "&call=" + value + "&consultation=" + value + "&application="
                        + value + "&token=" + value;
                PageClient.Page response = admin.get(url);
                cases++;
                // Every page names OmniFaces' exception handler in its scripts, so a stack trace is looked for by its
                // frames.
                if (response.status() >= 500
                        || response.body().contains("at fi.cocreate.")
                        || response.body().contains("at jakarta.")) {
                    failures.add(response.status() + " " + url);
                }
                // The later pages must still be tried as the administrator: a page that ended the session would
                // leave them tried anonymously (the login page answers 200 for all).
                if (!page.equals("/login.xhtml") && response.isLoginPage()) {
                    failures.add("login page instead of " + url);
                    admin = loggedIn(DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " requests failed: " + failures);
    }

    // ---- 8. Personal data on the consultation side (GDPR)

    /** A consultation event five days ahead (or {@code startsIn} from now) that the representative registers for. */
    private ConsultationEvent eventRegisteredBy(String representative, Instant startsAt) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("GDPR event", now, now.plus(Duration.ofDays(30)));
        ActingCaller.actAs(DemoLogins.STAFF.email());
        ConsultationEvent event = events.create(
                consultation.getId(),
                new EventDetails(
                        EventType.WORKSHOP,
                        LocalizedText.of("Tietosuojapaja", null, "Privacy workshop"),
                        null,
                        startsAt,
                        startsAt.plus(Duration.ofHours(2)),
                        "Room 1",
                        null,
                        10,
                        Set.of(TargetGroup.ORGANISATIONS)));
        ActingCaller.actAs(representative);
        registrations.register(event.getId(), "Registered for the org", "en");
        ActingCaller.clear();
        return event;
    }

    private long count(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void aRepresentativeDownloadsTheirOwnDataAsJsonWithNothingOfOthersAndEveryDownloadIsAudited() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Own data ry", "en");
        String other = fixtures.organisationWithRepresentative("Someone else ry", "en");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation submitted = fixtures.consultation("Export submitted", now, now.plus(Duration.ofDays(3)));
        Consultation drafted = fixtures.consultation("Export drafted", now, now.plus(Duration.ofDays(3)));
        acting(
                rep,
                () -> responses.submit(
                        submitted.getId(),
                        List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                submitted.getQuestions().get(0).getId(), "Our official statement")),
                        true));
        acting(
                rep,
                () -> responses.saveDraft(
                        drafted.getId(),
                        List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                drafted.getQuestions().get(0).getId(), "Our unfinished draft")),
                        false));
        acting(rep, () -> attachments.attach(drafted.getId(), "our-annex.pdf", ConsultationFixtures.pdf(2048)));
        acting(
                other,
                () -> responses.saveDraft(
                        drafted.getId(),
                        List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                drafted.getQuestions().get(0).getId(), "Another organisation's secret")),
                        false));
        eventRegisteredBy(rep, now.plus(Duration.ofDays(5)));
        subscriptions.subscribe(rep, "en", Set.of(TargetGroup.ORGANISATIONS), Set.of());
        long accountId = accounts.findByEmail(rep).orElseThrow().getId();

        PageClient browser = loggedIn(rep, PASSWORD);
        PageClient.Page page = browser.get("/account/index.xhtml").assertOk();
        assertTrue(page.contains("Download my personal data (JSON)"), page.describe());
        PageClient.Page download = browser.get("/account/my-data.json");
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment"));
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(download.body()))
                .readObject();
        assertEquals(rep, json.getJsonObject("account").getString("email"));
        assertEquals("Rep rep", json.getJsonObject("account").getString("name"));
        assertEquals(
                "Own data ry",
                json.getJsonArray("organisations").getJsonObject(0).getString("name"));
        assertEquals(
                List.of(rep),
                json.getJsonArray("organisations")
                        .getJsonObject(0)
                        .getJsonArray("representatives")
                        .getValuesAs(jakarta.json.JsonString::getString));
        List<jakarta.json.JsonObject> mine = json.getJsonArray("responses").getValuesAs(jakarta.json.JsonObject.class);
        assertEquals(2, mine.size(), download.body());
        jakarta.json.JsonObject official = mine.stream()
                .filter(r -> r.getString("state").equals("SUBMITTED"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Our official statement",
                official.getJsonArray("answers").getJsonObject(0).getString("text"));
        jakarta.json.JsonObject draft = mine.stream()
                .filter(r -> r.getString("state").equals("DRAFT"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "our-annex.pdf",
                draft.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
        assertEquals(
                "Privacy workshop",
                json.getJsonArray("eventRegistrations").getJsonObject(0).getString("event"));
        assertEquals(
                "Registered for the org",
                json.getJsonArray("eventRegistrations").getJsonObject(0).getString("organisation"));
        assertEquals(
                List.of("ORGANISATIONS"),
                json.getJsonArray("subscriptions")
                        .getJsonObject(0)
                        .getJsonArray("targetGroups")
                        .getValuesAs(jakarta.json.JsonString::getString));
        assertFalse(download.body().contains("Another organisation's secret"), "nothing of another organisation");
        assertFalse(download.body().contains(other), "nor its representative");

        browser.get("/account/my-data.json");
        assertEquals(
                2,
                count(
                        "select count(*) from audit_entry where action = 'PERSONAL_DATA_EXPORTED'"
                                + " and record_id = ? and actor_id = ?",
                        accountId,
                        accountId),
                "each download has its audit row");
        PageClient.Page anonymous = anonymous().get("/account/my-data.json");
        assertFalse(anonymous.body().contains("\"account\""), "anonymous visitors get the login page, no data");
        assertTrue(anonymous.isLoginPage(), "anonymous visitors are sent to log in: " + anonymous.describe());
    }

    @Test
    void erasingAnAccountRemovesThePersonButTheOrganisationKeepsItsSubmittedResponse() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Erasure ry", "en");
        long organisation = fixtures.organisationOf(rep);
        String colleague = fixtures.representative("colleague", "en");
        tx.begin();
        em.createNativeQuery("insert into organisation_representative (organisation_id, account_id)"
                        + " select ?, id from account where email = ?")
                .setParameter(1, organisation)
                .setParameter(2, colleague)
                .executeUpdate();
        tx.commit();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Erasure", now, now.plus(Duration.ofDays(3)));
        String reference = acting(
                        rep,
                        () -> responses.submit(
                                consultation.getId(),
                                List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                        consultation.getQuestions().get(0).getId(), "The association's position")),
                                true))
                .getReferenceNumber();
        ConsultationEvent event = eventRegisteredBy(rep, now.plus(Duration.ofDays(5)));
        subscriptions.subscribe(rep, "en", Set.of(TargetGroup.ORGANISATIONS), Set.of());
        long accountId = accounts.findByEmail(rep).orElseThrow().getId();
        assertTrue(count("select count(*) from outbox_mail where recipient = ?", rep) > 0, "mails were queued");
        PageClient browser = loggedIn(rep, PASSWORD);
        assertEquals(200, browser.get("/account/my-data.json").status());

        PageClient.Page refused = browser.get("/account/index.xhtml")
                .assertOk()
                .form("erase")
                .set("address", "someone.else@example.test")
                .press("submit")
                .assertOk();
        assertTrue(
                refused.contains("Type your account's email address to confirm; the account was not erased."),
                refused.describe());
        assertTrue(accounts.findByEmail(rep).isPresent(), "a wrong address erases nothing");

        PageClient.Page erased = refused.form("erase")
                .set("address", rep.toUpperCase(java.util.Locale.ROOT))
                .press("submit");
        assertTrue(erased.contains("Your account is erased and you are logged out."), erased.describe());
        assertTrue(accounts.findByEmail(rep).isEmpty(), "the address is gone");
        Account account = accounts.find(accountId);
        assertEquals(Account.erasedAddress(accountId), account.getEmail());
        assertEquals("-", account.getDisplayName());
        assertTrue(account.getRoles().isEmpty() && !account.isEnabled());
        assertTrue(browser.get("/account/index.xhtml").isLoginPage(), "the session ended");
        PageClient.Page oldPassword = tryLogin(anonymous(), rep, PASSWORD);
        assertTrue(oldPassword.isLoginPage(), "and the old password opens nothing: " + oldPassword.describe());
        assertEquals(
                "/login.xhtml",
                oldPassword
                        .uri()
                        .getPath()
                        .substring(oldPassword.uri().getPath().lastIndexOf('/')),
                "still at the login page");
        assertEquals(
                0,
                count(
                        "select count(*) from event_registration where account_id = ? and (name <> ''"
                                + " or email <> '' or organisation is not null)",
                        accountId),
                "the registration keeps no name");
        assertEquals(
                1,
                count(
                        "select count(*) from event_registration where account_id = ? and event_id = ?"
                                + " and status = 'CANCELLED'",
                        accountId,
                        event.getId()),
                "the future seat was given up");
        assertEquals(0, count("select count(*) from subscription where email = ?", rep));
        assertEquals(
                0,
                count("select count(*) from outbox_mail where recipient = ?", rep),
                "no mail to the address stays in the outbox (the receipt and the registration mail had been queued)");
        assertEquals(0, count("select count(*) from organisation_representative where account_id = ?", accountId));
        assertEquals(
                1,
                count("select count(*) from organisation_representative where organisation_id = ?", organisation),
                "the colleague still represents the organisation");
        assertEquals(
                0,
                count("select count(*) from audit_entry where actor_email = ?", rep),
                "the log keeps the account's number, not its address");
        assertEquals(
                1,
                count("select count(*) from audit_entry where action = 'ACCOUNT_ERASED' and record_id = ?", accountId));
        fi.cocreate.consultation.entity.Response kept =
                responses.findByReference(reference).orElseThrow();
        assertEquals(organisation, kept.getOrganisation().getId(), "the response stays the organisation's");
        assertTrue(kept.isSubmitted());
        assertEquals(
                1,
                count(
                        "select count(*) from answer a join response_version v on v.id = a.version_id"
                                + " where v.response_id = ? and a.text = ?",
                        kept.getId(),
                        "The association's position"),
                "with its text");
        ActingCaller.actAs(colleague);
        assertTrue(
                acting(colleague, () -> responses.mineFor(consultation.getId())).isPresent(),
                "which the colleague still sees");
    }

    @Test
    void staffAccountsAreNotErasedBySelfServiceAndNothingChanges() throws Exception {
        ActingCaller.actAs(DemoLogins.STAFF.email());
        BusinessException refused = org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> personalData.eraseMine(DemoLogins.STAFF.email()));
        assertEquals("privacy.erase.official", refused.getMessageKey());
        assertTrue(accounts.findByEmail(DemoLogins.STAFF.email()).isPresent());
    }

    @Test
    void retentionDeletesUnverifiedAccountsAndForgetsPastRegistrationsAndUnconfirmedSubscriptionsByTheClock()
            throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String unverified = TestAccounts.uniqueEmail("unverified");
        accounts.create(unverified, "Never verified", PASSWORD, "en", List.of(Role.ORG_REP), false);
        // An unverified account that rows refer to (it verified an organisation) is kept: deleting it failed the
        // whole round on the foreign key.
        String referred = TestAccounts.uniqueEmail("unverified-verifier");
        fi.cocreate.identity.entity.Account verifier =
                accounts.create(referred, "Unverified verifier", PASSWORD, "en", List.of(Role.STAFF), false);
        tx.begin();
        fi.cocreate.consultation.entity.Organisation verifiedBy = new fi.cocreate.consultation.entity.Organisation(
                "Verified by an unverified ry " + System.nanoTime(),
                null,
                "R" + (System.nanoTime() % 1_000_000),
                fi.cocreate.consultation.entity.OrganisationType.ASSOCIATION,
                now);
        verifiedBy.verify(em.find(fi.cocreate.identity.entity.Account.class, verifier.getId()), now);
        em.persist(verifiedBy);
        tx.commit();
        String verified = fixtures.representative("verified", "en");
        ConsultationEvent event = eventRegisteredBy(verified, now.plus(Duration.ofDays(2)));
        String unconfirmed = TestAccounts.uniqueEmail("unconfirmed");
        subscriptions.subscribe(unconfirmed, "en", Set.of(TargetGroup.ORGANISATIONS), Set.of());
        long registration = count("select id from event_registration where event_id = ?", event.getId());
        tx.begin();
        em.createNativeQuery("insert into audit_entry (at, action, record_kind, record_id, detail) values"
                        + " (?, 'PERSONAL_DATA_EXPORTED', 'ACCOUNT', 0, 'retention probe')")
                .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(2191))))
                .executeUpdate();
        em.createNativeQuery("insert into audit_entry (at, action, record_kind, record_id, detail) values"
                        + " (?, 'PERSONAL_DATA_EXPORTED', 'ACCOUNT', 0, 'retention probe')")
                .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(2100))))
                .executeUpdate();
        String mailed = TestAccounts.uniqueEmail("mailed");
        for (String status : List.of("SENT", "FAILED", "PENDING")) {
            em.createNativeQuery("insert into outbox_mail (recipient, language, kind, subject, text_body, html_body,"
                            + " status, attempts, next_attempt_at, created_at) values (?, 'en', 'RESPONSE_RECEIPT', 'Probe', 'Probe',"
                            + " 'Probe', ?, 0, ?, ?)")
                    .setParameter(1, mailed)
                    .setParameter(2, status)
                    .setParameter(3, java.sql.Timestamp.from(now.plus(Duration.ofDays(400))))
                    .setParameter(4, java.sql.Timestamp.from(now))
                    .executeUpdate();
        }
        tx.commit();
        try {
            TestClockProducer.CLOCK.set(now.plus(Duration.ofDays(13)));
            retention.applyRetention();
            assertTrue(accounts.findByEmail(unverified).isPresent(), "13 days: an unverified account is kept");
            assertEquals(
                    0,
                    count(
                            "select count(*) from audit_entry where detail = 'retention probe' and at < ?",
                            java.sql.Timestamp.from(now.minus(Duration.ofDays(2190)))),
                    "audit rows over six years go");
            assertEquals(
                    1, count("select count(*) from audit_entry where detail = 'retention probe'"), "younger ones stay");
            assertEquals(1, count("select count(*) from subscription where email = ?", unconfirmed));
            assertEquals(
                    1, count("select count(*) from event_registration where id = ? and email <> ''", registration));

            TestClockProducer.CLOCK.set(now.plus(Duration.ofDays(31)));
            retention.applyRetention();
            assertTrue(accounts.findByEmail(unverified).isEmpty(), "31 days: deleted");
            assertTrue(accounts.findByEmail(referred).isPresent(), "an account other rows refer to stays");
            assertTrue(accounts.findByEmail(verified).isPresent(), "a verified account stays");
            assertEquals(
                    0,
                    count("select count(*) from subscription where email = ?", unconfirmed),
                    "an unconfirmed subscription expired after 14 days");
            assertEquals(
                    1,
                    count("select count(*) from event_registration where id = ? and email <> ''", registration),
                    "the event ended 29 days ago: the registration is kept");
            assertEquals(
                    3,
                    count("select count(*) from outbox_mail where recipient = ?", mailed),
                    "31 days: mails are kept");

            TestClockProducer.CLOCK.set(now.plus(Duration.ofDays(2 + 181)));
            retention.applyRetention();
            assertEquals(
                    1,
                    count(
                            "select count(*) from event_registration where id = ? and email = '' and name = ''"
                                    + " and organisation is null and status = 'CONFIRMED'",
                            registration),
                    "181 days after the event: no name, address or organisation, the status stays");
            assertEquals(
                    List.of("PENDING"),
                    em.createNativeQuery("select status from outbox_mail where recipient = ?")
                            .setParameter(1, mailed)
                            .getResultList(),
                    "183 days: sent and failed mails are gone, a pending one" + " is still to be delivered");
        } finally {
            TestClockProducer.CLOCK.reset();
        }
    }

    // ---- 9. The bad-input suite

    /**
     * One bad input: who posts it (a client already logged in and switched to {@code language}), which form of which
     * page, the fields set, the field whose message is expected and the text it must contain in that language, and a
     * query whose answer must be the same before and after (what is already saved).
     */
    private record BadInput(
            String name,
            String language,
            PageClient client,
            String path,
            String form,
            Map<String, String> fields,
            String button,
            String field,
            List<String> anyOf,
            String unchangedSql,
            Object unchangedParameter) {}

    private static final Map<String, Map<String, List<String>>> MESSAGES = Map.of(
            "tooLong",
                    Map.of(
                            "en",
                            List.of(
                                    "This field takes at most %d characters; the text has %d.",
                                    "the length must be between 0 and %d"),
                            "fi",
                            List.of(
                                    "Kenttään mahtuu enintään %d merkkiä; tekstissä on %d.",
                                    "pituuden on oltava 0–%d")),
            "required", Map.of("en", List.of("please fill in this field"), "fi", List.of("täytä tämä kenttä")),
            "email",
                    Map.of(
                            "en",
                            List.of("please give a valid email address"),
                            "fi",
                            List.of("anna kelvollinen sähköpostiosoite")),
            "dateTime",
                    Map.of(
                            "en",
                            List.of("is not a date and time", "give a real date and time"),
                            "fi",
                            List.of("ei ole päivämäärä ja kellonaika", "anna todellinen päivämäärä ja kellonaika")),
            "businessId",
                    Map.of(
                            "en",
                            List.of("The business ID is not valid."),
                            "fi",
                            List.of("Y-tunnus ei ole kelvollinen.")));

    /** The length message with its numbers grouped as the app's messages group them in that language. */
    private static List<String> tooLongGrouped(String language, int max, int length) {
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        return MESSAGES.get("tooLong").get(language).stream()
                .map(m ->
                        String.format(Locale.ROOT, m.replace("%d", "%s"), numbers.format(max), numbers.format(length)))
                .map(m -> m.replaceAll("[\\u00a0\\u202f]", " "))
                .toList();
    }

    private static List<String> expect(String kind, String language, Object... arguments) {
        return MESSAGES.get(kind).get(language).stream()
                .map(m -> String.format(Locale.ROOT, m, arguments))
                .toList();
    }

    private String snapshot(String sql, Object parameter) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return String.valueOf(query.getResultList());
    }

    private PageClient client(String language, String email, String password) {
        PageClient client = new PageClient(base(), language);
        if (email != null) {
            client.login(email, password);
        }
        client.get("/language?to=" + language + "&back=/");
        return client;
    }

    @Test
    void everyBadInputOnTheMainFormsGetsAMessageAtTheFieldInTheUsersLanguageAndChangesNothing() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Bad input", now, now.plus(Duration.ofDays(20)));
        ActingCaller.actAs(DemoLogins.STAFF.email());
        ConsultationEvent event = events.create(
                consultation.getId(),
                new EventDetails(
                        EventType.WORKSHOP,
                        LocalizedText.of("Syötepaja", null, "Input workshop"),
                        null,
                        now.plus(Duration.ofDays(5)),
                        now.plus(Duration.ofDays(5)).plus(Duration.ofHours(2)),
                        "Room 3",
                        null,
                        10,
                        Set.of(TargetGroup.ORGANISATIONS)));
        ActingCaller.clear();
        String longName = "N".repeat(201);
        String onlyInvisible = "\u202E\u0007\u2066\u0000";
        String consultationRow = "select concat_ws('|', title_fi, title_en, opens_at, deadline, version)"
                + " from consultation where id = ?";
        String staffEdit = "/consultation/staff/edit.xhtml?id=" + consultation.getId();
        long openCall = ((Number) em.createNativeQuery(
                                "select id from forum_call where opens_at <= ? and closes_at > ?" + " order by id")
                        .setParameter(1, java.sql.Timestamp.from(now))
                        .setParameter(2, java.sql.Timestamp.from(now))
                        .setMaxResults(1)
                        .getSingleResult())
                .longValue();
        String moderatedRep = fixtures.organisationWithRepresentative("Moderated bad input ry", "en");
        long moderatedResponse = acting(
                        moderatedRep,
                        () -> responses.submit(
                                consultation.getId(),
                                List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                        consultation.getQuestions().get(0).getId(), "A response to moderate")),
                                true))
                .getId();
        String moderationRow = "select concat_ws('|', r.id, r.current_version, m.state, m.hidden_reason, m.version)"
                + " from response r left join response_moderation m"
                + " on m.response_id = r.id where r.id = ?";
        String statementRows = "select count(*) from summary_statement s join consultation_summary c"
                + " on c.id = s.summary_id where c.consultation_id = ?";
        List<BadInput> cases = new ArrayList<>();
        String staffLanguage =
                accounts.findByEmail(DemoLogins.STAFF.email()).orElseThrow().getLanguage();
        for (String language : List.of("en", "fi")) {
            PageClient anonymous = client(language, null, null);
            String newEmail = TestAccounts.uniqueEmail("bad-" + language);
            String accountCount = "select count(*) from account where email = ?";
            Map<String, String> registration =
                    Map.of("name", "Valid Name", "email", newEmail, "password", PASSWORD, "passwordAgain", PASSWORD);
            cases.add(new BadInput(
                    "registration name too long",
                    language,
                    anonymous,
                    "/register.xhtml",
                    "registration",
                    with(registration, "name", longName),
                    "submit",
                    "name",
                    expect("tooLong", language, 200, 201),
                    accountCount,
                    newEmail));
            cases.add(new BadInput(
                    "registration name of control and bidi characters only",
                    language,
                    anonymous,
                    "/register.xhtml",
                    "registration",
                    with(registration, "name", onlyInvisible),
                    "submit",
                    "name",
                    expect("required", language),
                    accountCount,
                    newEmail));
            cases.add(new BadInput(
                    "registration address with a header injected",
                    language,
                    anonymous,
                    "/register.xhtml",
                    "registration",
                    with(registration, "email", newEmail + "\r\nBcc: victim@example.test"),
                    "submit",
                    "email",
                    expect("email", language),
                    "select count(*) from account where email like ?",
                    newEmail + "%"));
            cases.add(new BadInput(
                    "registration address with a zero-width space",
                    language,
                    anonymous,
                    "/register.xhtml",
                    "registration",
                    with(registration, "email", "\u200B" + newEmail),
                    "submit",
                    "email",
                    expect("email", language),
                    "select count(*) from account where email like ?",
                    "%" + newEmail));
            cases.add(new BadInput(
                    "registration address too long",
                    language,
                    anonymous,
                    "/register.xhtml",
                    "registration",
                    with(registration, "email", "a".repeat(250) + "@example.test"),
                    "submit",
                    "email",
                    either(expect("tooLong", language, 254, 263), expect("email", language)),
                    "select count(*) from account where email" + " like ?",
                    "aaaaaaaaaa%"));
            cases.add(new BadInput(
                    "subscription address with a bidi override",
                    language,
                    anonymous,
                    "/subscribe/index.xhtml",
                    "subscribe",
                    Map.of("email", "\u202Eevil@example.test"),
                    "submit",
                    "email",
                    expect("email", language),
                    "select count(*) from subscription where email like ?",
                    "%evil@example.test"));
            cases.add(new BadInput(
                    "subscription address too long",
                    language,
                    anonymous,
                    "/subscribe/index.xhtml",
                    "subscribe",
                    Map.of("email", "b".repeat(250) + "@example.test"),
                    "submit",
                    "email",
                    either(expect("tooLong", language, 254, 263), expect("email", language)),
                    "select count(*) from subscription where email like ?",
                    "bbbbbbbbbb%"));

            String newcomer = fixtures.representative("bad-newcomer", language);
            PageClient withoutOrganisation = client(language, newcomer, PASSWORD);
            String orgCount = "select count(*) from organisation_representative p join account a"
                    + " on a.id = p.account_id where a.email = ?";
            cases.add(new BadInput(
                    "organisation name too long",
                    language,
                    withoutOrganisation,
                    "/consultation/org/index.xhtml",
                    "organisation",
                    Map.of("name", "O".repeat(201), "registerNumber", "123.456"),
                    "register",
                    "name",
                    expect("tooLong", language, 200, 201),
                    orgCount,
                    newcomer));
            cases.add(new BadInput(
                    "organisation business ID with a wrong check digit",
                    language,
                    withoutOrganisation,
                    "/consultation/org/index.xhtml",
                    "organisation",
                    Map.of("name", "Check digit ry", "businessId", "1234567-2"),
                    "register",
                    "businessId",
                    expect("businessId", language),
                    orgCount,
                    newcomer));
            cases.add(new BadInput(
                    "organisation business ID of nine digits",
                    language,
                    withoutOrganisation,
                    "/consultation/org/index.xhtml",
                    "organisation",
                    Map.of("name", "Digits ry", "businessId", "123456789"),
                    "register",
                    "businessId",
                    expect("businessId", language),
                    orgCount,
                    newcomer));

            String rep = fixtures.organisationWithRepresentative("Bad input " + language + " ry", language);
            acting(
                    rep,
                    () -> responses.saveDraft(
                            consultation.getId(),
                            List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                    consultation.getQuestions().get(0).getId(), "Saved before, " + language)),
                            false));
            PageClient representative = client(language, rep, PASSWORD);
            String draftRow = "select concat_ws('|', r.version, r.current_version, x.text) from response r"
                    + " join response_version v on v.response_id = r.id join answer x on x.version_id = v.id"
                    + " join organisation_representative p on p.organisation_id = r.organisation_id"
                    + " join account a on a.id = p.account_id where a.email = ?";
            cases.add(new BadInput(
                    "answer longer than the question allows",
                    language,
                    representative,
                    "/consultation/org/respond.xhtml?consultation=" + consultation.getId(),
                    "answers",
                    Map.of("fields:0:text", "x".repeat(201)),
                    "save",
                    "fields:0:text",
                    expect("tooLong", language, 200, 201),
                    draftRow,
                    rep));
            cases.add(new BadInput(
                    "event organisation too long",
                    language,
                    representative,
                    "/consultation/events/view.xhtml?id=" + event.getId(),
                    "registration",
                    Map.of("organisation", "E".repeat(301)),
                    "register",
                    "organisation",
                    expect("tooLong", language, 300, 301),
                    "select count(*) from event_registration r join account a"
                            + " on a.id = r.account_id where a.email = ?",
                    rep));

            PageClient staff = client(language, DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
            for (String deadline :
                    List.of("31.2.2026 10:00", "1.1.99999 10:00", "32.13.2026 25:61", "2026-02-30T10:00", "10:00")) {
                cases.add(new BadInput(
                        "deadline " + deadline,
                        language,
                        staff,
                        staffEdit,
                        "consultation",
                        Map.of("deadline", deadline),
                        "save",
                        "deadline",
                        expect("dateTime", language),
                        consultationRow,
                        consultation.getId()));
            }
            cases.add(new BadInput(
                    "opening time with a control character",
                    language,
                    staff,
                    staffEdit,
                    "consultation",
                    Map.of("opensAt", "1.\u00002.2026 10:00x"),
                    "save",
                    "opensAt",
                    expect("dateTime", language),
                    consultationRow,
                    consultation.getId()));
            cases.add(new BadInput(
                    "title too long",
                    language,
                    staff,
                    staffEdit,
                    "consultation",
                    Map.of("titleFi", "T".repeat(301)),
                    "save",
                    "titleFi",
                    expect("tooLong", language, 300, 301),
                    consultationRow,
                    consultation.getId()));
            // Staff text areas (h:inputTextarea with a pass-through maxlength sized to the column).
            cases.add(new BadInput(
                    "moderation hide reason too long",
                    language,
                    staff,
                    "/consultation/staff/moderate-response.xhtml?id=" + moderatedResponse,
                    "state",
                    Map.of("choice", "HIDDEN", "reason", "R".repeat(1001)),
                    "save",
                    "reason",
                    tooLongGrouped(language, 1000, 1001),
                    moderationRow,
                    moderatedResponse));
            cases.add(new BadInput(
                    "summary statement text too long",
                    language,
                    staff,
                    "/consultation/staff/summary-edit.xhtml?id=" + consultation.getId(),
                    "statement",
                    Map.of("textFi", "Y".repeat(10001)),
                    "add",
                    "textFi",
                    tooLongGrouped(language, 10000, 10001),
                    statementRows,
                    consultation.getId()));

            // The forum application wizard: an applicant's own draft in the open demo call.
            String applicant = TestAccounts.uniqueEmail("bad-applicant-" + language);
            accounts.create(applicant, "Bad Input Applicant", PASSWORD, language, List.of(Role.APPLICANT), true);
            PageClient applying = client(language, applicant, PASSWORD);
            PageClient.Page started = applying.get("/forum/apply/application.xhtml?call=" + openCall)
                    .assertOk();
            java.util.regex.Matcher draft = java.util.regex.Pattern.compile("[?&]id=(\\d+)")
                    .matcher(started.uri().toString());
            assertTrue(draft.find(), "the wizard keeps its application in the address: " + started.uri());
            long applicationId = Long.parseLong(draft.group(1));
            String wizard = "/forum/apply/application.xhtml?id=" + applicationId;
            String applicationRow = "select concat_ws('|', full_name, email, year_of_birth, motivation, version)"
                    + " from forum_application where id = ?";
            cases.add(new BadInput(
                    "applicant's name too long",
                    language,
                    applying,
                    wizard + "&step=PERSONAL",
                    "wizard",
                    Map.of("fullName", "A".repeat(201)),
                    "save",
                    "fullName",
                    either(expect("tooLong", language, 200, 201), forum(language, "tooLong", 200)),
                    applicationRow,
                    applicationId));
            cases.add(new BadInput(
                    "applicant's address with a header injected",
                    language,
                    applying,
                    wizard + "&step=PERSONAL",
                    "wizard",
                    Map.of("email", "a@example.test\r\nBcc: b@example.test"),
                    "save",
                    "email",
                    either(expect("email", language), forum(language, "email")),
                    applicationRow,
                    applicationId));
            cases.add(new BadInput(
                    "year of birth with a letter",
                    language,
                    applying,
                    wizard + "&step=PERSONAL",
                    "wizard",
                    Map.of("yearOfBirth", "19x5"),
                    "save",
                    "yearOfBirth",
                    forum(language, "year"),
                    applicationRow,
                    applicationId));
            cases.add(new BadInput(
                    "motivation too long",
                    language,
                    applying,
                    wizard + "&step=MOTIVATION",
                    "wizard",
                    Map.of("motivation", "M".repeat(3001)),
                    "save",
                    "motivation",
                    grouped("tooLong", language, 3000, 3001),
                    applicationRow,
                    applicationId));
            // The expertise descriptions: a pass-through maxlength of 1000 (the column's size), refused at the field by
            // LengthLimit before the wizard's own rule; the description area stays chosen and the text typed stays.
            cases.add(new BadInput(
                    "expertise description too long",
                    language,
                    applying,
                    wizard + "&step=EXPERTISE",
                    "wizard",
                    Map.of("area_EDUCATION", "on", "description_EDUCATION", "D".repeat(1001)),
                    "save",
                    "description_EDUCATION",
                    tooLongGrouped(language, 1000, 1001),
                    "select concat_ws('|', a.version, a.updated_at, (select group_concat(concat_ws(':', e.area,"
                            + " e.description) order by e.area separator ';') from forum_application_expertise e"
                            + " where e.application_id = a.id)) from forum_application a where a.id = ?",
                    applicationId));
        }

        List<String> failures = new ArrayList<>();
        for (BadInput input : cases) {
            String label = input.language() + " " + input.name();
            String before = snapshot(input.unchangedSql(), input.unchangedParameter());
            PageClient.Page answer;
            try {
                PageClient.Form form =
                        input.client().get(input.path()).assertOk().form(input.form());
                input.fields().forEach(form::set);
                // What a person filling the form would also have chosen, so the bad field is the only fault.
                if (input.path().equals("/register.xhtml")) {
                    form.set("role", "ORG_REP").check("privacy_input", "on");
                } else if (input.path().equals("/subscribe/index.xhtml")) {
                    form.check("targetGroups", "ORGANISATIONS");
                } else if (input.path().equals("/consultation/org/index.xhtml")) {
                    form.set("type_input", "ASSOCIATION");
                }
                answer = form.press(input.button());
            } catch (AssertionError | RuntimeException e) {
                failures.add(label + ": could not post: " + e.getMessage());
                continue;
            }
            if (answer.status() != 200) {
                failures.add(label + ": status " + answer.status());
            }
            // Grouped numbers ("1 000") may use a no-break or narrow no-break space: compared as a plain space.
            String at = messageAt(answer, input.form() + ":" + input.field()).replaceAll("[\\u00a0\\u202f]", " ");
            if (input.anyOf().stream().noneMatch(at::contains)) {
                failures.add(label + ": expected one of " + input.anyOf() + " at the field, found \"" + at
                        + "\"; page messages: "
                        + answer.document().select(".ui-message, .notices").text());
            }
            org.jsoup.nodes.Element typed = answer.document().getElementById(input.form() + ":" + input.field());
            if (typed != null
                    && typed.tagName().equals("textarea")
                    && !typed.val().strip().equals(input.fields().get(input.field()))) {
                failures.add(label + ": the text typed is not kept in the text area");
            }
            String after = snapshot(input.unchangedSql(), input.unchangedParameter());
            if (!before.equals(after)) {
                failures.add(label + ": stored data changed from " + before + " to " + after);
            }
        }
        client(staffLanguage, DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases.size() + " bad inputs answered wrongly:\n"
                        + String.join("\n", failures));
    }

    /**
     * Uploads through the respond page's file upload as its script posts them, in Finnish and in English: a file over
     * 10 MB, a program and an HTML page renamed {@code .pdf} (the type is read from the content, not the name), and
     * names with path separators, quotes, markup, control characters and a right-to-left override. A refused file
     * gets its message beside the upload in the person's language and stores nothing; an accepted one is stored with
     * a name that holds none of those characters, which the page shows escaped.
     */
    @Test
    void everyBadUploadGetsAMessageBesideTheUploadInTheUsersLanguageAndOnlyCleanNamesAreStored() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Bad uploads", now, now.plus(Duration.ofDays(20)));
        byte[] pdf = ConsultationFixtures.pdf(2048);
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html =
                "<html><body><script>alert(1)</script></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String language : List.of("fi", "en")) {
            java.util.ResourceBundle ct = java.util.ResourceBundle.getBundle(
                    "i18n.consultation", Locale.forLanguageTag(language), SecurityIT.class.getClassLoader());
            String rep = fixtures.organisationWithRepresentative("Uploads " + language + " ry", language);
            PageClient client = client(language, rep, PASSWORD);
            String respond = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
            String stored = "select group_concat(a.file_name order by a.id separator '|') from attachment a"
                    + " join response r on r.id = a.response_id join organisation_representative p"
                    + " on p.organisation_id = r.organisation_id join account c on c.id = p.account_id"
                    + " where c.email = ?";
            // message: a pattern of the text expected beside the upload; storedAs: the name kept, if accepted
            record Upload(String what, String name, String type, byte[] content, String message, String storedAs) {}
            // PrimeFaces' own size check, in the app's words (messages bundle); {1} is the limit as PrimeFaces writes
            // it.
            String sizeLimit = java.util.Arrays.stream(java.util.ResourceBundle.getBundle(
                                    "i18n.messages", Locale.forLanguageTag(language), SecurityIT.class.getClassLoader())
                            .getString("primefaces.FileValidator.SIZE_LIMIT_detail")
                            .replace("{0}", "big.pdf")
                            .split("\\{1\\}"))
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("10[.,]0 MB"));
            List<Upload> uploads = List.of(
                    new Upload(
                            "over 10 MB",
                            "big.pdf",
                            "application/pdf",
                            ConsultationFixtures.pdf(10 * 1024 * 1024 + 1),
                            sizeLimit,
                            null),
                    new Upload(
                            "a program renamed .pdf",
                            "lausunto.pdf",
                            "application/pdf",
                            exe,
                            Pattern.quote(ct.getString("attachment.badType")),
                            null),
                    new Upload(
                            "an HTML page renamed .pdf",
                            "lausunto.pdf",
                            "application/pdf",
                            html,
                            Pattern.quote(ct.getString("attachment.badType")),
                            null),
                    new Upload(
                            "path separators",
                            "../../etc/passwd.pdf",
                            "application/pdf",
                            pdf,
                            null,
                            ".._.._etc_passwd.pdf"),
                    new Upload(
                            "quotes",
                            "Lausunto \"luonnos\".pdf",
                            "application/pdf",
                            pdf,
                            null,
                            "Lausunto \"luonnos\".pdf"),
                    new Upload(
                            "markup",
                            "<img src=x onerror=alert(1)>.pdf",
                            "application/pdf",
                            pdf,
                            null,
                            "_img src=x onerror=alert(1)_.pdf"),
                    new Upload(
                            "control characters",
                            "Muistio\u0007\u0000 kev\u00e4t.pdf",
                            "application/pdf",
                            pdf,
                            null,
                            "Muistio kev\u00e4t.pdf"),
                    new Upload("a right-to-left override", "\u202Efdp.exe", "application/pdf", pdf, null, "fdp.pdf"));
            for (Upload upload : uploads) {
                cases++;
                String label = language + " " + upload.what();
                String before = snapshot(stored, rep);
                PageClient.Page answer;
                org.jsoup.nodes.Document files;
                try {
                    answer = client.get(respond)
                            .assertOk()
                            .form("files")
                            .upload("upload", upload.name(), upload.type(), upload.content());
                    files = answer.update("files");
                } catch (AssertionError | RuntimeException e) {
                    failures.add(label + ": could not upload: " + e.getMessage());
                    continue;
                }
                String after = snapshot(stored, rep);
                String beside =
                        files.select("#files\\:uploadMessage, .ui-message").text();
                if (upload.message() != null) {
                    if (!Pattern.compile(upload.message()).matcher(beside).find()) {
                        failures.add(label + ": expected \"" + upload.message() + "\" beside the upload, found \""
                                + beside + "\" in " + answer.body());
                    }
                    if (!before.equals(after)) {
                        failures.add(label + ": stored " + after + " (before: " + before + ")");
                    }
                    continue;
                }
                String expected = "[null]".equals(before)
                        ? "[" + upload.storedAs() + "]"
                        : before.substring(0, before.length() - 1) + "|" + upload.storedAs() + "]";
                if (!expected.equals(after)) {
                    failures.add(label + ": stored \"" + after + "\", expected \"" + expected + "\"");
                }
                // The list shows the stored name as text: no element or attribute came from the name.
                if (!files.select("#files\\:list a").eachText().contains(upload.storedAs())) {
                    failures.add(label + ": the list does not show " + upload.storedAs() + ": " + files.html());
                }
                if (!files.select("img, [onerror]").isEmpty()) {
                    failures.add(label + ": markup from the name reached the page: " + files.html());
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases + " uploads answered wrongly:\n" + String.join("\n", failures));
    }

    /**
     * The forum applicant's CV through the application form's own file input (a multipart post of the wizard's
     * motivation step, as a browser sends it), in Finnish and in English: a file of 10 MB + 1 byte (and one byte over
     * the CV's own 5 MB limit), a program and an HTML page renamed {@code .pdf}, and a name with {@code ../} and
     * quotes. A refused file gets its message beside the file input in the applicant's language, the page says it was
     * not attached, the motivation typed with it stays in the form and is saved, and no CV is stored; a PDF under the
     * bad name is kept under a clean one, shown beside the input.
     */
    @Test
    void everyBadCvUploadGetsAMessageBesideTheFileInputInTheApplicantsLanguageAndKeepsWhatWasTyped() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html =
                "<html><body><script>alert(1)</script></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = ConsultationFixtures.pdf(2048);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String language : List.of("fi", "en")) {
            java.util.ResourceBundle ft = java.util.ResourceBundle.getBundle(
                    "i18n.forum", Locale.forLanguageTag(language), SecurityIT.class.getClassLoader());
            String tooLarge = java.text.MessageFormat.format(
                    ft.getString("forum.cv.tooLarge"), fi.cocreate.forum.control.CvPolicy.MAX_BYTES / (1024 * 1024));
            String notPdf = ft.getString("forum.cv.notPdf");
            String notKept = ft.getString("forum.cv.notKept");
            String applicant = TestAccounts.uniqueEmail("cv-" + language);
            accounts.create(applicant, "Cv Applicant", PASSWORD, language, List.of(Role.APPLICANT), true);
            PageClient client = client(language, applicant, PASSWORD);
            PageClient.Page started = client.get("/forum/apply/application.xhtml?call=" + openDemoCall())
                    .assertOk();
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(started.uri().toString());
            assertTrue(id.find(), "the wizard keeps its application in the address: " + started.uri());
            long application = Long.parseLong(id.group(1));
            String motivationStep = "/forum/apply/application.xhtml?id=" + application + "&step=MOTIVATION";
            String stored = "select concat(coalesce(a.cv_file_name, '-'), '/', (select count(*) from"
                    + " forum_application_cv c where c.application_id = a.id)) from forum_application a where a.id = ?";
            record Cv(String what, String name, byte[] content, String message) {}
            List<Cv> refusedCvs = List.of(
                    new Cv("10 MB + 1 byte", "iso.pdf", ConsultationFixtures.pdf(10 * 1024 * 1024 + 1), tooLarge),
                    new Cv(
                            "5 MB + 1 byte",
                            "iso.pdf",
                            ConsultationFixtures.pdf(fi.cocreate.forum.control.CvPolicy.MAX_BYTES + 1),
                            tooLarge),
                    new Cv("a program renamed .pdf", "cv.pdf", exe, notPdf),
                    new Cv("an HTML page renamed .pdf", "cv.pdf", html, notPdf),
                    new Cv("HTML under a name with ../ and quotes", "../../etc/\"cv\" 'x'.pdf", html, notPdf));
            for (Cv cv : refusedCvs) {
                cases++;
                String label = language + " " + cv.what();
                String typed = "Motivation typed with " + label + " " + System.nanoTime();
                String before = snapshot(stored, application);
                PageClient.Page answer;
                try {
                    answer = client.get(motivationStep)
                            .assertOk()
                            .form("wizard")
                            .set("motivation", typed)
                            .attach("cv", cv.name(), "application/pdf", cv.content())
                            .press("save")
                            .assertOk();
                } catch (AssertionError | RuntimeException e) {
                    failures.add(label + ": could not upload: " + e.getMessage());
                    continue;
                }
                String beside = answer.messageBeside("wizard:cv");
                if (!beside.equals(cv.message())) {
                    failures.add(label + ": expected \"" + cv.message() + "\" beside the file input, found \"" + beside
                            + "\" on " + answer.describe());
                }
                if (!answer.document().select(".notice-list").text().contains(notKept)) {
                    failures.add(label + ": the page does not say the file was not attached: " + answer.describe());
                }
                if (!answer.form("wizard").has("motivation")
                        || !answer.form("wizard").value("motivation").strip().equals(typed)) {
                    failures.add(label + ": the typed motivation is not in the form again: " + answer.describe());
                }
                String after = snapshot(stored, application);
                if (!before.equals(after) || !after.equals("[-/0]")) {
                    failures.add(label + ": stored " + after + " (before: " + before + ")");
                }
                String saved = client.get(motivationStep)
                        .assertOk()
                        .form("wizard")
                        .value("motivation")
                        .strip();
                if (!saved.equals(typed)) {
                    failures.add(label + ": the motivation saved with the refused file is \"" + saved + "\"");
                }
            }
            // A PDF under that name is kept, under a name with no path and no quotes, shown beside the input.
            cases++;
            PageClient.Page accepted = client.get(motivationStep)
                    .assertOk()
                    .form("wizard")
                    .attach("cv", "../../etc/\"cv\" x.pdf", "application/pdf", pdf)
                    .press("save")
                    .assertOk();
            String after = snapshot(stored, application);
            if (!after.equals("[cv x.pdf/1]")) {
                failures.add(language + " a PDF under a bad name: stored " + after);
            }
            if (!accepted.contains(ft.getString("forum.cv.attached"))
                    || !accepted.document().select("#cvHint").text().contains("cv x.pdf")) {
                failures.add(language + " a PDF under a bad name: not shown as attached: " + accepted.describe());
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases + " CV uploads answered wrongly:\n" + String.join("\n", failures));
    }

    /** The open call of the demo data ("second term"): applications to it are taken now. */
    private long openDemoCall() {
        return ((Number) em.createNativeQuery("select id from forum_call where title_en = ?")
                        .setParameter(1, "Nordic expert forum, second term")
                        .getSingleResult())
                .longValue();
    }

    @Inject
    fi.cocreate.consultation.boundary.Summaries summaries;

    @Inject
    fi.cocreate.consultation.boundary.SummaryDownloads downloads;

    @Inject
    fi.cocreate.consultation.boundary.SummaryPdfDownload summaryPdf;

    /**
     * A script and spreadsheet formulas typed by respondents (in their organisation's name and in an answer) come back
     * as text everywhere staff and the public read them: escaped in the staff moderation page and the organisation's
     * own response page, escaped in the receipt mail's HTML (and literal in its text), literal in the summary PDF,
     * apostrophe-prefixed in the CSV export (a cell starting with = + - @ never runs as a formula) and text cells,
     * never formulas, in the XLSX export.
     */
    @Test
    void aScriptOrFormulaTypedByARespondentIsTextInPagesMailsThePdfAndTheExports() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String script = "<script>alert('x')</script>";
        Consultation consultation = fixtures.consultation("Escaping", now, now.plus(Duration.ofHours(2)));
        long question = consultation.getQuestions().get(0).getId();
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.test\",\"x\")", "+1+1", "-2+3", "@SUM(1)");
        List<String> failures = new ArrayList<>();
        Map<String, Long> responseOf = new java.util.LinkedHashMap<>();
        for (String formula : formulas) {
            String rep = fixtures.organisationWithRepresentative(formula + " " + script + " ry", "en");
            long id = acting(
                            rep,
                            () -> responses.submit(
                                    consultation.getId(),
                                    List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                            question, formula + " " + script)),
                                    true))
                    .getId();
            responseOf.put(rep, id);
        }

        // Pages: the staff moderation page and the organisation's own response page.
        String staffLanguage =
                accounts.findByEmail(DemoLogins.STAFF.email()).orElseThrow().getLanguage();
        PageClient staff = client("en", DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        for (Map.Entry<String, Long> each : responseOf.entrySet()) {
            for (PageClient.Page page : List.of(
                    staff.get("/consultation/staff/moderate-response.xhtml?id=" + each.getValue()),
                    client("en", each.getKey(), PASSWORD)
                            .get("/consultation/org/response.xhtml?id=" + each.getValue()))) {
                if (page.status() != 200
                        || page.body().contains(script)
                        || !page.text().contains(script)
                        || !page.document().select("script:containsData(alert)").isEmpty()) {
                    failures.add("page " + page.uri() + ": the script is not shown as text: " + page.describe());
                }
            }
        }

        // The receipt mail: escaped in its HTML, literal in its text.
        for (String rep : responseOf.keySet()) {
            jakarta.mail.internet.MimeMessage receipt = fi.cocreate.testing.MailSinkClient.forTests()
                    .awaitMails(rep, 1, Duration.ofSeconds(30))
                    .get(0);
            String html = part(receipt, "text/html");
            String text = fi.cocreate.testing.MailSinkClient.text(receipt);
            if (html == null
                    || html.contains(script)
                    || !html.contains("&lt;script&gt;alert(")
                    || org.jsoup.Jsoup.parse(html).select("script").size() > 0) {
                failures.add("receipt to " + rep + ": HTML not escaped: " + html);
            }
            if (!text.contains(script)) {
                failures.add("receipt to " + rep + ": the text part lost the typed text: " + text);
            }
        }

        // The summary PDF prints a staff statement with the script as the text it is.
        ActingCaller.actAs(DemoLogins.STAFF.email());
        try {
            var statement = summaries.addStatement(
                    consultation.getId(),
                    fi.cocreate.consultation.entity.SummarySection.FEEDBACK,
                    Theme.INCLUSION,
                    LocalizedText.of("Lausunto " + script, "Yttrande " + script, "Statement " + script));
            summaries.cite(
                    consultation.getId(),
                    statement.getId(),
                    responseOf.values().iterator().next(),
                    null);
            TestClockProducer.CLOCK.set(consultation.getDeadline().plusSeconds(1));
            summaries.publish(consultation.getId(), null, true);
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        String pdf =
                pdfText(summaryPdf.pdf(consultation.getId(), Locale.ENGLISH).orElseThrow());
        if (!pdf.replaceAll("\\s+", " ").contains("Statement " + script)) {
            failures.add("PDF: the statement is not printed as typed: " + pdf);
        }

        // The CSV export through the staff page's link: every cell a spreadsheet would run is neutralised.
        PageClient.Page csv = staff.get("/consultation/staff/export?consultation=" + consultation.getId());
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv.body().replace("\uFEFF", "")))
                .getRecords();
        for (org.apache.commons.csv.CSVRecord record : records) {
            for (String cell : record) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    failures.add("CSV: a cell a spreadsheet would run: " + cell);
                }
            }
        }
        String csvCells = records.toString();
        for (String formula : formulas) {
            if (!csvCells.contains("'" + formula + " " + script)) {
                failures.add("CSV: the answer " + formula + " is not kept as neutralised text: " + csv.body());
            }
        }

        // The XLSX export: the same texts as text cells; no formula anywhere.
        byte[] xlsx = downloads.xlsx(consultation.getId(), Locale.ENGLISH);
        ActingCaller.clear();
        List<String> texts = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        failures.add("XLSX: a formula cell: " + cell.getCellFormula());
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        for (String formula : formulas) {
            if (!texts.contains(formula + " " + script)) {
                failures.add("XLSX: the answer " + formula + " is not a text cell: " + texts);
            }
        }
        client(staffLanguage, DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " places did not keep the typed text as text:\n" + String.join("\n", failures));
    }

    /** The body of the first part of that type (e.g. the HTML alternative), or null. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page))
                    .append('\n');
        }
        reader.close();
        return text.toString();
    }

    /** As {@link #expect} with the numbers grouped as the language writes them (3,000; 3 000). */
    private static List<String> grouped(String kind, String language, int... numbers) {
        java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        Object[] written =
                java.util.Arrays.stream(numbers).mapToObj(format::format).toArray();
        // The page may group with a no-break, a narrow no-break or a plain space: accept each.
        return MESSAGES.get(kind).get(language).stream()
                .map(m -> String.format(Locale.ROOT, m.replace("%d", "%s"), written))
                .flatMap(m -> java.util.stream.Stream.of(
                        m,
                        m.replace('\u00A0', ' ').replace('\u202F', ' '),
                        m.replace('\u00A0', '\u202F'),
                        m.replace('\u202F', '\u00A0')))
                .distinct()
                .toList();
    }

    /** A message of the forum's own bundle in the language, its arguments filled in. */
    private static List<String> forum(String language, String rule, Object... arguments) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                "i18n.forum", Locale.forLanguageTag(language), SecurityIT.class.getClassLoader());
        return List.of(
                new java.text.MessageFormat(bundle.getString("forum.rule." + rule), Locale.forLanguageTag(language))
                        .format(arguments));
    }

    private static List<String> either(List<String> some, List<String> others) {
        List<String> all = new ArrayList<>(some);
        all.addAll(others);
        return all;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    /** The text of the messages shown next to the input (in its parent or grandparent), empty if none. */
    private static String messageAt(PageClient.Page page, String inputId) {
        org.jsoup.nodes.Element input = page.document().getElementById(inputId);
        if (input == null) {
            return "(no input " + inputId + ")";
        }
        org.jsoup.nodes.Element scope = input.parent();
        for (int up = 0;
                up < 2
                        && scope != null
                        && scope.select(".ui-message, .field-error").isEmpty();
                up++) {
            scope = scope.parent();
        }
        return scope == null ? "" : scope.select(".ui-message, .field-error").text();
    }
}
