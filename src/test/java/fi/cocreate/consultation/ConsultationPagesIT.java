package fi.cocreate.consultation;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ConsultationFixtures.PASSWORD;
import static fi.cocreate.testing.ConsultationFixtures.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseState;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.StatementCounter;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation and response pages as a browser uses them, driven over HTTP from inside the container so that the
 * test can move the server's clock between opening a page and posting it.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationPagesIT {

    private static final Pattern JOIN_LINK =
            Pattern.compile("https?://\\S+/consultation/org/join\\.xhtml\\?token=[\\w-]+");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Responses responses;

    @Inject
    Organisations organisations;

    @Inject
    Attachments attachments;

    @Inject
    fi.cocreate.consultation.boundary.ConsultationAdmin admin;

    @Inject
    ServletContext servletContext;

    private Instant now;

    @BeforeEach
    void fixClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClockProducer.CLOCK.set(now);
    }

    @AfterEach
    void resetClock() {
        TestClockProducer.CLOCK.reset();
    }

    /** A browser logged in as this account (the login fails the test if the app shows the login page again). */
    private PageClient loggedIn(String email, String password) {
        PageClient browser = PageClient.english(System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath());
        browser.login(email, password);
        return browser;
    }

    /** The statements repeated most, for the message of a failed count. */
    private static String mostRepeated(List<String> sql) {
        return sql.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        s -> s, LinkedHashMap::new, java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(e -> e.getValue() + " x " + e.getKey())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String respondPage(Consultation consultation) {
        return "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
    }

    @Test
    void draftSavedAndSubmittedThroughThePage() {
        String rep = fixtures.organisationWithRepresentative("Page ry", "en");
        Consultation consultation = fixtures.consultation("Page flow", now, now.plus(Duration.ofDays(3)));
        PageClient browser = loggedIn(rep, PASSWORD);

        PageClient.Page saved = browser.get(respondPage(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Our draft & thoughts")
                .set("fields:1:single", "1")
                .press("save");
        assertTrue(saved.body().contains("The draft is saved."), saved.body());
        assertTrue(saved.body().contains("Our draft &amp; thoughts"), "the saved text is shown, escaped");
        PageClient.Page submitted = browser.get(respondPage(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Our final view")
                .set("fields:1:single", "1")
                .check("consent_input", "on")
                .press("submit");
        Response response =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(ResponseState.SUBMITTED, response.getState());
        assertTrue(submitted.body().contains("Reference number: " + response.getReferenceNumber()), submitted.body());
        assertTrue(response.isPublicationConsent());
        assertEquals(
                1,
                response.submittedVersion()
                        .orElseThrow()
                        .getAnswers()
                        .get(1)
                        .getSelectedOptions()
                        .iterator()
                        .next());
    }

    /**
     * The respond page reads the whole form with a fixed number of SQL statements (16 on 2 Dec 2026): for 3 questions
     * and 1 file as for 30 questions and 10 files, each question answered (so each answer, its chosen options and its
     * editor are read). A draft save that changes two answers sends a fixed number too, except one read of each
     * question's options: the save validates every posted answer against its question entity, and EclipseLink reads
     * {@code Question.options} (a collection of embeddables holding an embeddable) one question at a time; batch or
     * join fetching it fails at deployment. Counted by {@link StatementCounter} on the server's own request threads.
     */
    @Test
    void theRespondPageAndADraftSaveSendAsManyStatementsForThirtyQuestionsAndTenFilesAsForThree() {
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (int[] size : new int[][] {{3, 1}, {30, 10}}) {
            String rep = fixtures.organisationWithRepresentative("Counted " + size[0] + " ry", "en");
            Consultation consultation =
                    fixtures.consultation("Counted " + size[0], now, now.plus(Duration.ofDays(3)), size[0] - 2);
            List<AnswerInput> answers = consultation.getQuestions().stream()
                    .map(q -> switch (q.getType()) {
                        case FREE_TEXT -> AnswerInput.text(q.getId(), "Our view");
                        case SINGLE_CHOICE -> new AnswerInput(q.getId(), "because", Set.of(1), null);
                        case MULTIPLE_CHOICE -> new AnswerInput(q.getId(), null, Set.of(0, 2), null);
                        case SCALE -> new AnswerInput(q.getId(), null, Set.of(), 3);
                    })
                    .toList();
            acting(rep, () -> responses.saveDraft(consultation.getId(), answers, true));
            for (int i = 0; i < size[1]; i++) {
                int n = i;
                acting(
                        rep,
                        () -> attachments.attach(
                                consultation.getId(), "file " + n + ".pdf", ConsultationFixtures.pdf(100)));
            }
            PageClient browser = loggedIn(rep, PASSWORD);
            String get = UUID.randomUUID().toString();
            browser.header(StatementCounter.HEADER, get);
            PageClient.Page page = browser.get(respondPage(consultation)).assertOk();
            assertTrue(page.body().contains("file " + (size[1] - 1) + ".pdf"), "the files are listed");
            String save = UUID.randomUUID().toString();
            browser.header(StatementCounter.HEADER, save);
            PageClient.Page saved = page.form("answers")
                    .set("fields:0:text", "Our changed view")
                    .set("fields:1:single", "0")
                    .press("save");
            assertTrue(saved.body().contains("The draft is saved."), saved.body());
            browser.header(StatementCounter.HEADER, UUID.randomUUID().toString()); // counted under no name read
            List<String> getSql = StatementCounter.awaitStatements(get);
            List<String> postSql = StatementCounter.awaitStatements(save + " POST");
            assertNotNull(getSql, "the GET was counted");
            assertNotNull(postSql, "the save was counted");
            long optionReads = postSql.stream()
                    .filter(sql -> sql.contains("FROM question_option WHERE (question_id = ?)"))
                    .count();
            counts.put(
                    size[0] + " questions, " + size[1] + " files",
                    List.of(getSql.size(), postSql.size() - (int) optionReads, (int) optionReads));
            if (size[0] == 30) {
                System.out.println("Respond page statement counts (GET, draft save POST without and with its option"
                        + " reads): " + counts
                        + "\nmost repeated at 30, GET:\n" + mostRepeated(getSql)
                        + "\nPOST:\n" + mostRepeated(postSql));
            }
        }
        List<List<Integer>> pairs = List.copyOf(counts.values());
        assertEquals(pairs.get(0).get(0), pairs.get(1).get(0), "respond page GET statements: " + counts);
        assertEquals(pairs.get(0).get(1), pairs.get(1).get(1), "draft save statements but the option reads: " + counts);
    }

    /**
     * Before its window opens, the respond page says that the consultation is not open yet and when it opens, in the
     * person's language: not that the deadline has passed, and not "closed" beside a deadline in the future.
     */
    @Test
    void theConsultationPageOffersTheResponseFormOnlyToAccountsThatMayRespond() {
        Consultation consultation = fixtures.consultation("Who responds", now, now.plus(Duration.ofDays(3)));
        String page = "/consultation/view.xhtml?id=" + consultation.getId();
        String base = System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();

        // A visitor is offered the form (which asks them to log in first) and told how to become a representative.
        PageClient.Page visitor = PageClient.english(base).get(page).assertOk();
        assertEquals(1, visitor.document().select("a#respond").size(), visitor.describe());
        assertTrue(visitor.contains("register as an organisation representative"), visitor.describe());

        // A representative is offered the form and not told to log in.
        String rep = fixtures.organisationWithRepresentative("Who responds ry", "en");
        PageClient.Page representative = loggedIn(rep, PASSWORD).get(page).assertOk();
        assertEquals(1, representative.document().select("a#respond").size(), representative.describe());
        assertFalse(representative.contains("You log in first"), representative.describe());
        assertTrue(representative.document().select("#representativesOnly").isEmpty());

        // Staff (and any other account that is not a representative's) are told why there is no form for them,
        // instead of a link that ends in "No access".
        PageClient staff = loggedIn(STAFF, DemoLogins.PASSWORD);
        PageClient.Page staffPage = staff.get(page).assertOk();
        assertTrue(staffPage.document().select("a#respond").isEmpty(), staffPage.describe());
        assertTrue(
                staffPage
                        .document()
                        .select("#representativesOnly")
                        .text()
                        .contains("not an organisation representative's"),
                staffPage.describe());
        assertEquals(403, staff.get(respondPage(consultation)).status(), "the form itself stays closed to staff");
        PageClient finnish = new PageClient(base, "fi");
        finnish.login(STAFF, DemoLogins.PASSWORD);
        assertTrue(
                finnish.get(page)
                        .assertOk()
                        .document()
                        .select("#representativesOnly")
                        .text()
                        .contains("ei ole organisaation edustajan tunnus"),
                "in the user's language");
    }

    @Test
    void theRespondPageOfAConsultationThatHasNotOpenedSaysSoNotThatTheDeadlinePassed() {
        Consultation consultation = fixtures.consultation("Not open yet", now, now.plus(Duration.ofDays(20)));
        TestClockProducer.CLOCK.set(consultation.getOpensAt().minus(Duration.ofDays(1)));
        for (String language : List.of("en", "fi", "sv")) {
            String rep = fixtures.organisationWithRepresentative("Early " + language + " ry", language);
            fi.cocreate.testing.PageClient client = new fi.cocreate.testing.PageClient(
                    System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath(), language);
            client.login(rep, PASSWORD);
            client.get("/language?to=" + language + "&back=/");
            fi.cocreate.testing.PageClient.Page page =
                    client.get(respondPage(consultation)).assertOk();
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            java.util.ResourceBundle ct = java.util.ResourceBundle.getBundle("i18n.consultation", locale);
            java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("i18n.text", locale);
            assertTrue(page.contains(ct.getString("response.notOpenYet")), language + ": " + page.describe());
            assertFalse(page.contains(ct.getString("response.readOnly")), language + ": " + page.text());
            assertEquals(
                    text.getString("status.notOpenYet"),
                    page.document().selectFirst("span.status").text(),
                    language + ": the status beside the deadline");
            assertTrue(
                    page.document().getElementById("opens").text().startsWith(ct.getString("consultation.opensAt")),
                    language + ": the opening time is shown");
            assertTrue(
                    page.document()
                            .select("[name=\"answers:save\"], [name=\"answers:submit\"]")
                            .isEmpty(),
                    language + ": nothing to save before the opening");
            assertTrue(
                    acting(rep, () -> responses.mineFor(consultation.getId())).isEmpty(),
                    "opening the page made no response");
        }
    }

    @Test
    void pageOpenedBeforeTheDeadlineAndSubmittedAfterItIsRefusedKeepingTypedTextAndSavedDraft() {
        String rep = fixtures.organisationWithRepresentative("Late page ry", "en");
        Instant deadline = now.plus(Duration.ofHours(2));
        Consultation consultation = fixtures.consultation("Late page", now, deadline);
        acting(
                rep,
                () -> responses.saveDraft(
                        consultation.getId(),
                        List.of(AnswerInput.text(
                                consultation.getQuestions().get(0).getId(), "saved earlier")),
                        false));
        PageClient browser = loggedIn(rep, PASSWORD);
        PageClient.Page page = browser.get(respondPage(consultation)).assertOk();
        assertTrue(page.body().contains("saved earlier"));

        TestClockProducer.CLOCK.set(deadline.plusSeconds(1));
        PageClient.Page refused = page.form("answers")
                .set("fields:0:text", "typed after the deadline")
                .press("submit");
        assertTrue(refused.body().contains("The deadline has passed, so the response was not saved."), refused.body());
        assertTrue(refused.body().contains("typed after the deadline"), "the typed text stays on the page");
        Response kept =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(ResponseState.DRAFT, kept.getState());
        assertEquals("saved earlier", kept.latestVersion().getAnswers().get(0).getText());

        PageClient.Page reopened = browser.get(respondPage(consultation));
        assertTrue(reopened.body().contains("The deadline has passed. The response can no longer be changed."));
        assertFalse(reopened.body().contains("answers:submit"), "no submit button after the deadline");
    }

    @Test
    void organisationACannotReachBsResponseThroughThePageUrlOrParameters() {
        String repA = fixtures.organisationWithRepresentative("Page A ry", "en");
        String repB = fixtures.organisationWithRepresentative("Page B ry", "en");
        Consultation consultation = fixtures.consultation("Page tampering", now, now.plus(Duration.ofDays(3)));
        acting(
                repB,
                () -> responses.saveDraft(
                        consultation.getId(),
                        List.of(AnswerInput.text(
                                consultation.getQuestions().get(0).getId(), "B only")),
                        false));
        long bResponse = acting(repB, () -> responses.mineFor(consultation.getId()))
                .orElseThrow()
                .getId();
        long bFile = acting(repB, () -> attachments.attach(consultation.getId(), "b.pdf", ConsultationFixtures.pdf(50)))
                .id();

        PageClient browser = loggedIn(repA, PASSWORD);
        PageClient.Page history = browser.get("/consultation/org/response.xhtml?id=" + bResponse);
        assertEquals(404, history.status());
        assertFalse(history.body().contains("B only"));
        assertEquals(
                404, browser.get("/consultation/org/attachment?id=" + bFile).status());
        PageClient.Page form = browser.get(respondPage(consultation)).assertOk();
        assertFalse(form.body().contains("B only"), "A's form shows A's own (empty) response");

        form.form("answers").set("fields:0:text", "A writes").press("save").assertOk();
        assertEquals(
                "B only",
                responses.find(bResponse).latestVersion().getAnswers().get(0).getText());
        assertEquals(
                200,
                loggedIn(repB, PASSWORD)
                        .get("/consultation/org/attachment?id=" + bFile)
                        .status(),
                "B itself downloads its attachment");
        assertEquals(403, browser.get("/consultation/staff/organisations.xhtml").status());
    }

    @Test
    void representativeRegistersAnOrganisationAndInvitesAColleagueWhoJoins() {
        String rep = fixtures.representative("founder", "en");
        PageClient browser = loggedIn(rep, PASSWORD);
        PageClient.Page invalid = browser.get("/consultation/org/index.xhtml")
                .assertOk()
                .form("organisation")
                .set("name", "Founders ry")
                .set("businessId", "1234567-8")
                .set("type_input", "ASSOCIATION")
                .press("register");
        assertTrue(invalid.body().contains("The business ID is not valid."), invalid.body());
        assertTrue(invalid.body().contains("Founders ry"), "the typed name is kept");
        PageClient.Page reopened = browser.get("/consultation/org/index.xhtml").assertOk();
        String registerNumber = String.valueOf(System.nanoTime() % 1_000_000_000L);
        PageClient.Page registered = reopened.form("organisation")
                .set("name", "Founders ry")
                .set("registerNumber", registerNumber)
                .set("type_input", "ASSOCIATION")
                .press("register");
        assertTrue(registered.body().contains("Not verified yet"), registered.body());

        String colleague = fixtures.representative("colleague", "en");
        PageClient.Page invited = browser.get("/consultation/org/invite.xhtml")
                .assertOk()
                .form("invite")
                .set("email", colleague)
                .press("send");
        assertTrue(invited.body().contains("The invitation was sent to " + colleague), invited.body());
        String mail = MailSinkClient.text(MailSinkClient.forTests()
                .awaitMails(colleague, 1, Duration.ofSeconds(30))
                .get(0));
        Matcher link = JOIN_LINK.matcher(mail);
        assertTrue(link.find(), mail);
        String path = link.group().substring(link.group().indexOf("/consultation/org/join.xhtml"));

        PageClient colleagueBrowser = loggedIn(colleague, PASSWORD);
        PageClient.Page joined =
                colleagueBrowser.get(path).assertOk().form("join").press("accept");
        assertTrue(joined.body().contains("You now represent Founders ry."), joined.body());
        assertEquals(fixtures.organisationOf(rep), fixtures.organisationOf(colleague));
        PageClient.Page again = colleagueBrowser.get(path).assertOk();
        assertTrue(again.body().contains("Founders ry"), "the page still names the organisation");
        assertTrue(again.form("join").press("accept").body().contains("You already represent this organisation."));
    }

    @Test
    void staffCreateAConsultationWithThemesAndADeadlineOnThePage() {
        PageClient staff = loggedIn(STAFF, DemoLogins.PASSWORD);
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
        java.time.LocalDateTime deadline = java.time.LocalDateTime.of(2031, 3, 15, 16, 0);
        PageClient.Page saved = staff.get("/consultation/staff/edit.xhtml")
                .assertOk()
                .form("consultation")
                .set("titleFi", "Sivulla luotu kuuleminen")
                .set("titleEn", "Consultation made on the page")
                .set("opensAt", format.format(deadline.minusDays(20)))
                .set("deadline", format.format(deadline))
                .check("themes", "INCLUSION")
                .check("targetGroups", "MUNICIPALITIES")
                .press("save");
        assertTrue(saved.body().contains("The consultation is saved."), saved.body());
        String query = saved.uri().getQuery();
        long id = Long.parseLong(query.substring(query.indexOf("id=") + 3).replaceAll("&.*", ""));
        Consultation created = admin.find(id);
        assertEquals("Consultation made on the page", created.getTitle().getEn());
        assertEquals(
                deadline.atZone(fi.cocreate.common.ApplicationClock.ZONE).toInstant(),
                created.getDeadline(),
                "the deadline is read in Helsinki time");
        assertEquals(java.util.Set.of(fi.cocreate.consultation.entity.Theme.INCLUSION), created.getThemes());
        assertEquals(
                java.util.Set.of(fi.cocreate.consultation.entity.TargetGroup.MUNICIPALITIES),
                created.getTargetGroups());
    }

    @Test
    void staffVerifyOrganisationsAndEditConsultationsOnTheirPages() {
        String rep = fixtures.organisationWithRepresentative("Staff view ry", "en");
        long organisationId = fixtures.organisationOf(rep);
        Consultation consultation = fixtures.consultation("Staff edit", now, now.plus(Duration.ofDays(3)));
        PageClient staff = loggedIn(STAFF, DemoLogins.PASSWORD);
        PageClient.Page list =
                staff.get("/consultation/staff/organisations.xhtml").assertOk();
        assertTrue(list.body().contains("Staff view ry"));
        PageClient.Page edit = staff.get("/consultation/staff/edit.xhtml?id=" + consultation.getId())
                .assertOk();
        assertTrue(edit.body().contains("What do you think?"), "the questions are listed");

        PageClient.Page added = edit.form("question")
                .set("type_input", "SCALE")
                .set("textEn", "How well does it work?")
                .set("maxLength_hinput", "300")
                .set("scaleMin_hinput", "1")
                .set("scaleMax_hinput", "4")
                .press("add");
        assertTrue(added.body().contains("How well does it work?"), added.body());
        assertTrue(staff.get("/consultation/staff/consultations.xhtml").body().contains("Staff edit"));
        assertFalse(organisations.find(organisationId).isVerified());
        acting(STAFF, () -> organisations.verify(organisationId));
        assertTrue(staff.get("/consultation/staff/organisations.xhtml").body().contains("Withdraw verification"));
    }
}
