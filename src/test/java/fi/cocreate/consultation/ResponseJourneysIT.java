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
 * The response journeys of a consultation in a real browser, as a person does them: a visitor finds how to respond,
 * registers, confirms the address, registers the organisation, writes a draft with an attachment, comes back and
 * submits; the same form posted after the deadline; and the whole form done with the keyboard only. Each page on the
 * way passes the accessibility scan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseJourneysIT {

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
        if (browser != null) {
            browser.close();
        }
        new ServerSide(base).realClock();
    }

    @Test
    void aVisitorFindsTheQuestionsRegistersAndSubmitsAResponseWithAnAttachment() throws Exception {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Journey " + System.nanoTime(), 72);
        String email = TestAccounts.uniqueEmail("visitor");
        browser = Browser.open(base, "en");

        // A visitor reads the consultation: its questions, who may answer, and how to respond.
        browser.go("/consultation/view.xhtml?id=" + consultation).assertAccessible();
        String page = browser.mainText();
        assertTrue(page.contains("What do you think?") && page.contains("Which one?") && page.contains("Second"), page);
        assertTrue(page.contains("Who can respond") && page.contains("Organisations"), page);
        assertFalse(page.contains("Events"), "no empty events heading");
        browser.follow("Respond to the consultation");

        // The respond page asks for a login; the visitor registers instead.
        browser.waitForText("No account yet? Register").assertAccessible().follow("No account yet? Register");
        browser.waitForText("I want to").assertAccessible();
        browser.check("Organisation representative").type("Name", "Vera Visitor").type("Email address", email)
                .type("New password", PASSWORD).type("Password again", PASSWORD)
                .check("I have read how my personal data is processed and I agree to it.").press("Register");
        browser.waitForText("We sent a message to " + email);

        MimeMessage verification = MailSinkClient.forTests().awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Confirm your email address", verification.getSubject());
        Matcher link = VERIFY_LINK.matcher(MailSinkClient.text(verification));
        assertTrue(link.find(), MailSinkClient.text(verification));
        browser.go(link.group()).waitForText("Your email address is confirmed.").assertAccessible();
        assertEquals(1, ServerSide.query("SELECT id FROM account WHERE email = ? AND email_verified_at IS NOT NULL",
                email).size());

        browser.follow("Log in");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation)
                .waitForText("Register your organisation or join one first.").assertAccessible();

        // Organisation registration: an invalid business ID is refused at the field, the typed name kept.
        String name = "Journey ry " + System.nanoTime();
        browser.type("Name of the organisation", name).type("Business ID (Y-tunnus)", "1234567-8")
                .choose("Type of organisation", "Association").press("Register organisation");
        browser.waitForText("The business ID is not valid.");
        assertEquals(name, browser.field("Name of the organisation").getDomProperty("value"));
        browser.assertAccessible();
        browser.type("Business ID (Y-tunnus)", validBusinessId()).choose("Type of organisation", "Association")
                .press("Register organisation");
        browser.waitForText("The organisation " + name + " is registered.");
        assertEquals(1, ServerSide.query("SELECT id FROM organisation WHERE name = ?", name).size());

        // Draft with an attachment whose name has quotes.
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation).waitForText("Written response");
        browser.assertAccessible();
        browser.type("Your answer", "Our draft view").check("Second").press("Save draft");
        browser.waitForText("The draft is saved.");
        Path file = Files.createTempDirectory("journey").resolve("Lausunto \"luonnos\".pdf");
        Files.write(file, "%PDF-1.4\n%journey\n".getBytes(StandardCharsets.US_ASCII));
        browser.upload("Add an attachment", file).waitForText("Attachment Lausunto \"luonnos\".pdf added.");
        assertTrue(browser.hasLink("Lausunto \"luonnos\".pdf"), browser.mainText());

        // Log out and in again: the draft and the attachment are there; submit.
        browser.press("Log out");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation).waitForText("Draft, not submitted");
        assertEquals("Our draft view", browser.field("Your answer").getDomProperty("value"));
        assertTrue(browser.hasLink("Lausunto \"luonnos\".pdf"));
        browser.type("Your answer", "Our final view")
                .check("The response may be published under the name of our organisation").press("Submit response");
        browser.waitForText("The response is submitted. Reference number:");

        List<Map<String, Object>> stored = ServerSide.query("SELECT r.state, r.reference_number, a.text FROM response r "
                + "JOIN organisation o ON o.id = r.organisation_id JOIN response_version v ON v.response_id = r.id "
                + "AND v.number = r.submitted_version JOIN answer a ON a.version_id = v.id "
                + "WHERE o.name = ? AND a.text IS NOT NULL AND a.text <> ''", name);
        assertEquals(1, stored.size(), stored.toString());
        assertEquals("SUBMITTED", stored.get(0).get("state"));
        assertEquals("Our final view", stored.get(0).get("text"));
        String reference = (String) stored.get(0).get("reference_number");
        assertTrue(browser.mainText().contains(reference));
        MimeMessage receipt = MailSinkClient.forTests().awaitMails(email, 2, MAIL_WAIT).get(1);
        assertEquals("Response received: " + reference, receipt.getSubject());
        assertTrue(MailSinkClient.text(receipt).contains("Our final view"), MailSinkClient.text(receipt));
    }

    @Test
    void aFormPostedAfterTheDeadlineIsRefusedKeepingTheTypedTextAndTheSavedDraft() {
        ServerSide server = new ServerSide(base);
        long consultation = server.consultation("Late journey " + System.nanoTime(), 2);
        String email = representativeWithOrganisation(server);
        browser = Browser.open(base, "en");
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation).waitForText("Written response");
        browser.type("Your answer", "saved in time").press("Save draft").waitForText("The draft is saved.");
        browser.type("Your answer", "typed too late");

        server.clockAt(Instant.now().plus(Duration.ofHours(3)));
        browser.press("Submit response");
        browser.waitForText("The deadline has passed, so the response was not saved.");
        assertEquals("typed too late", browser.field("Your answer").getDomProperty("value"),
                "the typed text stays on the page");
        browser.assertAccessible();
        assertEquals("saved in time", ServerSide.value("SELECT a.text FROM response r JOIN response_version v ON "
                + "v.response_id = r.id AND v.number = r.current_version JOIN answer a ON a.version_id = v.id "
                + "JOIN question q ON q.id = a.question_id AND q.position = 1 WHERE r.consultation_id = ?",
                consultation));
        assertEquals("DRAFT", ServerSide.value("SELECT state FROM response WHERE consultation_id = ?", consultation));
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
        browser.keys(Keys.ENTER).waitForText("Log out");

        browser.go("/consultation/org/respond.xhtml?consultation=" + consultation).waitForText("Written response");
        WebElement answer = browser.tabToField("Your answer");
        answer.sendKeys("Written with the keyboard");
        // The radio group: Tab into it, the arrow key moves to the second option and selects it.
        browser.tabTo(e -> "radio".equals(e.getDomAttribute("type")), 10, "the choices of question 2");
        browser.keys(Keys.ARROW_DOWN);
        browser.tabTo(e -> "checkbox".equals(e.getDomAttribute("type")), 20, "the publication consent");
        browser.keys(Keys.SPACE);
        browser.tabToButton("Submit response");
        browser.keys(Keys.ENTER).waitForText("The response is submitted.");

        Map<String, Object> stored = ServerSide.query("SELECT r.state, r.publication_consent FROM response r "
                + "WHERE r.consultation_id = ?", consultation).get(0);
        assertEquals("SUBMITTED", stored.get("state"));
        assertEquals(Boolean.TRUE, stored.get("publication_consent"));
        assertEquals(1, ServerSide.query("SELECT o.option_index FROM response r JOIN response_version v ON "
                + "v.response_id = r.id AND v.number = r.submitted_version JOIN answer a ON a.version_id = v.id "
                + "JOIN answer_option o ON o.answer_id = a.id WHERE r.consultation_id = ? AND o.option_index = 1",
                consultation).size(), "the second option was chosen with the arrow key");
    }

    private void logIn(String email) {
        browser.waitForText("Log in").type("Email address", email).type("Password", PASSWORD).press("Log in");
        browser.waitForText("Log out");
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
