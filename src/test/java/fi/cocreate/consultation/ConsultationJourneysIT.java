package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.browser.Browser;
import fi.cocreate.testing.browser.ServerSide;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The journeys of a consultation in a real browser, as a person does them: a visitor finds how to respond,
 * registers, confirms the address, registers the organisation, writes a draft with an attachment, comes back and
 * submits; the same form posted after the deadline; and the whole form done with the keyboard only. Each page on the
 * way passes the accessibility scan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationJourneysIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/verify\\.xhtml\\?token=[\\w-]+");
    private static final String PASSWORD = "a long enough password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            new ServerSide(base).realClock();
        }
    }

    @Test
    void aVisitorFindsTheQuestionsRegistersAndSubmitsAResponseWithAnAttachment() throws Exception {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Journey " + System.nanoTime(), 72);
        String email = TestAccounts.uniqueEmail("visitor");
        browser = Browser.open(base, "en");

        // A visitor reads the consultation: its questions, who may answer, and how to respond.
        browser.go("/consultation/view.xhtml?id=" + consultation)
                .assertAccessible()
                .shoot("consultation");
        String page = browser.mainText();
        assertTrue(page.contains("What do you think?") && page.contains("Which one?") && page.contains("Second"), page);
        assertTrue(page.contains("Who can respond") && page.contains("Organisations"), page);
        assertFalse(page.contains("Events"), "no empty events heading");
        browser.follow("Respond to the consultation");

        // The respond page asks for a login; the visitor registers instead.
        browser.waitForText("No account yet? Register").assertAccessible().follow("No account yet? Register");
        browser.waitForText("I want to").assertAccessible();
        browser.check("Organisation representative")
                .type("Name", "Vera Visitor")
                .type("Email address", email)
                .type("New password", PASSWORD)
                .type("Password again", PASSWORD)
                .press("Register");
        // Without the consent: the message at the field names it, not the component's id.
        browser.waitForText("Consent to the privacy notice: this must be accepted");
        assertFalse(browser.mainText().contains("registration:"), browser.mainText());
        browser.type("Name", "Vera Visitor")
                .type("Email address", email)
                .type("New password", PASSWORD)
                .type("Password again", PASSWORD)
                .check("I have read how my personal data is processed and I agree to it.")
                .press("Register");
        browser.waitForText("We sent a message to " + email);

        MimeMessage verification =
                MailSinkClient.forTests().awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Confirm your email address", verification.getSubject());
        Matcher link = VERIFY_LINK.matcher(MailSinkClient.text(verification));
        assertTrue(link.find(), MailSinkClient.text(verification));
        browser.go(link.group()).waitForText("Your email address is confirmed.").assertAccessible();
        assertEquals(
                1,
                ServerSide.query("SELECT id FROM account WHERE email = ? AND email_verified_at IS NOT NULL", email)
                        .size());

        browser.follow("Log in");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Register your organisation or join one first.")
                .assertAccessible();

        // Organisation registration: an invalid business ID is refused at the field, the typed name kept.
        String name = "Journey ry " + System.nanoTime();
        browser.type("Name of the organisation", name)
                .type("Business ID (Y-tunnus)", "1234567-8")
                .choose("Type of organisation", "NGO or association")
                .press("Register organisation");
        browser.waitForText("The business ID is not valid.");
        assertTrue(
                browser.field("Business ID (Y-tunnus)")
                        .findElement(org.openqa.selenium.By.xpath("following::*[contains(@class,'field-message')][1]"))
                        .getText()
                        .contains("The business ID is not valid."),
                "the business ID error is shown at its field");
        assertEquals(name, browser.field("Name of the organisation").getDomProperty("value"));
        browser.assertAccessible();
        assertEquals(
                "NGO or association",
                browser.field("Type of organisation").getText().trim(),
                "the chosen type is kept after the refusal");
        browser.type("Business ID (Y-tunnus)", validBusinessId()).press("Register organisation");
        browser.waitForText("The organisation " + name + " is registered.");
        assertEquals(
                1,
                ServerSide.query("SELECT id FROM organisation WHERE name = ?", name)
                        .size());

        // Draft with an attachment whose name has quotes.
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        browser.assertAccessible();
        browser.type("Your answer", "Our draft view").check("Second").press("Save draft");
        browser.waitForText("The draft is saved.");
        Path file = Files.createTempDirectory("journey").resolve("Lausunto \"luonnos\".pdf");
        Files.write(file, "%PDF-1.4\n%journey\n".getBytes(StandardCharsets.US_ASCII));
        browser.upload("Add an attachment", file).waitForText("Attachment Lausunto \"luonnos\".pdf added.");
        assertTrue(browser.hasLink("Lausunto \"luonnos\".pdf"), browser.mainText());

        // Log out and in again: the draft and the attachment are there; submit. (The log-out is waited for: a page
        // asked for while it still ran was answered by its redirect home, seen in a full run.)
        browser.submit("Log out");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Draft, not submitted");
        assertEquals("Our draft view", browser.field("Your answer").getDomProperty("value"));
        assertTrue(browser.hasLink("Lausunto \"luonnos\".pdf"));
        browser.shoot("response-form");
        browser.type("Your answer", "Our final view")
                .check("The response may be published under the name of our organisation")
                .press("Submit response");
        browser.waitForText("The response is submitted. Reference number:");

        List<Map<String, Object>> stored = ServerSide.query(
                "SELECT r.state, r.reference_number, a.text FROM response r "
                        + "JOIN organisation o ON o.id = r.organisation_id JOIN response_version v ON v.response_id = r.id "
                        + "AND v.number = r.submitted_version JOIN answer a ON a.version_id = v.id "
                        + "WHERE o.name = ? AND a.text IS NOT NULL AND a.text <> ''",
                name);
        assertEquals(1, stored.size(), stored.toString());
        assertEquals("SUBMITTED", stored.get(0).get("state"));
        assertEquals("Our final view", stored.get(0).get("text"));
        String reference = (String) stored.get(0).get("reference_number");
        assertTrue(browser.mainText().contains(reference));
        MimeMessage receipt =
                MailSinkClient.forTests().awaitMails(email, 2, MAIL_WAIT).get(1);
        assertEquals("Response received: " + reference, receipt.getSubject());
        assertTrue(MailSinkClient.text(receipt).contains("Our final view"), MailSinkClient.text(receipt));
        assertTrue(
                MailSinkClient.text(receipt).contains("- Lausunto \"luonnos\".pdf"),
                "the receipt lists the attachment: " + MailSinkClient.text(receipt));
    }

    @Test
    void aFormPostedAfterTheDeadlineIsRefusedKeepingTheTypedTextAndTheSavedDraft() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Late journey " + System.nanoTime(), 2);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        browser.type("Your answer", "saved in time").press("Save draft").waitForText("The draft is saved.");
        browser.type("Your answer", "typed too late");

        server.clockAt(Instant.now().plus(Duration.ofHours(3)));
        browser.press("Submit response");
        browser.waitForText("The deadline has passed, so the response was not saved.");
        assertEquals(
                "typed too late",
                browser.field("Your answer").getDomProperty("value"),
                "the typed text stays on the page");
        browser.assertAccessible();
        assertEquals(
                "saved in time",
                ServerSide.value(
                        "SELECT a.text FROM response r JOIN response_version v ON "
                                + "v.response_id = r.id AND v.number = r.current_version JOIN answer a ON a.version_id = v.id "
                                + "JOIN question q ON q.id = a.question_id AND q.position = 1 WHERE r.consultation_id = ?",
                        consultation));
        assertEquals("DRAFT", ServerSide.value("SELECT state FROM response WHERE consultation_id = ?", consultation));
    }

    /**
     * The login ends while the form is open (the session timed out: here its cookie is deleted). Saving then shows a
     * page in the person's language that says so, shows back what they typed, tells them the saved draft is kept and
     * takes them back to the form after logging in again; an AJAX post (the upload) ends on the same page.
     */
    @Test
    void aPostAfterTheLoginEndedSaysSoKeepsTheTypedTextAndTheDraftAndLeadsBackToTheForm() throws Exception {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Expired journey " + System.nanoTime(), 72);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        browser.type("Your answer", "saved in time").press("Save draft").waitForText("The draft is saved.");
        // A post with a forged CSP nonce is refused before it changes anything (PrimeFaces alone checked it only
        // while rendering, after the draft had been saved), on the same page with the typed text.
        browser.type("Your answer", "posted with a forged nonce");
        browser.js("const forged = btoa('00000000-0000-0000-0000-000000000000'); PrimeFaces.csp.NONCE_VALUE = forged;"
                + "document.querySelectorAll('input[name=\"primefaces.nonce\"]').forEach(i => i.value = forged)");
        browser.press("Save draft").waitForText("The page has expired");
        assertEquals(
                "posted with a forged nonce",
                browser.driver()
                        .findElement(org.openqa.selenium.By.cssSelector("textarea.typed-text"))
                        .getDomProperty("value"));
        assertEquals("saved in time", draftText(consultation), "the forged post saved nothing");
        browser.forgetConsole(); // the refusal answers 400, which Chromium logs

        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        browser.type("Your answer", "typed while the login ended");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.press("Save draft").waitForText("Your login has ended");
        String page = browser.mainText();
        assertTrue(page.contains("You were logged out") && page.contains("your last saved draft, is kept"), page);
        assertEquals(
                "typed while the login ended",
                browser.driver()
                        .findElement(org.openqa.selenium.By.cssSelector("textarea.typed-text"))
                        .getDomProperty("value"),
                "the typed text is shown back");
        browser.assertAccessible().width(320).assertReflows().width(Browser.DESKTOP);
        assertEquals("saved in time", draftText(consultation), "the saved draft is unchanged");

        browser.follow("Log in again and return to the page");
        logIn(email);
        browser.waitForText("Written response");
        // Back on the form's page as the browser last showed it (after the draft's save: "?saved=draft&...").
        assertTrue(
                browser.url().contains("/consultation/org/respond.xhtml?")
                        && browser.url().contains("consultation=" + consultation),
                browser.url());
        assertEquals("saved in time", browser.field("Your answer").getDomProperty("value"));

        // An upload (a PrimeFaces AJAX post) after the login ended goes to the same page instead of doing nothing.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        Path file = Files.createTempDirectory("expired").resolve("late.pdf");
        Files.write(file, "%PDF-1.4\n%late\n".getBytes(StandardCharsets.US_ASCII));
        browser.upload("Add an attachment", file).waitForText("Your login has ended");
        assertTrue(browser.hasLink("Log in again and return to the page"), browser.mainText());
        assertEquals(
                0,
                ServerSide.query(
                                "SELECT a.id FROM attachment a JOIN response r ON r.id = a.response_id "
                                        + "WHERE r.consultation_id = ?",
                                consultation)
                        .size());

        // In Finnish too.
        try (Browser finnish = Browser.open(base, "fi")) {
            finnish.go("/error/expired.xhtml?loginEnded=%2Fconsultation%2Findex.xhtml")
                    .waitForText("Kirjautumisesi on päättynyt");
            assertTrue(finnish.mainText().contains("viimeksi tallennettu luonnos, on tallessa"), finnish.mainText());
            assertTrue(finnish.link("Kirjaudu uudelleen ja palaa sivulle")
                    .getDomAttribute("href")
                    .endsWith("/login.xhtml?next=%2Fconsultation%2Findex.xhtml"));
        }
    }

    /** The respond page reads in order: the questions, the attachments, and only then the buttons that save. */
    @Test
    void theRespondPageShowsTheAttachmentsBeforeTheButtonsThatSaveOrSubmit() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Order journey " + System.nanoTime(), 72);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        WebElement attachments =
                browser.driver().findElement(org.openqa.selenium.By.xpath("//h2[normalize-space()='Attachments']"));
        WebElement upload = browser.field("Add an attachment");
        for (String button : List.of("Save draft", "Submit response")) {
            assertEquals(
                    Boolean.TRUE,
                    browser.js(
                            "return (arguments[0].compareDocumentPosition(arguments[1]) & "
                                    + "Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (arguments[2].compareDocumentPosition(arguments[1]) "
                                    + "& Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
                            attachments,
                            browser.button(button),
                            upload),
                    button + " comes after the attachments and the upload");
        }
        // The buttons after the attachments still save the answers typed above them.
        browser.type("Your answer", "saved from the end of the page")
                .press("Save draft")
                .waitForText("The draft is saved.");
        assertEquals("saved from the end of the page", draftText(consultation));
        browser.assertAccessible();
    }

    /** WCAG 1.4.10: the logged-in forms and the staff's lists need no horizontal scrolling at 390 and 320 CSS pixels. */
    @Test
    void theLoggedInFormsAndStaffListsReflowAt390And320Pixels() {
        ServerSide server = new ServerSide(base);
        String suffix = String.valueOf(System.nanoTime());
        long open = server.consultation("Reflow form " + suffix, 72);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + open).waitForText("Written response");
        reflows();
        browser.submit("Log out");

        long responded = server.respondedConsultation(suffix);
        long event = server.event(5);
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");
        browser.go("/consultation/staff/moderation.xhtml?id=" + responded).waitForText("Open ry " + suffix);
        reflows();
        browser.follow(browser.row("Open ry " + suffix), "Moderate").waitForText("The response as submitted");
        reflows();
        browser.go("/consultation/staff/summary-edit.xhtml?id=" + responded).waitForText("New statement");
        reflows();
        browser.go("/consultation/staff/edit.xhtml?id=" + open).waitForText("Save consultation");
        reflows();
        browser.go("/consultation/staff/edit.xhtml");
        reflows();
        browser.go("/consultation/staff/events/edit.xhtml?id=" + event);
        reflows();
        browser.go("/consultation/staff/events/edit.xhtml?consultation=" + open);
        reflows();
        // The staff's lists: the long ones (every consultation with its links, every event) scroll inside their
        // table, not the page.
        for (String list : List.of(
                "/consultation/staff/summaries.xhtml",
                "/consultation/staff/events/index.xhtml",
                "/consultation/staff/consultations.xhtml",
                "/consultation/staff/organisations.xhtml",
                "/consultation/staff/processes.xhtml",
                "/consultation/staff/campaigns.xhtml?id=" + responded,
                "/consultation/staff/extensions.xhtml?id=" + responded,
                "/consultation/staff/themes.xhtml?id=" + responded,
                "/consultation/staff/enter-response.xhtml?id=" + open,
                "/consultation/staff/enter-event-output.xhtml?id=" + open)) {
            browser.go(list);
            reflows();
        }
    }

    /** No horizontal scrolling at 390 and 320 px: the document is no wider than the window. */
    private void reflows() {
        for (int width : new int[] {Browser.PHONE, 320}) {
            browser.width(width).assertReflows();
            long scroll = ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
            long inner = ((Number) browser.js("return window.innerWidth")).longValue();
            assertTrue(
                    scroll <= inner,
                    browser.url() + " scrolls sideways at " + width + " px: " + scroll + " > " + inner);
        }
        browser.width(Browser.DESKTOP);
    }

    private static Object draftText(long consultation) {
        return ServerSide.value(
                "SELECT a.text FROM response r JOIN response_version v ON v.response_id = r.id AND "
                        + "v.number = r.current_version JOIN answer a ON a.version_id = v.id JOIN question q ON "
                        + "q.id = a.question_id AND q.position = 1 WHERE r.consultation_id = ?",
                consultation);
    }

    @Test
    void theResponseFormCanBeCompletedWithTheKeyboardAlone() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Keyboard journey " + System.nanoTime(), 72);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.tabToField("Email address").sendKeys(email);
        browser.tabToField("Password").sendKeys(PASSWORD);
        browser.keys(Keys.ENTER).waitForText(email);

        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Written response");
        WebElement answer = browser.tabToField("Your answer");
        answer.sendKeys("Written with the keyboard");
        // The radio group: Tab into it, the arrow key moves to the second option and selects it.
        browser.tabTo(e -> "radio".equals(e.getDomAttribute("type")), 10, "the choices of question 2");
        browser.keys(Keys.ARROW_DOWN);
        browser.tabTo(e -> "checkbox".equals(e.getDomAttribute("type")), 20, "the publication consent");
        browser.keys(Keys.SPACE);
        browser.tabToButton("Submit response");
        browser.keys(Keys.ENTER).waitForText("The response is submitted.");

        Map<String, Object> stored = ServerSide.query(
                        "SELECT r.state, r.publication_consent FROM response r " + "WHERE r.consultation_id = ?",
                        consultation)
                .get(0);
        assertEquals("SUBMITTED", stored.get("state"));
        assertEquals(Boolean.TRUE, stored.get("publication_consent"));
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT o.option_index FROM response r JOIN response_version v ON "
                                        + "v.response_id = r.id AND v.number = r.submitted_version JOIN answer a ON a.version_id = v.id "
                                        + "JOIN answer_option o ON o.answer_id = a.id WHERE r.consultation_id = ? AND o.option_index = 1",
                                consultation)
                        .size(),
                "the second option was chosen with the arrow key");
    }

    @Test
    void aFullEventPutsTheSecondPersonOnTheWaitingListAndACancellationGivesThemTheSeat() throws Exception {
        ServerSide server = new ServerSide(base);
        long event = server.event(1);
        String first = server.user("en");
        String second = server.user("en");
        browser = Browser.open(base, "en");
        browser.go("/consultation/events/view.xhtml?id=" + event)
                .waitForText("Workshop en " + event)
                .assertAccessible()
                .shoot("event");
        assertTrue(browser.mainText().contains("1 of 1 seats free"), browser.mainText());
        browser.follow("Log in to register");
        logIn(first);
        browser.go("/consultation/events/view.xhtml?id=" + event)
                .type("Organisation (optional)", "First ry")
                .press("Register")
                .waitForText("You are registered.");
        browser.assertAccessible();
        MimeMessage confirmation =
                MailSinkClient.forTests().awaitMails(first, 1, MAIL_WAIT).get(0);
        assertEquals("Registration confirmed: Workshop en " + event, confirmation.getSubject());
        assertTrue(EventsIT.attachment(confirmation, ".ics").isMimeType("text/calendar"), "the mail has an .ics");

        try (Browser other = Browser.open(base, "en")) {
            other.go("/login.xhtml")
                    .type("Email address", second)
                    .type("Password", PASSWORD)
                    .press("Log in")
                    .waitForText(second);
            other.go("/consultation/events/view.xhtml?id=" + event).waitForText("Full (1 seats)");
            other.press("Join the waiting list").waitForText("you are on the waiting list (number 1)");
        }
        assertEquals(
                "WAITING",
                ServerSide.value(
                        "SELECT status FROM event_registration WHERE event_id = ? AND email = ?", event, second));

        browser.go("/consultation/events/view.xhtml?id=" + event)
                .press("Cancel my registration")
                .waitForText("Your registration is cancelled.");
        assertEquals(
                "CONFIRMED",
                ServerSide.value(
                        "SELECT status FROM event_registration WHERE event_id = ? AND " + "email = ?", event, second));
        List<MimeMessage> secondMails = MailSinkClient.forTests().awaitMails(second, 2, MAIL_WAIT);
        assertTrue(
                secondMails.get(1).getSubject().startsWith("A seat became free for you"),
                secondMails.get(1).getSubject());

        // Once it has started, registration is closed; once it has ended, the page says it is over.
        // The fixture's event starts in ten days (on the hour) and lasts two hours.
        Instant inTenDays = Instant.now().plus(Duration.ofDays(10));
        new ServerSide(base).clockAt(inTenDays.plus(Duration.ofMinutes(30)));
        browser.go("/consultation/events/view.xhtml?id=" + event)
                .waitForText("Registration has closed: the event has " + "started.");
        new ServerSide(base).clockAt(inTenDays.plus(Duration.ofHours(3)));
        browser.go("/consultation/events/view.xhtml?id=" + event).waitForText("The event is over.");
        assertFalse(browser.mainText().contains("the event has started"), browser.mainText());
    }

    @Test
    void aSwedishSubscriberConfirmsByMailAndUnsubscribesOnAPageInSwedish() throws Exception {
        String email = TestAccounts.uniqueEmail("subscriber");
        browser = Browser.open(base, "en");
        browser.go("/consultation/index.xhtml").follow("Subscribe to news of consultations and events");
        browser.waitForText("Subscribe to news").assertAccessible().shoot("subscribe");
        browser.type("Email address", email)
                .check("Swedish")
                .check("Researchers")
                .press("Subscribe");
        browser.waitForText("We sent a message to " + email);
        MimeMessage confirm =
                MailSinkClient.forTests().awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Bekräfta din prenumeration", confirm.getSubject());
        Matcher link = Pattern.compile("https?://\\S+/subscribe/confirm\\.xhtml\\?token=\\S+")
                .matcher(MailSinkClient.text(confirm));
        assertTrue(link.find(), MailSinkClient.text(confirm));
        browser.go(link.group()).waitForText("Your subscription is confirmed.").assertAccessible();
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT s.id FROM subscription s JOIN subscription_target_group g ON "
                                        + "g.subscription_id = s.id WHERE s.email = ? AND s.confirmed_at IS NOT NULL AND s.language = 'sv' "
                                        + "AND g.target_group = 'RESEARCHERS'",
                                email)
                        .size());

        MimeMessage welcome =
                MailSinkClient.forTests().awaitMails(email, 2, MAIL_WAIT).get(1);
        assertEquals("Välkommen: din prenumeration på Cocreate är bekräftad", welcome.getSubject());
        Matcher manage = Pattern.compile("https?://\\S+/subscribe/manage\\.xhtml\\?token=\\S+")
                .matcher(MailSinkClient.text(welcome));
        assertTrue(manage.find(), "the welcome mail links to the choices: " + MailSinkClient.text(welcome));
        Matcher inText = Pattern.compile("https?://\\S+/subscribe/unsubscribe\\?token=\\S+")
                .matcher(MailSinkClient.text(welcome));
        assertTrue(inText.find(), "the welcome mail links to unsubscribing: " + MailSinkClient.text(welcome));
        String unsubscribe = inText.group();
        try (Browser swedishReader = Browser.open(base, "en")) {
            swedishReader.go(unsubscribe).waitForText("Avsluta prenumerationen").assertAccessible();
            swedishReader.press("Avsluta prenumerationen").waitForText("Prenumerationen är avslutad");
            assertFalse(swedishReader.hasButton("Avsluta prenumerationen"), "the page does not ask again");
        }
        assertEquals(
                0,
                ServerSide.query("SELECT id FROM subscription WHERE email = ?", email)
                        .size());
    }

    @Test
    void staffModerateTagWriteACitedSummaryAndPublishItAndAVisitorFollowsTheCitation() {
        ServerSide server = new ServerSide(base);
        String suffix = String.valueOf(System.nanoTime());
        long consultation = server.respondedConsultation(suffix);
        server.clockAt(Instant.now().plus(Duration.ofHours(2)));
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");

        // Moderation: staff see the whole response, its chosen option and its attachment, and accept it.
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .waitForText("Open ry " + suffix)
                .assertAccessible();
        browser.shoot("moderation");
        browser.follow(browser.row("Open ry " + suffix), "Moderate").waitForText("The response as submitted");
        browser.assertAccessible().shoot("moderate-response");
        String response = browser.mainText();
        assertTrue(response.contains("Organisations reach people whom others miss."), response);
        assertTrue(
                response.contains("Chosen") && response.contains("Second"), "the chosen option is shown: " + response);
        String attachment = browser.link("Lausunto " + suffix + ".pdf").getDomAttribute("href");
        assertTrue(browser.download(attachment).startsWith("200 application/pdf"), "staff open the attachment");
        browser.check("Accepted for publication").press("Save the state").waitForText("The moderation is saved.");
        browser.choose("Theme", "Inclusion").submit("Add the theme");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT t.id FROM response_theme_tag t JOIN response r ON r.id = t.response_id "
                                        + "JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ? AND t.theme = 'INCLUSION' AND "
                                        + "t.passage_id IS NULL",
                                "Open ry " + suffix)
                        .size(),
                "the response is tagged");
        WebElement quote = browser.field("Quote a passage", "Passage, copied word for word from the answer");
        quote.sendKeys("Organisations reach people");
        browser.select(browser.field("Quote a passage", "Theme"), "The role of organisations")
                .submit("Add the passage");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT t.id FROM response_passage p JOIN response_theme_tag t ON "
                                        + "t.passage_id = p.id WHERE p.quote = ? AND t.theme = 'ROLE_OF_ORGANISATIONS' AND p.response_id = "
                                        + "(SELECT r.id FROM response r JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ?)",
                                "Organisations reach people",
                                "Open ry " + suffix)
                        .size(),
                "the passage is quoted with its theme");

        // The other response is hidden, with a reason.
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .follow(browser.row("Rude ry " + suffix), "Moderate")
                .waitForText("Something offensive.");
        browser.check("Hidden").press("Save the state").waitForText("Give the reason for hiding the response.");
        browser.type("Reason for hiding (required when hidden)", "Offensive language")
                .press("Save the state")
                .waitForText("The moderation is saved.");
        assertEquals(
                "HIDDEN",
                ServerSide.value(
                        "SELECT m.state FROM response_moderation m JOIN response r ON "
                                + "r.id = m.response_id JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ?",
                        "Rude ry " + suffix));

        // The accepted response points at a person: staff remove that passage, and the public sees "[removed]".
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .follow(browser.row("Open ry " + suffix), "Moderate")
                .waitForText("The response as submitted");
        browser.check("Personal data redacted")
                .press("Save the state")
                .waitForText("Nothing has been removed yet: remove a passage or replace an answer below");
        browser.field("Remove from the public text", "Passage to remove (word for word as in the answer)")
                .sendKeys("whom others miss");
        browser.field("Remove from the public text", "Reason for the redaction (required)")
                .sendKeys("Points at a person");
        browser.submit("Save the redaction");
        browser.waitForText("Removed from the public text.")
                .waitForText("Organisations reach people [removed].")
                .assertAccessible();
        browser.js("document.getElementById('redactions-section').scrollIntoView()");
        browser.shoot("moderate-redaction");
        assertEquals(
                "REDACTED",
                ServerSide.value(
                        "SELECT m.state FROM response_moderation m JOIN response r ON "
                                + "r.id = m.response_id JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ?",
                        "Open ry " + suffix));
        assertTrue(
                browser.mainText().contains("Organisations reach people whom others miss."),
                "staff still see the original");

        // Its proposal, and the ministry's answer: a reason is asked for unless the proposal is adopted.
        browser.field("Mark a proposal", "Proposal (word for word as in the answer)")
                .sendKeys("Organisations reach people whom others miss.");
        browser.submit("Mark as proposal");
        browser.waitForText("Proposal marked.").choose("Reaction", "Partly adopted");
        browser.submit("Save answer");
        browser.waitForText("Give the reason: it is required unless the proposal is adopted.");
        browser.type("Reason (required unless adopted)", "Part of it is in the programme already.")
                .submit("Save answer");
        browser.waitForText("Answer to the proposal saved.").assertAccessible();
        browser.js("document.getElementById('proposals-section').scrollIntoView()");
        browser.shoot("moderate-proposals");

        // A statement that cites the accepted response, published.
        browser.go("/consultation/staff/summary-edit.xhtml?id=" + consultation)
                .waitForText("New statement")
                .assertAccessible();
        browser.type("Statement in Finnish", "Järjestöt tavoittavat ihmisiä.")
                .type("Statement in English", "Organisations reach people.")
                .press("Add the statement")
                .waitForText("The statement is added.");
        browser.waitForText("These statements are not written in every language.");
        // The source is found by typing part of the organisation's name: the picker offers a bounded list.
        browser.suggest("Response or passage", "open ry " + suffix.substring(0, 3), "Open ry " + suffix)
                .assertAccessible()
                .press("Add the citation")
                .waitForText("The citation is added.");
        browser.press("Publish the summary").waitForText("The summary is published.");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT c.id FROM summary_citation c JOIN summary_statement s ON "
                                        + "s.id = c.statement_id JOIN consultation_summary y ON y.id = s.summary_id WHERE "
                                        + "y.consultation_id = ? AND y.published_at IS NOT NULL",
                                consultation)
                        .size());
        String[] pdf = server.fetch("/api/summaries/" + consultation + "/pdf?lang=en");
        assertEquals("200", pdf[0]);
        assertEquals("application/pdf", pdf[1].replaceFirst(";.*", ""));
        assertTrue(pdf[2].startsWith("%PDF"), pdf[2]);

        // A visitor reads the summary and follows the citation to the response; the hidden one is nowhere.
        try (Browser visitor = Browser.open(base, "en")) {
            visitor.go("/consultation/summary.xhtml?id=" + consultation)
                    .waitForText("Organisations reach people.")
                    .assertAccessible()
                    .shoot("summary");
            assertFalse(visitor.mainText().contains("Rude ry"), visitor.mainText());
            assertTrue(
                    visitor.download(visitor.link("Download the summary as PDF").getDomAttribute("href"))
                            .startsWith("200 application/pdf"),
                    "the visitor downloads the PDF");
            assertTrue(
                    visitor.mainText().contains("Partly adopted (1)")
                            && visitor.mainText().contains("Part of it is in the programme already."),
                    visitor.mainText());
            assertFalse(visitor.mainText().contains("whom others miss"), visitor.mainText());
            visitor.follow("Open ry " + suffix)
                    .waitForText("Organisations reach people [removed].")
                    .assertAccessible()
                    .shoot("response-redacted");
            assertTrue(
                    visitor.mainText().contains("The ministry has removed personal data from some answers"),
                    visitor.mainText());
            assertFalse(visitor.mainText().contains("whom others miss"), visitor.mainText());
            assertFalse(visitor.mainText().contains("Something offensive"), visitor.mainText());
        }
        try (Browser swedish = Browser.open(base, "sv")) {
            swedish.go("/consultation/summary.xhtml?id=" + consultation)
                    .waitForText("Järjestöt tavoittavat ihmisiä. (finns inte på svenska)")
                    .waitForText("Organisations reach people [borttaget].")
                    .shoot("summary-proposals-sv");
        }
    }

    @Test
    void staffAcceptOneSuggestedThemeAndRejectAnotherAndTheRejectedOneDoesNotComeBack() {
        ServerSide server = new ServerSide(base);
        String suffix = String.valueOf(System.nanoTime());
        long consultation = server.codedConsultation(suffix);
        String health = "Health ry " + suffix;
        String jobs = "Jobs ry " + suffix;
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");

        // The list suggests themes learnt from the twelve coded responses, with their likelihood.
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .waitForText(health)
                .assertAccessible()
                .shoot("theme-suggestions-list");
        shootFrom(browser.row(jobs), "theme-suggestions-rows");
        assertTrue(
                browser.row(health).getText().contains("Health and wellbeing"),
                browser.row(health).getText());
        assertTrue(
                browser.row(jobs).getText().contains("Labour market position of immigrants"),
                browser.row(jobs).getText());
        assertTrue(browser.row(health).getText().contains("%"), "the likelihood is shown");

        // Accepted: a theme tag of the response. Rejected: stored, and not suggested again.
        browser.press("Accept: Health and wellbeing – " + health).waitForText("The suggested theme was coded.");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT t.id FROM response_theme_tag t JOIN response r ON r.id = t.response_id"
                                        + " JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ? AND t.theme = ?"
                                        + " AND t.passage_id IS NULL",
                                health,
                                "HEALTH_AND_WELLBEING")
                        .size(),
                "the accepted theme is a code");
        browser.press("Reject: Labour market position of immigrants – " + jobs)
                .waitForText("The suggestion was rejected and will not be made here again.");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT x.id FROM theme_suggestion_rejection x JOIN response r"
                                        + " ON r.id = x.response_id JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ?"
                                        + " AND x.theme = ? AND x.passage_id IS NULL AND x.rejected_by = ?",
                                jobs,
                                "LABOUR_MARKET",
                                "staff@demo.cocreate.fi")
                        .size(),
                "the rejection is stored with who rejected");
        assertEquals(
                0,
                ServerSide.query(
                                "SELECT t.id FROM response_theme_tag t JOIN response r ON r.id = t.response_id"
                                        + " JOIN organisation o ON o.id = r.organisation_id WHERE o.name = ?",
                                jobs)
                        .size());

        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation).waitForText(jobs);
        assertFalse(
                browser.hasButton("Reject: Labour market position of immigrants – " + jobs),
                "the rejected suggestion does not come back: "
                        + browser.row(jobs).getText());
        assertFalse(browser.hasButton("Accept: Health and wellbeing – " + health), "a coded theme is not suggested");
        assertTrue(browser.row(health).getText().contains("Health and wellbeing"), "now among the response's themes");

        // Nor on the response's own page, which explains the suggestions.
        browser.follow(browser.row(jobs), "Moderate")
                .waitForText("Suggested themes")
                .assertAccessible()
                .shoot("theme-suggestions-response");
        shootFrom(
                browser.driver().findElement(org.openqa.selenium.By.id("suggestionsTitle")),
                "theme-suggestions-section");
        assertFalse(browser.hasButton("Reject: Labour market position of immigrants"), browser.mainText());

        // The demo consultation shows them in use: an uncoded statement gets suggestions for itself and its passages.
        Object demo = ServerSide.value(
                "SELECT r.id FROM response r JOIN organisation o ON o.id = r.organisation_id"
                        + " JOIN consultation c ON c.id = r.consultation_id WHERE o.name = ? AND c.title_en = ?",
                "Refugee Support Coalition",
                "Statements on the integration programme, 2021");
        browser.go("/consultation/staff/moderate-response.xhtml?id=" + demo)
                .waitForText("Suggested themes")
                .assertAccessible();
        assertTrue(
                browser
                        .driver()
                        .findElements(org.openqa.selenium.By.cssSelector(
                                "#passages button, #passages" + " input[type=submit]"))
                        .stream()
                        .anyMatch(b ->
                                String.valueOf(b.getDomAttribute("aria-label")).startsWith("Accept: ")),
                "passages of the demo statement have suggestions");
        assertFalse(browser.mainText().contains("No suggestions"), "the whole statement has suggestions too");
        shootFrom(
                browser.driver().findElement(org.openqa.selenium.By.id("suggestionsTitle")), "theme-suggestions-demo");

        // In Finnish and Swedish the same suggestions are explained in the page's language.
        for (String[] language : new String[][] {
            {"fi", "Sähköpostiosoite", "Salasana", "Kirjaudu", "Ehdotetut teemat"},
            {"sv", "E-postadress", "Lösenord", "Logga in", "Föreslagna teman"}
        }) {
            try (Browser other = Browser.open(base, language[0])) {
                other.go("/login.xhtml");
                other.type(language[1], "staff@demo.cocreate.fi")
                        .type(language[2], "demo-password")
                        .press(language[3])
                        .waitForText("staff@demo.cocreate.fi");
                other.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                        .waitForText(language[4])
                        .assertAccessible()
                        .shoot("theme-suggestions-list-" + language[0]);
            }
        }
    }

    @Test
    void staffGiveTheDemoConsultationAnOwnThemeAndEnterItsWorkshopsNotesAsFeedback() {
        Object demo = ServerSide.value(
                "SELECT id FROM consultation WHERE title_en = ?", "Statements on the integration programme, 2021");
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");
        browser.go("/consultation/staff/moderation.xhtml?id=" + demo)
                .follow("The consultation's own themes")
                .waitForText("Language training alongside work")
                .assertAccessible();
        String name = "Asuminen " + System.nanoTime();
        browser.type("New theme's name in Finnish (required)", name)
                .type("New theme's name in English", "Housing journey")
                .press("Add the theme")
                .waitForText("has been added");
        browser.assertAccessible().shoot("own-themes");

        browser.go("/consultation/staff/moderation.xhtml?id=" + demo)
                .follow("Enter an event's output")
                .waitForText("become feedback whose source is the event")
                .assertAccessible();
        browser.choose("Event", "Workshop: the draft integration programme")
                .type("1. Your statement on the integration programme", "Table 3: mentors for new employees.")
                .check("The output may be published under the event's name")
                .press("Save the output")
                .waitForText("has been entered with the reference");
        browser.assertAccessible().shoot("event-output");
        browser.go("/consultation/staff/moderation.xhtml?id=" + demo)
                .waitForText("Workshop: the draft integration programme");
        assertTrue(
                browser.row("Workshop: the draft integration programme")
                        .getText()
                        .contains("event output"),
                browser.row("Workshop: the draft integration programme").getText());
        shootFrom(browser.row("Workshop: the draft integration programme"), "event-output-in-list");
    }

    /** Screenshots at 1280 and 390 px of the page from that element on (below a long page's top). */
    private void shootFrom(WebElement from, String name) {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        for (int width : new int[] {Browser.DESKTOP, Browser.PHONE}) {
            browser.width(width);
            browser.js("arguments[0].scrollIntoView()", from);
            browser.screenshot(dir, name + "-" + width, width);
        }
        browser.width(Browser.DESKTOP);
    }

    @Test
    void staffConfirmASuggestedCampaignAndTagEveryResponseOfItAtOnce() {
        ServerSide server = new ServerSide(base);
        String suffix = String.valueOf(System.nanoTime());
        long consultation = server.campaignConsultation(suffix);
        server.clockAt(Instant.now().plus(Duration.ofHours(2)));
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");

        // From the moderation list to the suggested group: the three letters, not the response of its own.
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .waitForText("Own ry " + suffix)
                .follow("Near-identical responses and campaigns")
                .waitForText("3 near-identical responses")
                .assertAccessible()
                .shoot("campaigns-suggested");
        String page = browser.mainText();
        for (int i = 1; i <= 3; i++) {
            assertTrue(page.contains("Letter ry " + i + " " + suffix), page);
        }
        assertFalse(page.contains("Own ry " + suffix), page);
        assertTrue(page.contains("100%"), "the first letter is the reference: " + page);

        browser.press("Confirm as a campaign").waitForText("The campaign of 3 responses is confirmed.");
        browser.waitForText("No near-identical responses were found.").waitForText("Campaign of 3 responses");
        assertEquals(
                3,
                ServerSide.query(
                                "SELECT m.response_id FROM response_campaign_member m JOIN response_campaign c"
                                        + " ON c.id = m.campaign_id WHERE c.consultation_id = ?",
                                consultation)
                        .size());

        // Without a theme: told at once, nothing tagged; with one, every letter is tagged.
        browser.press("Tag every response").waitForText("Choose the theme to tag.");
        browser.select(browser.field("Theme for every response"), "Inclusion")
                .press("Tag every response")
                .waitForText("The theme is tagged on 3 responses.")
                .assertAccessible()
                .shoot("campaigns-confirmed");
        assertEquals(
                3,
                ServerSide.query(
                                "SELECT t.id FROM response_theme_tag t JOIN response r ON r.id = t.response_id"
                                        + " WHERE r.consultation_id = ? AND t.theme = 'INCLUSION'",
                                consultation)
                        .size());

        try (Browser finnish = Browser.open(base, "fi")) {
            finnish.go("/login.xhtml");
            finnish.type("Sähköpostiosoite", "staff@demo.cocreate.fi")
                    .type("Salasana", "demo-password")
                    .press("Kirjaudu")
                    .waitForText("staff@demo.cocreate.fi");
            finnish.go("/consultation/staff/campaigns.xhtml?id=" + consultation)
                    .waitForText("Kampanja, 3 vastausta")
                    .assertAccessible();
            assertTrue(finnish.mainText().contains("100 %"), "Finnish percent format: " + finnish.mainText());
        }

        browser.press("Undo the campaign").waitForText("The campaign is undone");
        browser.waitForText("3 near-identical responses");
    }

    @Test
    void staffGiveOneOrganisationMoreTimeAndItsResponseAfterTheDeadlineIsMarkedLate() {
        ServerSide server = new ServerSide(base);
        String name = "Extended ry " + System.nanoTime();
        String rep = server.representative(name);
        long consultation = server.consultation("Extension journey " + System.nanoTime(), 1);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        browser.type("Email address", "staff@demo.cocreate.fi")
                .type("Password", "demo-password")
                .press("Log in")
                .waitForText("staff@demo.cocreate.fi");
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation)
                .follow("Deadline extensions for organisations")
                .waitForText("No organisation has an extension.")
                .assertAccessible();

        // Found by part of its name; an end before the deadline is refused at once, the typed reason kept.
        String until = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Helsinki"))
                .plusHours(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm"));
        browser.suggest("Organisation (name or business ID)", name.substring(0, 10), name)
                .type("Until", "1.1.2020 12:00")
                .type("Reason", "The board meets after the deadline")
                .press("Save the extension")
                .waitForText("The extension must end after the deadline and in the future.");
        assertEquals(
                "The board meets after the deadline", browser.field("Reason").getDomProperty("value"));
        browser.suggest("Organisation (name or business ID)", name.substring(0, 10), name)
                .type("Until", until)
                .press("Save the extension")
                .waitForText(name + " has an extension.");
        browser.assertAccessible().shoot("extensions");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT e.id FROM deadline_extension e JOIN organisation o ON"
                                        + " o.id = e.organisation_id WHERE o.name = ? AND e.consultation_id = ?",
                                name,
                                consultation)
                        .size());

        // After the consultation's deadline the organisation still responds, told its own deadline; marked late.
        server.clockAt(Instant.now().plus(Duration.ofHours(2)));
        try (Browser organisation = Browser.open(base, "en")) {
            organisation.go("/login.xhtml");
            organisation
                    .type("Email address", rep)
                    .type("Password", PASSWORD)
                    .press("Log in")
                    .waitForText(rep);
            organisation
                    .go("/consultation/org/respond.xhtml?consultation=" + consultation)
                    .waitForText("Your organisation has an extension")
                    .assertAccessible();
            organisation
                    .type("Your answer", "Our view, on the extended time")
                    .press("Submit response")
                    .waitForText("The response is submitted. Reference number:");
        }
        assertEquals(
                true,
                ServerSide.value(
                        "SELECT r.late_submission FROM response r JOIN organisation o ON"
                                + " o.id = r.organisation_id WHERE o.name = ?",
                        name));
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation).waitForText(name);
        assertTrue(
                browser.row(name).getText().contains("late"), browser.row(name).getText());

        // A letter from another organisation, entered by staff as of its arrival after the deadline.
        String sender = "Letter ry " + System.nanoTime();
        server.representative(sender);
        String arrived = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Helsinki"))
                .plusMinutes(90)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm"));
        browser.follow("Enter a statement received by email or post")
                .waitForText("becomes the organisation")
                .assertAccessible();
        browser.suggest("Organisation (name or business ID)", sender.substring(0, 10), sender)
                .check("Post")
                .type("Arrived at", arrived)
                .type("1. What do you think?", "Our letter, in the post on time")
                .press("Save the statement")
                .waitForText("marked late");
        browser.assertAccessible().shoot("enter-response");
        assertEquals(
                "POST",
                ServerSide.value(
                        "SELECT r.channel FROM response r JOIN organisation o ON"
                                + " o.id = r.organisation_id WHERE o.name = ? AND r.state = 'SUBMITTED'",
                        sender));
        browser.go("/consultation/staff/moderation.xhtml?id=" + consultation).waitForText(sender);
        assertTrue(
                browser.row(sender).getText().contains("by post"),
                browser.row(sender).getText());
    }

    @Test
    void everyPublicPagePassesTheScanAndReflowsAt390And320PixelsInEachLanguage() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Reflow " + System.nanoTime(), 72);
        long event = server.event(5);
        List<String> pages = List.of(
                "/index.xhtml",
                "/consultation/index.xhtml",
                "/consultation/view.xhtml?id=" + consultation,
                "/consultation/events/view.xhtml?id=" + event,
                "/subscribe/index.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/accessibility.xhtml",
                "/privacy.xhtml",
                "/forum/index.xhtml");
        for (String language : List.of("fi", "sv", "en")) {
            try (Browser reader = Browser.open(base, language)) {
                for (String page : pages) {
                    reader.width(Browser.DESKTOP).go(page).assertAccessible();
                    assertEquals(
                            language,
                            reader.driver()
                                    .findElement(org.openqa.selenium.By.tagName("html"))
                                    .getDomAttribute("lang"),
                            page);
                    reader.width(Browser.PHONE).assertReflows().width(320).assertReflows();
                }
            }
        }
        browser = Browser.open(base, "en");
        String statement = browser.go("/accessibility.xhtml").mainText();
        for (String part : List.of(
                "Compliance status",
                "Content that is not yet accessible",
                "Feedback",
                "Supervising authority",
                "saavutettavuusvaatimukset.fi",
                "feedback@test.cocreate.fi")) {
            assertTrue(statement.contains(part), part + " in " + statement);
        }
        browser.go("/register.xhtml");
        assertEquals(
                "Read the privacy notice",
                browser.link("Read the privacy notice").getText());
        assertEquals(
                3L,
                ((Number) ServerSide.value("SELECT COUNT(DISTINCT q.text_en) FROM question q JOIN consultation c "
                                + "ON c.id = q.consultation_id WHERE q.position = 1 AND c.title_en IN ('The role of organisations in "
                                + "integration work', 'Municipal integration programmes and multi-sectoral cooperation', 'Health, "
                                + "wellbeing and the integration of families')"))
                        .longValue(),
                "each demo consultation asks its own questions");
    }

    /** The console check of every journey can fail: a script the policy refuses and a script error are caught. */
    @Test
    void theConsoleCheckCatchesAnInlineScriptThePolicyRefusesAndAScriptError() {
        browser = Browser.open(base, "en");
        browser.go("/consultation/index.xhtml").assertCleanConsole();
        browser.js("const s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + "document.head.appendChild(s); setTimeout(() => { throw new Error('journey self-check'); }, 0);");
        List<String> errors = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> {
                    List<String> seen = browser.consoleErrors();
                    return seen.stream().anyMatch(e -> e.contains("journey self-check"))
                                    && seen.stream().anyMatch(e -> e.contains("Content Security Policy"))
                            ? seen
                            : null;
                });
        assertTrue(errors.stream().allMatch(e -> e.startsWith(browser.url())), errors.toString());
        assertEquals(
                null,
                browser.js("return window.injected === undefined ? null : window.injected"),
                "the policy kept the injected inline script from running");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, browser::assertCleanConsole);
        browser.forgetConsole();
    }

    @Test
    void aRepresentativeFindsTheirAccountPageInThreeLanguagesDownloadsTheirDataAndErasesTheAccount() {
        ServerSide server = new ServerSide(base);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.follow("My account")
                .waitForText("Download my personal data (JSON)")
                .assertAccessible()
                .shoot("account-en");
        assertTrue(browser.mainText().contains(email), browser.mainText());
        assertTrue(
                browser.download("/account/my-data.json").startsWith("200 application/json"),
                browser.download("/account/my-data.json"));
        browser.go("/language?to=fi&back=/account/index.xhtml")
                .waitForText("Lataa henkilötietoni (JSON)")
                .assertAccessible()
                .shoot("account-fi");
        browser.go("/language?to=sv&back=/account/index.xhtml")
                .waitForText("Ladda ner mina personuppgifter (JSON)")
                .assertAccessible()
                .shoot("account-sv");
        browser.go("/language?to=en&back=/account/index.xhtml").waitForText("Erase your account");

        browser.type("Confirm by typing your email address", "not-me@example.test")
                .press("Erase my account")
                .waitForText("Type your account's email address to confirm; the account was not erased.");
        browser.type("Confirm by typing your email address", email)
                .press("Erase my account")
                .waitForText("Your account is erased and you are logged out.")
                .assertAccessible();
        assertTrue(browser.pageText().contains("Log in"), "logged out");
    }

    /**
     * Two representatives of one organisation edit the same answer at once: the approver saves first; the drafter's
     * save from the page opened before shows who changed the answer and when, with their text beside the drafter's
     * own (still in the field), both kept. Opened again (in Finnish and Swedish) the page shows the drafter's kept
     * text beside the saved answer; combined and saved, the drafter asks the approver for approval.
     */
    @Test
    void twoRepresentativesEditingOneAnswerSeeEachOthersTextAndTheDrafterAsksForApproval() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Drafting together " + System.nanoTime(), 72);
        String anna = representativeWithOrganisation(server);
        String dan = server.colleagueOf(anna, "dan");
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation;
        Browser annas = Browser.open(base, "en");
        try {
            browser = Browser.open(base, "en");
            browser.go("/login.xhtml");
            logIn(dan);
            browser.go(path).waitForText("Written response");
            assertTrue(
                    browser.mainText()
                            .contains("only an approver submits it on behalf of the organisation. "
                                    + "Approvers: Rep rep."),
                    browser.mainText());
            annas.go("/login.xhtml")
                    .waitForText("Log in")
                    .type("Email address", anna)
                    .type("Password", PASSWORD)
                    .press("Log in")
                    .waitForText(anna);
            annas.go(path).waitForText("Written response");
            annas.type("Your answer", "Anna: funding must continue after 2027.")
                    .press("Save draft")
                    .waitForText("The draft is saved.");

            browser.type("Your answer", "Dan: the advice reaches people others miss.")
                    .press("Save draft");
            browser.waitForText("Rep rep changed this answer at");
            assertTrue(browser.mainText().contains("Anna: funding must continue after 2027."), browser.mainText());
            assertEquals(
                    "Dan: the advice reaches people others miss.",
                    browser.field("Your answer").getDomProperty("value"),
                    "the drafter's text stays in the field");
            browser.assertAccessible().width(Browser.PHONE).assertReflows().shoot("respond-conflict-en");
            assertEquals(
                    "Dan: the advice reaches people others miss.",
                    ServerSide.value(
                            "SELECT c.text"
                                    + " FROM answer_conflict c JOIN response r ON r.id = c.response_id WHERE r.consultation_id = ?"
                                    + " AND c.resolved_at IS NULL",
                            consultation),
                    "both texts are stored");

            browser.go("/language?to=fi&back="
                            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8))
                    .waitForText("ei tallennettu sen muutoksen päälle, jonka Rep rep teki")
                    .assertAccessible()
                    .shoot("respond-conflict-fi");
            browser.go("/language?to=sv&back="
                            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8))
                    .waitForText("sparades inte över ändringen som Rep rep gjorde")
                    .assertAccessible()
                    .shoot("respond-conflict-sv");
            browser.go("/language?to=en&back="
                            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8))
                    .waitForText("It is kept here:");
            assertEquals(
                    "Anna: funding must continue after 2027.",
                    browser.field("Your answer").getDomProperty("value"),
                    "opened again, the field shows the saved answer");
            browser.type(
                            "Your answer",
                            "Anna: funding must continue after 2027. Dan: the advice reaches people " + "others miss.")
                    .press("Ask for approval")
                    .waitForText("the approvers (Rep rep) have been asked by email");
            assertFalse(browser.mainText().contains("It is kept here:"), "combined and saved: nothing left aside");
            MimeMessage asked =
                    MailSinkClient.forTests().awaitMails(anna, 1, MAIL_WAIT).get(0);
            assertTrue(
                    MailSinkClient.text(asked).contains("Rep dan has saved the draft response"),
                    MailSinkClient.text(asked));

            annas.go("/consultation/org/index.xhtml")
                    .waitForText("Representatives")
                    .assertAccessible()
                    .width(Browser.PHONE)
                    .assertReflows()
                    .shoot("organisation-approvers-en");
            assertTrue(annas.mainText().contains("Drafter"), annas.mainText());
        } finally {
            annas.close();
        }
    }

    private void logIn(String email) {
        browser.waitForText("Log in")
                .type("Email address", email)
                .type("Password", PASSWORD)
                .press("Log in");
        browser.waitForText(email);
    }

    /** A verified representative of a new organisation, made through the pages a person uses. */
    private String representativeWithOrganisation(ServerSide server) {
        return server.representative("Keyboard ry " + System.nanoTime());
    }

    /** A business ID with a correct check digit, new on each call. */
    static String validBusinessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        while (true) {
            String digits = String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }
}
