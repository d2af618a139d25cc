package fi.cocreate.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.ForumBrowserFixtures;
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
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forum's journeys in a real browser: an applicant from the call to a withdrawn application, a panellist scoring
 * with the rubric and declaring a conflict, and staff from the scores to the confirmed selection and its mails. Each
 * page on the way passes the accessibility scan; the wizard, the review page and the selection page are
 * photographed for docs/screenshots at 1280 and 390 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumJourneysIT {

    /** The narrowest phone the pages are made for (WCAG 1.4.10 reflow is defined at 320 CSS px). */
    static final int NARROW_PHONE = 320;

    /**
     * For every label matched by the selector (arguments[0]): its field (a PrimeFaces widget counts as one) starts
     * below the label and is at least 200 px wide. Returns the problems, one a line; empty when there are none.
     */
    static final String STACKED_FORMS = "const out=[];for(const l of document.querySelectorAll(arguments[0])){"
            + "let c=document.getElementById(l.htmlFor);if(!c){out.push('no field for '+l.textContent.trim());continue;}"
            + "c=c.closest('.ui-selectonemenu, .ui-inputnumber')||c;const a=l.getBoundingClientRect(),"
            + "b=c.getBoundingClientRect();if(b.top<a.bottom-1)out.push(l.textContent.trim()+': beside its label');"
            + "if(b.width<200)out.push(l.textContent.trim()+': only '+Math.round(b.width)+' px wide');}"
            + "return out.join('\\n');";

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/verify\\.xhtml\\?token=[\\w-]+");
    private static final Pattern WIZARD_ID = Pattern.compile("application\\.xhtml\\?.*\\bid=(\\d+)");
    private static final String PASSWORD = ForumBrowserFixtures.PASSWORD;
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

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

    // ---- journey 1: the applicant

    @Test
    void anApplicantAppliesComesBackSubmitsEditsDownloadsAndWithdraws() throws Exception {
        ServerSide server = new ServerSide(base);
        String title = "Journey call " + System.nanoTime();
        long call = server.forumCall(title, 30);
        String email = TestAccounts.uniqueEmail("forum-journey");
        browser = Browser.open(base, "en");

        // The visitor reads the call: the meeting plan once, and "Apply" as a button.
        browser.go("/forum/call.xhtml?id=" + call).assertAccessible();
        String page = browser.mainText();
        assertEquals(1, occurrences(page, "Four meetings a year"), page);
        assertFalse(page.contains("4 meetings a year"), "the plan is not repeated as a count: " + page);
        assertTrue(browser.link("Apply").getDomAttribute("class").contains("call-to-action"));
        browser.follow("Apply");

        // Registers as an applicant and confirms the address from the mail.
        browser.waitForText("No account yet? Register").follow("No account yet? Register");
        browser.waitForText("I want to")
                .check("Forum applicant")
                .type("Name", "Amira Applicant")
                .type("Email address", email)
                .type("New password", PASSWORD)
                .type("Password again", PASSWORD)
                .check("I have read how my personal data is processed and I agree to it.")
                .press("Register");
        browser.waitForText("We sent a message to " + email);
        MimeMessage verification =
                MailSinkClient.forTests().awaitMails(email, 1, MAIL_WAIT).get(0);
        Matcher link = VERIFY_LINK.matcher(MailSinkClient.text(verification));
        assertTrue(link.find(), MailSinkClient.text(verification));
        browser.go(link.group()).waitForText("Your email address is confirmed.");
        browser.follow("Log in");
        logIn(email);
        assertTrue(browser.url().contains("/forum/apply/"), "an applicant lands on their own page: " + browser.url());

        // The wizard keeps its application in the address from the first page on.
        browser.go("/forum/call.xhtml?id=" + call).follow("Apply").waitForText("Step 1 of 5");
        Matcher address = WIZARD_ID.matcher(browser.url());
        assertTrue(address.find(), browser.url());
        String id = address.group(1);
        browser.assertAccessible();
        assertTrue(
                browser.pageText().contains("Amira Applicant")
                        || "Amira Applicant".equals(browser.field("Name").getDomProperty("value")),
                "prefilled from the account");

        // Step 1 by keyboard only.
        WebElement year = browser.tabToField("Year of birth");
        year.sendKeys("1986");
        browser.tabTo(e -> "radio".equals(e.getDomAttribute("type")), 10, "the gender choices");
        browser.keys(Keys.SPACE);
        browser.tabToButton("Save and continue");
        browser.keys(Keys.ENTER).waitForText("Step 2 of 5");
        assertTrue(browser.url().contains("id=" + id) && browser.url().contains("step=BACKGROUND"), browser.url());
        browser.assertAccessible();

        // Step 2 with one eligibility mistake, corrected; languages from the searchable list.
        browser.choose("Country of birth", "Sweden")
                .choose("Country of origin", "Syria")
                .choose("New home country", "Finland")
                .type("Year of arrival in the Nordic region", "2014");
        chooseLanguages("Arabic", "Finnish");
        browser.press("Save and continue").waitForText("The forum is for people born outside the Nordic region.");
        assertTrue(
                browser.url().contains("id=" + id),
                "a refused step keeps the application in the address: " + browser.url());
        browser.assertAccessible();
        browser.choose("Country of birth", "Syria").press("Save and continue").waitForText("Step 3 of 5");

        // Reload and a language switch keep the application and the step.
        browser.driver().navigate().refresh();
        browser.waitForText("Step 3 of 5");
        browser.follow("Suomi").waitForText("Vaihe 3/5");
        assertTrue(browser.url().contains("id=" + id), browser.url());
        browser.follow("English").waitForText("Step 3 of 5");
        browser.assertAccessible();

        browser.check("Education")
                .type("Your experience in: Education", "Ten years of adult education.")
                .check("I apply as an individual expert")
                .press("Save and continue")
                .waitForText("Step 4 of 5");
        browser.assertAccessible();
        browser.type("Motivation", "I want to bring adult learners' voices to the forum.");
        assertTrue(browser.pageText().contains("Characters left:"), "the counter says what it counts");

        // The CV chosen and "Save draft" pressed: the file is kept.
        Path cv = Files.createTempDirectory("forum-journey").resolve("Amira CV.pdf");
        Files.write(cv, "%PDF-1.4\n% Amira\n".getBytes(StandardCharsets.US_ASCII));
        browser.upload("CV (PDF)", cv).press("Save draft").waitForText("Your CV was attached.");
        browser.waitForText("Attached: Amira CV.pdf");
        assertEquals(
                1,
                ServerSide.query("SELECT id FROM forum_application_cv WHERE application_id = ?", Long.parseLong(id))
                        .size());
        browser.screenshot(SCREENSHOTS, "forum-wizard-1280", Browser.DESKTOP);
        browser.screenshot(SCREENSHOTS, "forum-wizard-390", Browser.PHONE);
        browser.width(Browser.PHONE).assertReflows().width(Browser.DESKTOP);

        // A file that is not a PDF is not kept, and the page says so.
        Path notPdf = cv.resolveSibling("notes.pdf");
        Files.writeString(notPdf, "just text");
        browser.upload("CV (PDF)", notPdf).press("Save and continue").waitForText("The chosen file was not attached.");
        browser.waitForText("Step 4 of 5");

        // A bad or unknown address answers the app's 404 page.
        browser.go("/forum/apply/application.xhtml?id=abc").waitForText("Page not found");
        browser.go("/forum/apply/application.xhtml?id=999999999").waitForText("Page not found");
        browser.go("/forum/call.xhtml?id=999999999").waitForText("Page not found");

        // Log out and in: the applicant's page says Continue and opens the step left.
        browser.submit("Log out"); // waited for: a page asked for meanwhile meets its redirect home
        browser.go("/login.xhtml");
        logIn(email);
        browser.go("/forum/apply/index.xhtml").assertAccessible();
        browser.follow("Continue").waitForText("Step 4 of 5");
        assertEquals(
                "I want to bring adult learners' voices to the forum.",
                browser.field("Motivation").getDomProperty("value"));

        // Submit; the confirmation mail arrives in English with a capital after the greeting.
        browser.press("Save and continue").waitForText("Step 5 of 5").assertAccessible();
        assertTrue(browser.mainText().contains("Amira CV.pdf"), "the review shows the CV");
        browser.check("I consent to the processing of my personal data for the selection of the forum. "
                + "The data of applicants who are not selected is erased after the retention period.");
        browser.press("Submit application").waitForText("Your application was submitted.");
        MimeMessage received =
                MailSinkClient.forTests().awaitMails(email, 2, MAIL_WAIT).get(1);
        assertEquals("We received your application to the expert forum", received.getSubject());
        String receipt = MailSinkClient.text(received).replace("\r\n", "\n");
        assertTrue(receipt.contains("Hello Amira Applicant,\n\nThank you for applying"), receipt);
        assertEquals(
                "SUBMITTED", ServerSide.value("SELECT status FROM forum_application WHERE id = ?", Long.parseLong(id)));

        // Edit: the action of a submitted application says so.
        browser.assertAccessible();
        assertFalse(browser.hasLink("Continue"), browser.mainText());
        browser.follow("Edit").waitForText("Step 5 of 5");
        browser.press("Back").waitForText("Step 4 of 5");
        browser.type("Motivation", "I want to bring adult learners' voices to Nordic policy.")
                .press("Save changes")
                .waitForText("Your changes were saved.");
        assertEquals(
                "I want to bring adult learners' voices to Nordic policy.",
                ServerSide.value("SELECT motivation FROM forum_application WHERE id = ?", Long.parseLong(id)));

        // Download the data: everything about the application, as JSON.
        browser.go("/forum/apply/index.xhtml").waitForText("Download my data (JSON)");
        String json = (String) browser.js("const f = document.getElementById('mine');"
                + "const d = new URLSearchParams(new FormData(f)); d.append('mine:export', '');"
                + "return fetch(f.action, {method: 'POST', body: d}).then(r => r.text());");
        assertTrue(json.contains("Nordic policy") && json.contains("\"status\": \"SUBMITTED\""), json);

        // Withdraw: final for this call, as the page says.
        assertTrue(browser.mainText().contains("Withdrawing or erasing an application is final"));
        browser.press("Withdraw");
        browser.driver().switchTo().alert().accept();
        browser.waitForText("Your application was withdrawn.");
        assertEquals(
                "WITHDRAWN", ServerSide.value("SELECT status FROM forum_application WHERE id = ?", Long.parseLong(id)));
        assertEquals(
                1,
                ServerSide.query("SELECT account_id FROM forum_call_withdrawal WHERE call_id = ?", call)
                        .size());
    }

    // ---- journey 2: a panellist

    @Test
    void aPanellistScoresWithTheRubricDeclaresAConflictAndSeesOthersScoresOnlyAfterTheirOwn() {
        ServerSide server = new ServerSide(base);
        String suffix = "P" + System.nanoTime();
        String[] panel = server.forumPanel(suffix);
        long first = Long.parseLong(panel[3]);
        long second = Long.parseLong(panel[4]);
        browser = Browser.open(base, "en");
        logIn(panel[1], PASSWORD);
        assertTrue(browser.url().contains("/forum/panel/"), "a panellist lands on their list: " + browser.url());

        // The list: progress, and the next application without a score.
        browser.go("/forum/panel/index.xhtml").waitForText("0 of 3 scored").assertAccessible();
        // The list filters by name as one types (AJAX): only the matching application stays.
        browser.driver()
                .findElement(By.xpath("//th[contains(normalize-space(.), 'Applicant')]//input"))
                .sendKeys("Cy " + suffix);
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.hasLink("Cy " + suffix) && !browser.hasLink("Aino " + suffix));
        browser.go("/forum/panel/index.xhtml").waitForText("0 of 3 scored");
        browser.follow("Next unscored application").waitForText("Aino " + suffix);
        assertTrue(browser.mainText().contains("(No. " + first + ")"), "the application number is shown");
        browser.assertAccessible();
        assertFalse(
                browser.mainText().contains("Scored by the second panellist."),
                "others' scores are hidden before one's own");

        // The CV opens from the review page, and the view is recorded.
        browser.press("Open the CV (PDF)");
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .until(d -> !ServerSide.query(
                                "SELECT id FROM forum_application_view WHERE application_id = ? AND purpose = 'CV' AND viewer_email = ?",
                                first,
                                panel[1])
                        .isEmpty());

        // Score with the rubric: the level descriptors are the choices.
        browser.check("4 – Expertise level 4")
                .check("3 – Motivation level 3")
                .type("Comment", "Strong adult-education background.")
                .press("Submit score");
        browser.waitForText("Scored by the second panellist.");
        assertTrue(browser.mainText().contains("Pekka Panel " + suffix), browser.mainText());
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "forum-review-1280", Browser.DESKTOP);
        browser.screenshot(SCREENSHOTS, "forum-review-390", Browser.PHONE);
        browser.width(Browser.PHONE).assertReflows().width(Browser.DESKTOP);
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT s.id FROM panel_score_sheet s JOIN panel_member m ON m.id = s.member_id "
                                        + "JOIN account a ON a.id = m.account_id WHERE s.application_id = ? AND a.email = ? "
                                        + "AND s.submitted_at IS NOT NULL",
                                first,
                                panel[1])
                        .size());

        // A conflict: the application leaves the list and its address is refused.
        browser.go("/forum/panel/index.xhtml").waitForText("1 of 3 scored");
        browser.follow("Bo " + suffix).waitForText("(No. " + second + ")");
        browser.type("Reason (optional, seen by staff)", "A former colleague.").press("Declare a conflict of interest");
        browser.waitForText("Your conflict of interest was recorded.");
        assertFalse(browser.hasLink("Bo " + suffix), browser.mainText());
        browser.waitForText("1 of 2 scored");
        browser.go("/forum/panel/review.xhtml?application=" + second).waitForText("No access");
        browser.go("/forum/panel/review.xhtml?application=abc").waitForText("Page not found");
        browser.go("/forum/panel/review.xhtml?application=999999999").waitForText("Page not found");
    }

    /** The panellist's list sorts by column, and a score saved as a draft stays theirs until they submit it. */
    @Test
    void aPanellistSortsTheirListAndSavesAScoreAsADraftBeforeSubmittingIt() {
        ServerSide server = new ServerSide(base);
        String suffix = "D" + System.nanoTime();
        String[] panel = server.forumPanel(suffix);
        long first = Long.parseLong(panel[3]);
        browser = Browser.open(base, "en");
        logIn(panel[1], PASSWORD);

        // Sorting by applicant, twice: Aino, Bo, Cy and then Cy, Bo, Aino.
        browser.go("/forum/panel/index.xhtml").waitForText("0 of 3 scored");
        String ascending = "Aino " + suffix + ".*Bo " + suffix + ".*Cy " + suffix;
        String descending = "Cy " + suffix + ".*Bo " + suffix + ".*Aino " + suffix;
        for (String[] sort : new String[][] {{"ascending", ascending}, {"descending", descending}}) {
            browser.driver()
                    .findElement(By.xpath("//th[contains(normalize-space(.), 'Applicant')]"
                            + "//span[contains(@class, 'ui-column-title')]"))
                    .click();
            new WebDriverWait(browser.driver(), MAIL_WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d ->
                            !d.findElements(By.xpath("//th[contains(normalize-space(.), 'Applicant') and @aria-sort='"
                                                    + sort[0] + "']"))
                                            .isEmpty()
                                    && Pattern.compile(sort[1], Pattern.DOTALL)
                                            .matcher(d.findElement(By.cssSelector("[id$='applications_data']"))
                                                    .getText())
                                            .find());
        }
        browser.assertAccessible();

        // A draft: saved, not submitted, not counted, and still there when the panellist comes back.
        browser.follow("Next unscored application").waitForText("Aino " + suffix);
        browser.check("4 \u2013 Expertise level 4")
                .type("Comment", "First impression, to be checked.")
                .press("Save draft")
                .waitForText("Your draft was saved. Nobody else sees it.");
        assertFalse(
                browser.mainText().contains("Scored by the second panellist."),
                "a draft does not open the others' scores");
        assertEquals(
                1,
                ServerSide.query(
                                "SELECT s.id FROM panel_score_sheet s JOIN panel_member m ON m.id = s.member_id "
                                        + "JOIN account a ON a.id = m.account_id WHERE s.application_id = ? AND a.email = ? "
                                        + "AND s.submitted_at IS NULL",
                                first,
                                panel[1])
                        .size());
        browser.go("/forum/panel/index.xhtml").waitForText("0 of 3 scored");
        assertTrue(
                browser.row("Aino " + suffix).getText().contains("Draft saved"),
                browser.row("Aino " + suffix).getText());
        browser.follow("Aino " + suffix).waitForText("(No. " + first + ")");
        assertEquals(
                "First impression, to be checked.", browser.field("Comment").getDomProperty("value"));
        assertTrue(browser.field("4 \u2013 Expertise level 4").isSelected(), "the draft's level is kept");

        // Submitted: now counted, and the others' scores open.
        browser.check("3 \u2013 Motivation level 3")
                .press("Submit score")
                .waitForText("Scored by the second panellist.");
        browser.go("/forum/panel/index.xhtml").waitForText("1 of 3 scored");
        assertTrue(browser.row("Aino " + suffix).getText().contains("Submitted"));
    }

    // ---- journey 3: staff

    @Test
    void staffReadTheScoresDiscussRunTheSelectionWithLocksAndRulesAndConfirm() throws Exception {
        ServerSide server = new ServerSide(base);
        String suffix = "S" + System.nanoTime();
        String[] panel = server.forumPanel(suffix);
        long call = Long.parseLong(panel[0]);
        long aino = Long.parseLong(panel[3]);
        long bo = Long.parseLong(panel[4]);
        long cy = Long.parseLong(panel[5]);
        browser = Browser.open(base, "en");
        logIn(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);

        // Scores with the application numbers; the discussion under the panel's scores.
        browser.go("/forum/staff/panel/results.xhtml?call=" + call)
                .waitForText("Aino " + suffix)
                .assertAccessible();
        assertTrue(browser.row("Cy " + suffix).getText().contains(String.valueOf(cy)), browser.mainText());
        browser.follow("Aino " + suffix).waitForText("Scores of the panel members");
        assertFalse(browser.mainText().contains("Scores of the other panel members"));
        browser.type("Your message", "Clearly among the best.").press("Send").waitForText("Clearly among the best.");
        browser.assertAccessible();

        // The selection: numbers for the locale, numbers of applications, honest labels.
        browser.go("/forum/staff/panel/selection.xhtml?call=" + call).assertAccessible();
        browser.press("Compute").waitForText("Cy " + suffix);
        assertFalse(
                Pattern.compile("\\d\\.\\d{4,}").matcher(browser.mainText()).find(),
                "no raw floats: " + browser.mainText());
        assertTrue(browser.row("Bo " + suffix).getText().contains(String.valueOf(bo)));
        browser.assertAccessible();

        // Cy (rank 3 of a forum of 2) locked in: selected, but not "in the top k by score".
        lockButton("Cy " + suffix, "Lock in").click();
        browser.waitForText("Locked in");
        assertTrue(browser.url().contains("call=" + call), "the page keeps its call in the address: " + browser.url());
        String cyRow = browser.row("Cy " + suffix).getText();
        assertTrue(cyRow.contains("Selected") && !cyRow.contains("top k"), cyRow);
        lockButton("Cy " + suffix, "Remove lock").click();
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.row("Cy " + suffix).getText().contains("Locked in"));

        // An infeasible rule: no proposal, ranks still shown; a value outside the dimension cannot be saved.
        // the values follow the dimension by AJAX: "Man" shows only once the value menu is the gender one
        browser.choose("Dimension", "Gender").choose("Value", "Man");
        browser.type("At least", "2").press("Save the rule");
        // "Gender" is on the page already (the menu): wait for the rule's row in the rules table
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(
                                By.xpath("//form[@id='rules']//tr[contains(., 'Gender') and contains(., 'Man')]"))
                        .isEmpty());
        browser.press("Compute").waitForText("No proposal: the rules cannot all be met");
        String row = browser.row("Cy " + suffix).getText();
        assertTrue(row.startsWith("3"), "the rank is kept: " + row);
        browser.screenshot(SCREENSHOTS, "forum-selection-infeasible-1280", Browser.DESKTOP);
        browser.driver()
                .findElement(By.xpath("//form[@id='rules']//input[@value='Remove']"))
                .click();
        browser.waitForText("No rules yet").press("Compute");
        // a run that found a group offers the confirmation (the page before the run may show no result at all)
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.hasButton("Confirm the decision and send the decision mails"));
        assertFalse(browser.mainText().contains("No proposal"), browser.mainText());
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "forum-selection-1280", Browser.DESKTOP);
        browser.screenshot(SCREENSHOTS, "forum-selection-390", Browser.PHONE);
        // On a phone the staff forms stack: each label above its field, each field wide enough to use.
        for (int width : new int[] {Browser.PHONE, NARROW_PHONE}) {
            browser.width(width).assertReflows();
            assertEquals(
                    "",
                    browser.js(STACKED_FORMS, "#sizes label, #rules fieldset label"),
                    "the selection forms at " + width + " px");
        }
        browser.screenshot(SCREENSHOTS, "forum-selection-320", NARROW_PHONE);
        browser.width(Browser.DESKTOP);

        // Confirm: the decision mails arrive in each applicant's own language.
        browser.press("Confirm the decision and send the decision mails");
        browser.driver().switchTo().alert().accept();
        browser.waitForText("Decision confirmed on");
        MailSinkClient sink = MailSinkClient.forTests();
        MimeMessage fi = sink.awaitMails(emailOf(aino), 2, MAIL_WAIT).get(1);
        assertEquals("fi", fi.getHeader("Content-Language")[0]);
        assertTrue(fi.getSubject().startsWith("Sinut on valittu"), fi.getSubject());
        MimeMessage sv = sink.awaitMails(emailOf(bo), 2, MAIL_WAIT).get(1);
        assertEquals("sv", sv.getHeader("Content-Language")[0]);
        assertEquals("Du har valts till expertforumet", sv.getSubject());
        MimeMessage en = sink.awaitMails(emailOf(cy), 2, MAIL_WAIT).get(1);
        assertEquals("en", en.getHeader("Content-Language")[0]);
        String decision = MailSinkClient.text(en).replace("\r\n", "\n");
        assertTrue(decision.contains("Hello Cy " + suffix + ",\n\nThe selection panel has reviewed"), decision);
        assertEquals("SELECTED", ServerSide.value("SELECT status FROM forum_application WHERE id = ?", aino));
        assertTrue(
                List.of("NOT_SELECTED", "WAITING_LIST")
                        .contains(ServerSide.value("SELECT status FROM forum_application WHERE id = ?", cy)),
                "the third of a forum of two is not selected");
    }

    // ---- journey 4: a blind call, progress, reminders, calibration and the price of the rules

    @Test
    void aBlindPanelSeesNoNamesStaffRemindThoseBehindCalibrateAndSeeWhatEachRuleCosts() throws Exception {
        ServerSide server = new ServerSide(base);
        String suffix = "B" + System.nanoTime();
        String[] panel = server.blindForumPanel(suffix);
        long call = Long.parseLong(panel[0]);

        // The panellist of a blind call: numbers, not names, and no CV until staff reveal the applicants.
        browser = Browser.open(base, "en");
        logIn(panel[1], PASSWORD);
        browser.go("/forum/panel/index.xhtml").waitForText("0 of 3 scored").assertAccessible();
        assertTrue(browser.hasLink("Blind application"), browser.mainText());
        for (String name : new String[] {"Aino " + suffix, "Bo " + suffix, "Cy " + suffix}) {
            assertFalse(browser.pageText().contains(name), name + " on the blind list: " + browser.pageText());
        }
        browser.follow("Next unscored application").waitForText("Application No. " + panel[3]);
        String blindPage = browser.pageText();
        for (String trace : new String[] {"Aino", "Syria", "1984", "Woman", "cv.pdf"}) {
            assertFalse(blindPage.contains(trace), trace + " on the blind review page: " + blindPage);
        }
        assertTrue(blindPage.contains("The CV is shown once staff reveal the applicants"), blindPage);
        assertFalse(browser.hasButton("Open the CV (PDF)"));
        browser.assertAccessible().shoot("panel-blind-review");
        browser.close();

        // Staff: progress per panellist and application, and one reminder however often the button is pressed.
        browser = Browser.open(base, "en");
        logIn(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        browser.go("/forum/staff/panel/progress.xhtml?call=" + call)
                .waitForText("1 of 2 panellists are behind")
                .assertAccessible();
        assertTrue(
                browser.row("Paula Panel " + suffix).getText().contains("Behind: 3 to score"),
                browser.row("Paula Panel " + suffix).getText());
        assertTrue(browser.row("Pekka Panel " + suffix).getText().contains("Done"));
        assertTrue(
                browser.mainText().contains("3 of 3 applications are still waiting for scores."), browser.mainText());
        browser.press("Remind those behind").waitForText("Reminders sent: 1.");
        browser.press("Remind those behind").waitForText("No reminder was sent");
        MailSinkClient sink = MailSinkClient.forTests();
        MimeMessage reminder = sink.awaitMails(panel[1], 1, MAIL_WAIT).get(0);
        assertEquals("Reminder: applications are waiting for your score", reminder.getSubject());
        assertTrue(
                MailSinkClient.text(reminder).contains("You have submitted 0 of the 3 scores"),
                MailSinkClient.text(reminder));
        assertFalse(browser.row("Paula Panel " + suffix).getText().contains("Never"), "the reminder is recorded");
        browser.assertAccessible().shoot("panel-progress");
        assertEquals(1, sink.to(panel[1]).size(), "the second press sent nothing");
        assertEquals(List.of(), sink.to(panel[2]), "the panellist who is done is not reminded");

        // Calibration: the panellist's use of the scale against the panel's, and the top-k effect of normalisation.
        browser.go("/forum/staff/panel/calibration.xhtml?call=" + call)
                .waitForText("Whole panel")
                .assertAccessible();
        assertTrue(browser.row("Pekka Panel " + suffix).getText().contains("3.33"), browser.mainText());
        assertTrue(
                browser.mainText().contains("Normalisation moves nobody into or out of the top 2."),
                browser.mainText());
        browser.shoot("panel-calibration");

        // Reveal the applicants: locked from now on, and when and by whom is shown.
        browser.go("/forum/staff/panel/call.xhtml?call=" + call)
                .waitForText("Blind review")
                .assertAccessible();
        assertTrue(browser.mainText().contains("Scoring has started, so blind review can no longer be switched"));
        browser.press("Reveal the applicants to the panel").waitForText("The applicants were revealed to the panel.");
        assertFalse(browser.hasButton("Reveal the applicants to the panel"));
        browser.assertAccessible().shoot("panel-call-blind");

        // The price of a rule: at least one non-binary member takes Cy (2) instead of Bo (3).
        browser.go("/forum/staff/panel/selection.xhtml?call=" + call).assertAccessible();
        browser.choose("Dimension", "Gender").choose("Value", "Non-binary");
        browser.type("At least", "1").press("Save the rule");
        new WebDriverWait(browser.driver(), MAIL_WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.xpath(
                                "//form[@id='rules']//tr[contains(., 'Gender') and contains(., 'Non-binary')]"))
                        .isEmpty());
        browser.press("Compute").waitForText("This rule costs 1.00 points");
        assertTrue(
                browser.mainText()
                        .contains("The rules cost 1.00 points of total score: the plain top by score "
                                + "would total 8.00, this group totals 7.00."),
                browser.mainText());
        browser.assertAccessible();
        browser.js("document.getElementById('priceTotal').scrollIntoView()");
        browser.shoot("panel-selection-price");
        browser.width(Browser.PHONE).assertReflows().width(Browser.DESKTOP);

        // Regions of origin: Syria moved to Europe for this call only; the next run counts it there.
        browser.go("/forum/staff/panel/regions.xhtml?call=" + call)
                .waitForText("Syria (SY)")
                .assertAccessible();
        assertTrue(browser.row("Syria (SY)").getText().contains("Middle East and North Africa"));
        browser.select(browser.field("Syria (SY)"), "Europe (other)")
                .press("Save the regions")
                .waitForText("Regions saved. Countries changed: 1.");
        assertTrue(browser.row("Syria (SY)").getText().contains("(moved for this call)"), browser.mainText());
        browser.assertAccessible().shoot("panel-regions");
        browser.go("/forum/staff/panel/selection.xhtml?call=" + call)
                .press("Compute")
                .waitForText("Cy " + suffix);
        assertTrue(browser.mainText().contains("Europe (other)"), "the composition counts Syria in Europe");
        browser.close();

        // The new pages in Finnish and Swedish.
        for (String language : new String[] {"fi", "sv"}) {
            boolean fi = language.equals("fi");
            browser = Browser.open(base, language);
            browser.go("/login.xhtml")
                    .waitForText(fi ? "Kirjaudu sis\u00e4\u00e4n" : "Logga in")
                    .type(fi ? "S\u00e4hk\u00f6postiosoite" : "E-postadress", DemoLogins.STAFF.email())
                    .type(fi ? "Salasana" : "L\u00f6senord", DemoLogins.PASSWORD)
                    .press(fi ? "Kirjaudu" : "Logga in");
            browser.waitForText(DemoLogins.STAFF.email());
            browser.go("/forum/staff/panel/progress.xhtml?call=" + call)
                    .waitForText("Pekka Panel " + suffix)
                    .assertAccessible()
                    .shoot("panel-progress-" + language);
            browser.go("/forum/staff/panel/calibration.xhtml?call=" + call)
                    .waitForText("Pekka Panel " + suffix)
                    .assertAccessible()
                    .shoot("panel-calibration-" + language);
            browser.go("/forum/staff/panel/selection.xhtml?call=" + call).assertAccessible();
            browser.press(fi ? "Laske" : "Ber\u00e4kna").waitForText("Cy " + suffix);
            browser.assertAccessible();
            browser.js("document.getElementById('priceTotal').scrollIntoView()");
            browser.shoot("panel-selection-price-" + language);
            browser.close();
        }
        browser = null;
    }

    // ---- journey 5: calibration that changes the top k

    @Test
    void staffSeeWhoNormalisationMovesIntoAndOutOfTheTopInThreeLanguages() {
        ServerSide server = new ServerSide(base);
        String suffix = "K" + System.nanoTime();
        String[] panel = server.calibrationPanel(suffix);
        long call = Long.parseLong(panel[0]);
        String bo = panel[4];
        String cy = panel[5];
        String path = "/forum/staff/panel/calibration.xhtml?call=" + call;
        browser = Browser.open(base, "en");
        logIn(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);

        // The lenient panellist's 5 and 4 against the strict one's 3, 2 and 1: Lea sits 1.50 above the panel.
        browser.go(path).waitForText("Whole panel").assertAccessible();
        assertTrue(
                browser.row("Lea Lenient " + suffix).getText().contains("4.50 0.50 1.50"),
                browser.row("Lea Lenient " + suffix).getText());
        assertTrue(
                browser.row("Stig Strict " + suffix).getText().contains("2.00 0.82 -1.00"),
                browser.row("Stig Strict " + suffix).getText());
        String main = browser.mainText();
        assertFalse(main.contains("Normalisation moves nobody"), main);
        assertTrue(main.contains("This round ranks by the normalised mean."), main);
        // Cy, third by the raw mean, is first normalised; Bo, second raw, drops to fourth.
        assertEquals(
                cy + " Cy " + suffix + " 3 1 3.00 4.73", moveRow("In the top only with normalisation", "Cy " + suffix));
        assertEquals(
                bo + " Bo " + suffix + " 2 4 4.00 1.59",
                moveRow("In the top only without normalisation", "Bo " + suffix));
        for (String name : new String[] {"Aino", "Dani", "Eeva"}) {
            assertEquals(
                    List.of(),
                    browser.driver()
                            .findElements(By.xpath("//table[caption[starts-with("
                                    + "normalize-space(), 'In the top only')]]//tr[contains(., '" + name + " " + suffix
                                    + "')]")),
                    name + " keeps their side of the top two");
        }
        browser.screenshot(SCREENSHOTS, "panel-calibration-moves-1280", Browser.DESKTOP);
        browser.screenshot(SCREENSHOTS, "panel-calibration-moves-390", Browser.PHONE);
        browser.width(Browser.PHONE).assertReflows().width(Browser.DESKTOP);
        browser.close();

        // The same in Finnish and Swedish, numbers in the locale's format.
        for (String language : new String[] {"fi", "sv"}) {
            boolean fi = language.equals("fi");
            browser = Browser.open(base, language);
            browser.go("/login.xhtml")
                    .waitForText(fi ? "Kirjaudu sis\u00e4\u00e4n" : "Logga in")
                    .type(fi ? "S\u00e4hk\u00f6postiosoite" : "E-postadress", DemoLogins.STAFF.email())
                    .type(fi ? "Salasana" : "L\u00f6senord", DemoLogins.PASSWORD)
                    .press(fi ? "Kirjaudu" : "Logga in");
            browser.waitForText(DemoLogins.STAFF.email());
            browser.go(path).waitForText(fi ? "Koko raati" : "Hela panelen").assertAccessible();
            assertEquals(
                    cy + " Cy " + suffix + " 3 1 3,00 4,73",
                    moveRow(
                            fi
                                    ? "K\u00e4rjess\u00e4 vain normalisoinnin ansiosta"
                                    : "I toppen endast med normalisering",
                            "Cy " + suffix));
            assertEquals(
                    bo + " Bo " + suffix + " 2 4 4,00 1,59",
                    moveRow(
                            fi ? "K\u00e4rjess\u00e4 vain ilman normalisointia" : "I toppen endast utan normalisering",
                            "Bo " + suffix));
            browser.shoot("panel-calibration-moves-" + language);
            browser.close();
        }
        browser = null;
    }

    /** The text of the row of {@code name} in the table captioned {@code caption}, spaces normalised. */
    private String moveRow(String caption, String name) {
        List<WebElement> rows = browser.driver()
                .findElements(By.xpath("//table[caption[normalize-space()='" + caption + "']]//tbody/tr[contains(., '"
                        + name + "')]"));
        assertEquals(1, rows.size(), "one row of " + name + " under \"" + caption + "\": " + browser.mainText());
        return rows.get(0).getText().replaceAll("\\s+", " ").trim();
    }

    private WebElement lockButton(String name, String action) {
        return browser.row(name).findElement(By.xpath(".//input[@value='" + action + "']"));
    }

    private static String emailOf(long application) {
        return (String) ServerSide.value("SELECT email FROM forum_application WHERE id = ?", application);
    }

    // ---- helpers

    private void logIn(String email) {
        browser.waitForText("Log in")
                .type("Email address", email)
                .type("Password", PASSWORD)
                .press("Log in");
        browser.waitForText(email);
    }

    private void logIn(String email, String password) {
        browser.go("/login.xhtml")
                .waitForText("Log in")
                .type("Email address", email)
                .type("Password", password)
                .press("Log in");
        browser.waitForText(email);
    }

    /** Opens the searchable languages list, finds each language by typing and ticks it. */
    private void chooseLanguages(String... languages) {
        WebElement menu = browser.driver().findElement(By.cssSelector(".languages-menu"));
        menu.click();
        WebElement filter = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d
                        .findElements(By.cssSelector(".ui-selectcheckboxmenu-panel input.ui-selectcheckboxmenu-filter"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        for (String language : languages) {
            filter.clear();
            filter.sendKeys(language);
            WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(
                            d -> d
                                    .findElements(By.cssSelector(
                                            ".ui-selectcheckboxmenu-panel li.ui-selectcheckboxmenu-item"))
                                    .stream()
                                    .filter(li -> li.isDisplayed()
                                            && li.getText().trim().equals(language))
                                    .findFirst()
                                    .orElse(null));
            item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        filter.sendKeys(Keys.ESCAPE);
        browser.driver().findElement(By.tagName("h1")).click();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
