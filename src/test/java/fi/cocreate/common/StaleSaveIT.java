package fi.cocreate.common;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ConsultationFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.boundary.ModeratedResponse;
import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Receipts;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.forum.boundary.CallDefinition;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.SelectionRule;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.ForumBrowserFixtures;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.PageClient.Page;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stale forms never silently overwrite: for every record that several people edit, two people open it, the first
 * saves, and the second's save from the older page is refused with a message naming the first and the time, while
 * the first's save stays. The pages most often edited at once are driven over HTTP (the typed text must stay on the
 * refused page); the other records through their boundaries with the version the page would have kept.
 */
@ExtendWith(ArquillianExtension.class)
class StaleSaveIT {

    private static final String CHANGED = "saved this at ";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    ConsultationAdmin admin;

    @Inject
    Responses responses;

    @Inject
    ModeratedResponses moderatedResponses;

    @Inject
    Receipts receipts;

    @Inject
    ConsultationEvents events;

    @Inject
    Summaries summaries;

    @Inject
    Organisations organisations;

    @Inject
    ForumCalls calls;

    @Inject
    ForumApplications forumApplications;

    @Inject
    Panels panels;

    @Inject
    Selections selections;

    @Inject
    ServletContext servletContext;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void actAsNobody() {
        ActingCaller.clear();
    }

    private String staff(String name, Role role) {
        // As the account keeps it (lower case): boundaries record the editor from the caller's account.
        String email = TestAccounts.uniqueEmail("stale-" + name).toLowerCase(java.util.Locale.ROOT);
        accounts.create(email, name, PASSWORD, "en", List.of(role), true);
        return email;
    }

    private PageClient loggedIn(String email) {
        PageClient client = PageClient.english(System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath());
        client.login(email, PASSWORD);
        return client;
    }

    private Consultation consultation(String title) {
        Instant now = Instant.now();
        return fixtures.consultation(title, now, now.plus(Duration.ofDays(5)));
    }

    private static String refusal(Runnable action) {
        BusinessException refused = assertThrows(BusinessException.class, action::run);
        return refused.getMessageKey() + " " + List.of(refused.getArguments());
    }

    // ----- through the pages

    @Test
    void consultationTitleSavedFromAStalePageIsRefusedNamingTheEditorAndKeepsTheTypedTitle() {
        String anna = staff("Anna Staff", Role.STAFF);
        String bertil = staff("Bertil Admin", Role.ADMIN);
        Consultation consultation = consultation("Stale title");
        String path = "/consultation/staff/edit.xhtml?id=" + consultation.getId();
        Page annasPage = loggedIn(anna).get(path).assertOk();
        Page bertilsPage = loggedIn(bertil).get(path).assertOk();

        Page saved = annasPage
                .form("consultation")
                .set("titleEn", "Anna's title")
                .press("save")
                .assertOk();
        assertTrue(saved.contains("The consultation is saved."), saved.describe());
        Page refused = bertilsPage
                .form("consultation")
                .set("titleEn", "Bertil's title")
                .press("save")
                .assertOk();

        assertTrue(refused.contains("Anna Staff " + CHANGED), refused.describe());
        assertEquals("Bertil's title", refused.form("consultation").value("titleEn"), "the typed title stays");
        assertEquals("Anna's title", admin.find(consultation.getId()).getTitle().getEn());
    }

    @Test
    void moderationSavedFromAStalePageNeverMakesAHiddenResponsePublic() throws Exception {
        String staffMember = staff("Sanna Staff", Role.STAFF);
        String administrator = staff("Aki Admin", Role.ADMIN);
        Consultation consultation = consultation("Stale moderation");
        String rep = fixtures.organisationWithRepresentative("Moderated ry", "en");
        long responseId = acting(
                        rep,
                        () -> responses.submit(
                                consultation.getId(),
                                List.of(AnswerInput.text(
                                        consultation.getQuestions().get(0).getId(), "My phone number is 040 123 4567")),
                                true))
                .getId();
        String path = "/consultation/staff/moderate-response.xhtml?id=" + responseId;
        Page staffPage = loggedIn(staffMember).get(path).assertOk();
        Page adminPage = loggedIn(administrator).get(path).assertOk();

        Page hidden = staffPage
                .form("state")
                .set("choice", "HIDDEN")
                .set("reason", "Contains personal data")
                .press("save")
                .assertOk();
        assertTrue(hidden.contains("The moderation is saved."), hidden.describe());
        Page refused =
                adminPage.form("state").set("choice", "ACCEPTED").press("save").assertOk();

        assertTrue(refused.text().contains(CHANGED), refused.describe());
        assertFalse(refused.contains("The moderation is saved."), refused.describe());
        ModeratedResponse now = ActingCaller.asStaff(() -> moderatedResponses.moderatedResponse(responseId));
        assertEquals(ModerationState.HIDDEN, now.state());
        assertFalse(now.visibleToPublic());
    }

    @Test
    void responseSubmittedFromAStaleTabSubmitsNothingKeepsBothTextsAndShowsTheOtherBesideIt() {
        Consultation consultation = consultation("Stale response");
        String rep = fixtures.organisationWithRepresentative("Two tabs ry", "en");
        PageClient browser = loggedIn(rep);
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        Page first = browser.get(path).assertOk();
        Page second = browser.get(path).assertOk();

        first.form("answers")
                .set("fields:0:text", "Saved in the first tab")
                .press("save")
                .assertOk();
        Page refused = second.form("answers")
                .set("fields:0:text", "Typed in the second tab")
                .set("fields:1:single", "1")
                .press("submit")
                .assertOk();

        assertTrue(refused.contains("The response was not submitted"), refused.describe());
        assertTrue(refused.contains("Rep rep changed this answer at"), refused.describe());
        assertTrue(refused.contains("Saved in the first tab"), "the other text is shown beside: " + refused.describe());
        assertEquals("Typed in the second tab", refused.form("answers").value("fields:0:text"));
        Response stored =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(
                "Saved in the first tab",
                stored.latestVersion().getAnswers().get(0).getText());
        assertFalse(stored.isSubmitted());
        assertEquals(List.of("Typed in the second tab"), keptTexts(stored.getId()), "the second tab's text is kept");
    }

    @Test
    void twoRepresentativesSavingOneDraftAtTheSameMomentKeepBothTextsAndTheSecondSeesTheConflict() throws Exception {
        Consultation consultation = consultation("Two drafters");
        String anna = fixtures.organisationWithRepresentative("Drafters ry", "en");
        String dan = colleagueOf(anna, "dan");
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        PageClient.Form annas =
                loggedIn(anna).get(path).assertOk().form("answers").set("fields:0:text", "Anna's paragraph");
        PageClient.Form dans =
                loggedIn(dan).get(path).assertOk().form("answers").set("fields:0:text", "Dan's paragraph");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Page> both;
        try {
            Future<Page> a = pool.submit(() -> {
                start.await();
                return annas.press("save");
            });
            Future<Page> d = pool.submit(() -> {
                start.await();
                return dans.press("save");
            });
            start.countDown();
            both = List.of(a.get(), d.get());
        } finally {
            pool.shutdownNow();
        }

        both.forEach(p -> assertEquals(200, p.status(), p.describe()));
        String all = both.get(0).describe() + "\n" + both.get(1).describe();
        assertEquals(
                1, both.stream().filter(p -> p.contains("The draft is saved.")).count(), all);
        Page conflicted = both.stream()
                .filter(p -> p.contains("changed this answer at"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("neither was shown the conflict: " + all));
        Response stored =
                acting(anna, () -> responses.mineFor(consultation.getId())).orElseThrow();
        String winner = stored.latestVersion().getAnswers().get(0).getText();
        String loser = winner.equals("Anna's paragraph") ? "Dan's paragraph" : "Anna's paragraph";
        String winnerName = winner.startsWith("Anna") ? "Rep rep" : "Rep dan";
        assertTrue(conflicted.contains(winnerName + " changed this answer at"), conflicted.describe());
        assertTrue(conflicted.contains(winner), "the colleague's text is shown: " + conflicted.describe());
        assertEquals(loser, conflicted.form("answers").value("fields:0:text"), "the typed text stays in the field");
        assertEquals(List.of(loser), keptTexts(stored.getId()), "both texts are in the database");

        Page combined = conflicted
                .form("answers")
                .set("fields:0:text", winner + " " + loser)
                .press("save")
                .assertOk();
        assertTrue(combined.contains("The draft is saved."), combined.describe());
        assertEquals(
                winner + " " + loser,
                acting(anna, () -> responses.mineFor(consultation.getId()))
                        .orElseThrow()
                        .latestVersion()
                        .getAnswers()
                        .get(0)
                        .getText());
        assertEquals(List.of(), keptTexts(stored.getId()), "saved again having seen it: resolved");
    }

    @Test
    void aDrafterAsksForApprovalButCannotSubmitAndTheApproversSubmissionNamesThemOnTheReceipt() throws Exception {
        Consultation consultation = consultation("Approval");
        String anna = fixtures.organisationWithRepresentative("Approvers ry", "en");
        String dan = colleagueOf(anna, "dan");
        long question = consultation.getQuestions().get(0).getId();
        List<AnswerInput> answers = List.of(AnswerInput.text(question, "Our statement"));

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> acting(dan, () -> responses.submit(consultation.getId(), answers, true)));
        assertEquals("response.approverRequired", refused.getMessageKey());
        assertTrue(
                acting(dan, () -> responses.mineFor(consultation.getId())).isEmpty(),
                "nothing saved by the refused submit");
        assertTrue(fi.cocreate.common.web.Notices.text(java.util.Locale.ENGLISH, "response.approverRequired")
                .startsWith("Only an approver of your organisation can submit"));

        acting(
                dan,
                () -> responses.askForApproval(
                        consultation.getId(), answers, true, fi.cocreate.consultation.boundary.SeenResponse.of(null)));
        assertTrue(mailTo(anna, "APPROVAL_REQUESTED").contains("Rep dan has saved the draft response of Approvers ry"));

        Response submitted = acting(anna, () -> responses.submit(consultation.getId(), answers, true));
        assertEquals("Rep rep", submitted.submittedVersion().orElseThrow().getApprovedByName());
        assertTrue(mailTo(anna, "RESPONSE_RECEIPT").contains("Approved and submitted by: Rep rep"));
        Receipts.Confirmation confirmed = receipts.confirm(
                        submitted.getReferenceNumber(), submitted.getSubmittedDigest())
                .orElseThrow();
        assertEquals("Rep rep", confirmed.approvedBy());
    }

    @Test
    void onlyAnApproverOfTheSameOrganisationChangesWhoApproves() {
        String anna = fixtures.organisationWithRepresentative("Rights ry", "en");
        String dan = colleagueOf(anna, "dan");
        String eve = fixtures.organisationWithRepresentative("Elsewhere ry", "en");
        long dansId = accounts.findByEmail(dan).orElseThrow().getId();
        long annasId = accounts.findByEmail(anna).orElseThrow().getId();

        assertThrows(
                AccessDenied.class,
                () -> acting(eve, () -> organisations.grantApproval(dansId)),
                "another organisation's");
        assertEquals(
                "organisation.approversOnly",
                assertThrows(BusinessException.class, () -> acting(dan, () -> organisations.grantApproval(dansId)))
                        .getMessageKey());
        assertEquals(
                "organisation.lastApprover",
                assertThrows(BusinessException.class, () -> acting(anna, () -> organisations.revokeApproval(annasId)))
                        .getMessageKey());

        acting(anna, () -> organisations.grantApproval(dansId));
        assertTrue(acting(dan, () -> responses.mayApprove()));
        acting(dan, () -> organisations.revokeApproval(annasId));
        assertFalse(acting(anna, () -> responses.mayApprove()));
    }

    /** A second representative of the organisation of {@code representative}, joined after it: a drafter. */
    private String colleagueOf(String representative, String name) {
        return fixtures.colleagueOf(representative, name);
    }

    @SuppressWarnings("unchecked")
    private List<String> keptTexts(long responseId) {
        return em.createNativeQuery("select text from answer_conflict where response_id = ?1 and resolved_at is null")
                .setParameter(1, responseId)
                .getResultList();
    }

    private String mailTo(String email, String kind) {
        return (String) em.createNativeQuery(
                        "select text_body from outbox_mail where recipient = ?1 and kind = ?2" + " order by id desc")
                .setParameter(1, email.toLowerCase(java.util.Locale.ROOT))
                .setParameter(2, kind)
                .setMaxResults(1)
                .getSingleResult();
    }

    // ----- replayed posts: the same form, view state and session (or another session) posted again

    private long count(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private long mails(String recipient, String kind) {
        return count(
                "select count(*) from outbox_mail where recipient = ?1 and kind = ?2",
                recipient.toLowerCase(java.util.Locale.ROOT),
                kind);
    }

    private String respondPath(Consultation consultation) {
        return "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
    }

    /** A refusal of a post whose login is gone: the login page, the page saying the login ended, or 403. */
    private static void assertRefusedForWantOfLogin(Page answer, String what) {
        assertTrue(
                answer.status() == 403
                        || answer.isLoginPage()
                        || answer.contains("Your login has ended")
                        || answer.contains("The page has expired"),
                what + ": refused, not " + answer.describe());
        assertTrue(answer.status() < 500, what + ": " + answer.describe());
    }

    @Test
    void aSubmitPostedAgainSubmitsOnceMailsOneReceiptAndTheSecondAnswerSaysItWasAlreadySubmitted() {
        Consultation consultation = consultation("Replayed submit");
        String rep = fixtures.organisationWithRepresentative("Replayed ry", "en");
        PageClient.Form form = loggedIn(rep)
                .get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Sent once")
                .set("fields:1:single", "0");

        Page first = form.press("submit").assertOk();
        assertTrue(first.contains("The response is submitted."), first.describe());
        Page again = form.press("submit");

        assertEquals(200, again.status(), again.describe());
        assertTrue(
                again.contains("The response was already saved or submitted by Rep rep at"),
                "a clear message: " + again.describe());
        assertFalse(again.contains("The response is submitted."), again.describe());
        Response stored =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(
                1,
                count(
                        "select count(*) from response_version where response_id = ?1 and submitted_at is not null",
                        stored.getId()),
                "one submitted version");
        assertEquals(1, count("select count(*) from response_version where response_id = ?1", stored.getId()));
        assertEquals(1, mails(rep, "RESPONSE_RECEIPT"), "one receipt");
        assertEquals(List.of(), keptTexts(stored.getId()), "no conflict kept from the replay");
    }

    @Test
    void aDraftSavePostedAgainChangesNothingAndKeepsNoConflict() {
        Consultation consultation = consultation("Replayed draft");
        String rep = fixtures.organisationWithRepresentative("Replayed draft ry", "en");
        PageClient.Form form = loggedIn(rep)
                .get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Saved once");
        assertTrue(form.press("save").assertOk().contains("The draft is saved."));
        Response before =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        int revision = before.latestVersion().getAnswers().get(0).getRevision();

        Page again = form.press("save");

        assertEquals(200, again.status(), again.describe());
        assertTrue(again.contains("The draft is saved."), again.describe());
        Response after =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals("Saved once", after.latestVersion().getAnswers().get(0).getText());
        assertEquals(1, count("select count(*) from response_version where response_id = ?1", after.getId()));
        assertTrue(after.latestVersion().getAnswers().get(0).getRevision() >= revision);
        assertEquals(List.of(), keptTexts(after.getId()), "the same text again is no conflict");
        assertFalse(after.isSubmitted());
    }

    @Test
    void anApplicationSubmitPostedAgainSubmitsOnceAndMailsOneConfirmation() throws Exception {
        String applicant = applicant("replaying");
        long callId = call("Replayed call");
        long applicationId = readyToSubmit(applicant, callId);
        PageClient.Form form = loggedIn(applicant)
                .get("/forum/apply/application.xhtml?id=" + applicationId + "&step=REVIEW")
                .assertOk()
                .form("wizard")
                .check("consent", "on");

        Page first = form.press("submit").assertOk();
        assertTrue(first.contains("Your application was submitted"), first.describe());
        Instant submittedAt =
                acting(applicant, () -> forumApplications.mine(applicationId)).getSubmittedAt();
        Page again = form.press("submit");

        assertEquals(200, again.status(), again.describe());
        // Leaving the wizard for the list ended the view's bean, so the replay decodes nothing and is told so.
        assertTrue(
                again.contains("This form had already been sent, so nothing was saved this time."),
                "a clear message: " + again.describe() + " " + again.text());
        assertTrue(again.contains("Submitted"), "the application as stored: " + again.text());
        assertEquals(1, mails(applicant, "FORUM_APPLICATION_RECEIVED"), "one confirmation");
        assertEquals(1, count("select count(*) from forum_application where call_id = ?1", callId), "one application");
        assertEquals(
                submittedAt,
                acting(applicant, () -> forumApplications.mine(applicationId)).getSubmittedAt(),
                "the first submission's time stays");
    }

    @Test
    void anApplicationSubmitDoubleClickedSubmitsOnceMailsOnceAndNeitherAnswerIsAnError() throws Exception {
        String applicant = applicant("double");
        long callId = call("Double-clicked call");
        long applicationId = readyToSubmit(applicant, callId);
        PageClient.Form form = loggedIn(applicant)
                .get("/forum/apply/application.xhtml?id=" + applicationId + "&step=REVIEW")
                .assertOk()
                .form("wizard")
                .check("consent", "on");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Page> both = new ArrayList<>();
        try {
            List<Future<Page>> presses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                presses.add(pool.submit(() -> {
                    start.await();
                    return form.press("submit");
                }));
            }
            start.countDown();
            for (Future<Page> press : presses) {
                both.add(press.get());
            }
        } finally {
            pool.shutdownNow();
        }

        String all = both.get(0).describe() + " " + both.get(0).text() + "\n"
                + both.get(1).describe() + " " + both.get(1).text();
        for (Page answer : both) {
            assertEquals(200, answer.status(), all);
            assertTrue(
                    answer.contains("Your application was submitted")
                            || answer.contains("Your application remains submitted")
                            || answer.contains("Someone else saved this just before you.")
                            // the second press restored its view after the first had ended it (left the page)
                            || answer.contains("This form had already been sent, so nothing was saved this time."),
                    "each press answers with a clear message: " + all);
        }
        assertEquals(1, mails(applicant, "FORUM_APPLICATION_RECEIVED"), "one confirmation: " + all);
        assertEquals(
                fi.cocreate.forum.entity.ApplicationStatus.SUBMITTED,
                acting(applicant, () -> forumApplications.mine(applicationId)).getStatus());
    }

    private String applicant(String prefix) {
        String email = TestAccounts.uniqueEmail("stale-applicant-" + prefix).toLowerCase(java.util.Locale.ROOT);
        accounts.create(email, "Replaying Applicant", PASSWORD, "en", List.of(Role.APPLICANT), true);
        return email;
    }

    /** An application of a new applicant with every step filled in and a CV, saved at the review step. */
    private long readyToSubmit(String applicant, long callId) {
        ForumApplication application = acting(applicant, () -> forumApplications.startOrResume(callId, "en"));
        ApplicationContent content = application.content();
        content.setFullName("Replaying Applicant");
        content.setEmail(applicant);
        content.setYearOfBirth(1984);
        content.setGender(Gender.WOMAN);
        content.setCountryOfBirth("SY");
        content.setCountryOfOrigin("SY");
        content.setNewHomeCountry("FI");
        content.setYearOfArrival(2012);
        content.setLanguages(List.of("en", "fi"));
        content.setAreas(List.of(ExpertiseArea.EDUCATION));
        content.getDescriptions().put(ExpertiseArea.EDUCATION, "Years of work with newcomers.");
        content.setCapacity(ApplicantCapacity.INDIVIDUAL);
        content.setMotivation("I want to bring the experience of newcomers to the forum.");
        content.setConsent(true);
        acting(applicant, () -> forumApplications.attachCv(application.getId(), "cv.pdf", ForumBrowserFixtures.CV));
        acting(applicant, () -> forumApplications.save(application.getId(), content, ApplicationStep.REVIEW));
        return application.getId();
    }

    @Test
    void aPublishPostedAgainPublishesOnceLeavesOneAuditRowAndSaysItWasAlreadyPublished() {
        String publisher = staff("Pia Publisher", Role.STAFF);
        Consultation consultation = consultation("Replayed publish");
        acting(ActingCaller.DEMO_STAFF, () -> admin.unpublish(consultation.getId()));
        PageClient.Form form = loggedIn(publisher)
                .get("/consultation/staff/edit.xhtml?id=" + consultation.getId())
                .assertOk()
                .form("publication");

        Page first = form.press("publish").assertOk();
        assertTrue(first.contains("The consultation is published"), first.describe());
        Instant publishedAt = admin.find(consultation.getId()).getPublishedAt();
        Page again = form.press("publish");

        assertEquals(200, again.status(), again.describe());
        assertTrue(again.contains("The consultation was already published"), "a clear message: " + again.describe());
        assertEquals(publishedAt, admin.find(consultation.getId()).getPublishedAt(), "published once");
        assertEquals(
                1,
                count(
                        "select count(*) from audit_entry where action = 'CONSULTATION_PUBLISHED' and record_id = ?1"
                                + " and actor_email = ?2",
                        consultation.getId(),
                        publisher),
                "one audit row for one publication");
    }

    @Test
    void aPublishFromAPageOlderThanAColleaguesUnpublishIsRefusedNamingThemAndTheConsultationStaysADraft() {
        String pia = staff("Pia Stalepublisher", Role.STAFF);
        String ulla = staff("Ulla Unpublisher", Role.STAFF);
        Consultation consultation = consultation("Unpublished meanwhile");
        long id = consultation.getId();
        acting(ActingCaller.DEMO_STAFF, () -> admin.unpublish(id));
        String path = "/consultation/staff/edit.xhtml?id=" + id;
        PageClient.Form piasForm = loggedIn(pia).get(path).assertOk().form("publication");
        PageClient.Form ullasPublish = loggedIn(ulla).get(path).assertOk().form("publication");
        piasForm.press("publish").assertOk();
        Page ullasUnpublish = loggedIn(ulla).get(path).assertOk();
        assertTrue(ullasUnpublish.form("publication").press("unpublish").contains("draft"), "Ulla unpublished it");
        assertFalse(admin.find(id).isPublished());
        String audited = "select count(*) from audit_entry where action = 'CONSULTATION_PUBLISHED' and record_id = ?1";
        long publicationsBefore = count(audited, id);

        Page replayed = piasForm.press("publish");
        Page stale = ullasPublish.press("publish");

        assertEquals(200, replayed.status(), replayed.describe());
        assertTrue(replayed.contains("Ulla Unpublisher " + CHANGED), "names who changed it: " + replayed.describe());
        assertTrue(stale.contains("Ulla Unpublisher " + CHANGED), stale.describe());
        assertFalse(admin.find(id).isPublished(), "a stale page does not undo the colleague's decision");
        assertEquals(publicationsBefore, count(audited, id), "no audit row for a refused publication");
    }

    @Test
    void aPostReplayedAfterLogoutWithAnotherSessionOrAfterTheSessionExpiredIsRefusedAndStoresNothing()
            throws Exception {
        Consultation consultation = consultation("Replayed without login");
        String rep = fixtures.organisationWithRepresentative("Logged out ry", "en");
        String other = fixtures.organisationWithRepresentative("Other session ry", "en");

        // After logging out in another tab of the same browser.
        PageClient browser = loggedIn(rep);
        PageClient.Form afterLogout = browser.get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Posted after logout")
                .set("fields:1:single", "0");
        browser.get("/index.xhtml").form("logoutForm").press("logout");
        assertRefusedForWantOfLogin(afterLogout.press("submit"), "after logout");

        // With another representative's session cookie, and with an anonymous one.
        PageClient.Form mine = loggedIn(rep)
                .get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Posted with another session")
                .set("fields:1:single", "0");
        Page withOthers = mine.postedBy(loggedIn(other)).press("submit");
        assertRefusedForWantOfLogin(withOthers, "with another user's session");
        Page anonymous = mine.postedBy(
                        PageClient.english(System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath()))
                .press("save");
        assertRefusedForWantOfLogin(anonymous, "without a session");

        // After the session expired.
        PageClient expiring = loggedIn(rep);
        PageClient.Form beforeExpiry = expiring.get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Posted after the session expired");
        assertEquals(
                200,
                expiring.postWithoutForm("/test-fixtures/session/expire-soon", "")
                        .status());
        Thread.sleep(2_500);
        assertRefusedForWantOfLogin(beforeExpiry.press("save"), "after the session expired");

        assertTrue(
                acting(rep, () -> responses.mineFor(consultation.getId())).isEmpty(),
                "nothing stored for the representative");
        assertTrue(
                acting(other, () -> responses.mineFor(consultation.getId())).isEmpty(),
                "nothing stored for the other one");
        assertEquals(0, mails(rep, "RESPONSE_RECEIPT"));
        assertEquals(0, mails(other, "RESPONSE_RECEIPT"));

        // A staff member's publish form posted with a representative's session publishes nothing.
        String publisher = staff("Pekka Publisher", Role.STAFF);
        Consultation draft = consultation("Replayed publish elsewhere");
        acting(ActingCaller.DEMO_STAFF, () -> admin.unpublish(draft.getId()));
        PageClient.Form publish = loggedIn(publisher)
                .get("/consultation/staff/edit.xhtml?id=" + draft.getId())
                .assertOk()
                .form("publication");
        assertRefusedForWantOfLogin(publish.postedBy(loggedIn(other)).press("publish"), "publish, another session");
        assertFalse(admin.find(draft.getId()).isPublished(), "still a draft");
        assertEquals(
                0,
                count(
                        "select count(*) from audit_entry where action = 'CONSULTATION_PUBLISHED' and record_id = ?1"
                                + " and actor_email = ?2",
                        draft.getId(),
                        publisher));
    }

    @Test
    void aPostReplayedAfterTheDeadlineIsRefusedWithTheDeadlineMessageAndChangesNothing() throws Exception {
        Consultation consultation = consultation("Replayed after the deadline");
        String rep = fixtures.organisationWithRepresentative("Late replay ry", "en");
        PageClient browser = loggedIn(rep);
        PageClient.Form form = browser.get(respondPath(consultation))
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Saved in time")
                .set("fields:1:single", "1");
        assertTrue(form.press("save").assertOk().contains("The draft is saved."));
        String applicant = applicant("late");
        long callId = call("Replayed after closing");
        long applicationId = readyToSubmit(applicant, callId);
        PageClient.Form application = loggedIn(applicant)
                .get("/forum/apply/application.xhtml?id=" + applicationId + "&step=REVIEW")
                .assertOk()
                .form("wizard")
                .check("consent", "on");
        assertTrue(application.press("submit").assertOk().contains("Your application was submitted"));
        Instant submittedAt =
                acting(applicant, () -> forumApplications.mine(applicationId)).getSubmittedAt();

        TestClockProducer.CLOCK.set(Instant.now().plus(Duration.ofDays(40)));
        try {
            Page save = form.press("save");
            Page submit = form.press("submit");
            Page applicationAgain = application.press("submit");

            assertTrue(
                    save.contains("The deadline has passed, so the response was not saved."),
                    "the deadline message: " + save.describe());
            // The refusal made this page read-only, so its submit button is gone: the page says why.
            assertTrue(submit.contains("The deadline has passed."), "the deadline message: " + submit.describe());
            for (Page late : List.of(save, submit)) {
                assertEquals(200, late.status(), late.describe());
                assertEquals("Saved in time", late.form("answers").value("fields:0:text"), "the text stays");
            }
            assertEquals(200, applicationAgain.status(), applicationAgain.describe());
            assertTrue(
                    applicationAgain.contains("The call has closed: applications are no longer accepted."),
                    "the call's deadline message: " + applicationAgain.describe() + " " + applicationAgain.text());
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        Response stored =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertFalse(stored.isSubmitted(), "not submitted after the deadline");
        assertEquals(1, count("select count(*) from response_version where response_id = ?1", stored.getId()));
        assertEquals(0, mails(rep, "RESPONSE_RECEIPT"));
        assertEquals(List.of(), keptTexts(stored.getId()));
        assertEquals(
                submittedAt,
                acting(applicant, () -> forumApplications.mine(applicationId)).getSubmittedAt());
        assertEquals(1, mails(applicant, "FORUM_APPLICATION_RECEIVED"));
    }

    // ----- through the boundaries, with the version a page keeps

    @Test
    void questionAddedFromAStaleEditorIsRefused() {
        String staffMember = staff("Quentin", Role.STAFF);
        Consultation consultation = consultation("Stale questions");
        long seen = consultation.getVersion();
        acting(
                staffMember,
                () -> admin.removeQuestion(
                        consultation.getId(), consultation.getQuestions().get(1).getId(), seen));

        String refused = refusal(() -> acting(
                staffMember,
                () -> admin.addQuestion(
                        consultation.getId(),
                        QuestionType.FREE_TEXT,
                        LocalizedText.of("Uusi?", null, "New?"),
                        100,
                        List.of(),
                        null,
                        null,
                        seen)));
        assertTrue(refused.startsWith("edit.changedMeanwhile [Quentin, "), refused);
        assertEquals(1, admin.find(consultation.getId()).getQuestions().size());
    }

    @Test
    void eventSavedFromAStalePageIsRefusedNamingTheEditor() {
        String first = staff("Eeva", Role.STAFF);
        String second = staff("Erkki", Role.STAFF);
        Consultation consultation = consultation("Stale event");
        ActingCaller.actAs(first);
        Instant start = Instant.now().plus(Duration.ofDays(10));
        ConsultationEvent event = events.create(consultation.getId(), details("First title", start));
        long seen = event.getVersion();
        events.update(event.getId(), details("Eeva's title", start), seen);

        ActingCaller.actAs(second);
        String refused = refusal(() -> events.update(event.getId(), details("Erkki's title", start), seen));
        assertTrue(
                refused.startsWith("edit.changedMeanwhile [" + first.toLowerCase(java.util.Locale.ROOT) + ", "),
                refused);
        assertEquals("Eeva's title", events.find(event.getId()).getTitle().getEn());
    }

    private static EventDetails details(String title, Instant start) {
        return new EventDetails(
                EventType.WORKSHOP,
                LocalizedText.of(title, null, title),
                null,
                start,
                start.plus(Duration.ofHours(2)),
                "Helsinki",
                null,
                20,
                EnumSet.of(TargetGroup.ORGANISATIONS));
    }

    @Test
    void summaryStatementsChangedFromAStalePageAreRefusedSoNobodyPublishesUnseenStatements() throws Exception {
        Consultation consultation = consultation("Stale summary");
        ConsultationSummary summary = ActingCaller.asStaff(() -> summaries.of(consultation.getId()));
        long seen = summary.getVersion();
        ActingCaller.asStaff(() -> summaries.addStatement(
                consultation.getId(),
                SummarySection.FEEDBACK,
                null,
                LocalizedText.of("Ensimmäinen", null, "First"),
                seen));

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> ActingCaller.asStaff(() -> summaries.addStatement(
                        consultation.getId(),
                        SummarySection.FEEDBACK,
                        null,
                        LocalizedText.of("Toinen", null, "Second"),
                        seen)));
        assertEquals("edit.changedMeanwhile", refused.getMessageKey());
        assertEquals(ActingCaller.DEMO_STAFF, refused.getArguments()[0]);
        assertThrows(
                BusinessException.class,
                () -> ActingCaller.asStaff(() -> summaries.publish(consultation.getId(), seen)));
        assertEquals(
                1,
                ActingCaller.asStaff(() -> summaries.of(consultation.getId()))
                        .getStatements()
                        .size());
    }

    @Test
    void organisationVerifiedFromAStaleListIsRefused() {
        String first = staff("Olli", Role.STAFF);
        String second = staff("Outi", Role.STAFF);
        String rep = fixtures.organisationWithRepresentative("Stale verified ry", "en");
        long id = fixtures.organisationOf(rep);
        long seen = organisations.find(id).getVersion();
        acting(first, () -> organisations.verify(id, seen));

        String refused = refusal(() -> acting(second, () -> organisations.withdrawVerification(id, seen)));
        assertTrue(refused.startsWith("edit.changedMeanwhile [Olli, "), refused);
        assertTrue(organisations.find(id).isVerified());
    }

    @Test
    void roleToggledFromAStaleAccountListIsRefusedAndTheOtherAdministratorsGrantStays() {
        String first = staff("Aino Admin", Role.ADMIN);
        String second = staff("Antti Admin", Role.ADMIN);
        String person = staff("Panelist to be", Role.APPLICANT);
        Account shown = accounts.findByEmail(person).orElseThrow();
        accounts.setRole(shown.getId(), Role.PANELIST, true, shown.getVersion(), first);

        // The second administrator's page still shows no PANELIST role: pressing it there would revoke the grant.
        String refused =
                refusal(() -> accounts.setRole(shown.getId(), Role.PANELIST, true, shown.getVersion(), second));
        assertTrue(refused.startsWith("edit.changedMeanwhile [" + first + ", "), refused);
        assertTrue(accounts.findByEmail(person).orElseThrow().has(Role.PANELIST));
    }

    @Test
    void forumCallSavedFromAStaleFormIsRefused() throws Exception {
        String first = staff("Kaisa", Role.STAFF);
        String second = staff("Kalle", Role.STAFF);
        long callId = call("Stale call");
        CallDefinition firstForm = CallDefinition.of(calls.find(callId), ApplicationClock.ZONE);
        CallDefinition secondForm = CallDefinition.of(calls.find(callId), ApplicationClock.ZONE);
        firstForm.setTitleEn("Kaisa's call");
        acting(first, () -> calls.save(callId, firstForm));

        secondForm.setTitleEn("Kalle's call");
        String refused = refusal(() -> acting(second, () -> calls.save(callId, secondForm)));
        assertTrue(refused.startsWith("edit.changedMeanwhile [" + first + ", "), refused);
        assertEquals("Kaisa's call", calls.find(callId).getTitle().getEn());
    }

    @Test
    void rubricCriterionAndSelectionRuleSavedFromStalePagesAreRefused() throws Exception {
        String first = staff("Riikka", Role.STAFF);
        String second = staff("Risto", Role.STAFF);
        long callId = call("Stale rubric");
        RubricCriterion criterion = acting(
                first, () -> panels.addCriterion(callId, LocalizedText.of("Osaaminen", null, "Skills"), 1, levels()));
        long seen = criterion.getVersion();
        acting(
                first,
                () -> panels.updateCriterion(
                        criterion.getId(), LocalizedText.of("Osaaminen", null, "Riikka's skills"), 2, levels(), seen));
        String refusedCriterion = refusal(() -> acting(
                second,
                () -> panels.updateCriterion(
                        criterion.getId(), LocalizedText.of("Osaaminen", null, "Risto's skills"), 3, levels(), seen)));
        assertTrue(refusedCriterion.startsWith("edit.changedMeanwhile [" + first + ", "), refusedCriterion);
        assertEquals(2.0, acting(first, () -> panels.rubric(callId)).get(0).getWeight());

        acting(
                first,
                () -> selections.setRule(
                        callId, SelectionDimension.GENDER, "WOMAN", 2, null, Selections.RULE_NOT_SHOWN));
        String refusedRule = refusal(() -> acting(
                second,
                () -> selections.setRule(
                        callId, SelectionDimension.GENDER, "WOMAN", 5, null, Selections.RULE_NOT_SHOWN)));
        assertTrue(refusedRule.startsWith("edit.changedMeanwhile [" + first + ", "), refusedRule);
        SelectionRule rule = acting(first, () -> selections.rules(callId)).get(0);
        assertEquals(2, rule.getMinimum());
        long ruleSeen = rule.getVersion();
        acting(second, () -> selections.setRule(callId, SelectionDimension.GENDER, "WOMAN", 3, null, ruleSeen));
        assertThrows(BusinessException.class, () -> acting(first, () -> selections.removeRule(rule.getId(), ruleSeen)));
        assertEquals(3, acting(first, () -> selections.rules(callId)).get(0).getMinimum());
    }

    private long call(String title) throws Exception {
        return inTx(() -> {
            Instant now = Instant.now();
            ForumCall call = new ForumCall(
                    LocalizedText.of(title + " fi", title + " sv", title),
                    null,
                    now,
                    now.plus(Duration.ofDays(30)),
                    12,
                    now);
            em.persist(call);
            em.flush();
            return call.getId();
        });
    }

    private static List<LocalizedText> levels() {
        List<LocalizedText> levels = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            levels.add(LocalizedText.of("Taso " + i, null, "Level " + i));
        }
        return levels;
    }

    private <T> T inTx(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
