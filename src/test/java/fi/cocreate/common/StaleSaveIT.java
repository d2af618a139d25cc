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
import fi.cocreate.consultation.boundary.Moderation;
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
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
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
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.PageClient.Page;
import fi.cocreate.testing.TestAccounts;
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
    Moderation moderation;

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
        ModeratedResponse now = ActingCaller.asStaff(() -> moderation.moderatedResponse(responseId));
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

        assertThrows(AccessDenied.class, () -> organisations.grantApproval(eve, dansId), "another organisation's");
        assertEquals(
                "organisation.approversOnly",
                assertThrows(BusinessException.class, () -> organisations.grantApproval(dan, dansId))
                        .getMessageKey());
        assertEquals(
                "organisation.lastApprover",
                assertThrows(BusinessException.class, () -> organisations.revokeApproval(anna, annasId))
                        .getMessageKey());

        organisations.grantApproval(anna, dansId);
        assertTrue(acting(dan, () -> responses.mayApprove()));
        organisations.revokeApproval(dan, annasId);
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

    // ----- through the boundaries, with the version a page keeps

    @Test
    void questionAddedFromAStaleEditorIsRefused() {
        String staffMember = staff("Quentin", Role.STAFF);
        Consultation consultation = consultation("Stale questions");
        long seen = consultation.getVersion();
        admin.removeQuestion(
                staffMember,
                consultation.getId(),
                consultation.getQuestions().get(1).getId(),
                seen);

        String refused = refusal(() -> admin.addQuestion(
                staffMember,
                consultation.getId(),
                QuestionType.FREE_TEXT,
                LocalizedText.of("Uusi?", null, "New?"),
                100,
                List.of(),
                null,
                null,
                seen));
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
        organisations.verify(first, id, seen);

        String refused = refusal(() -> organisations.withdrawVerification(second, id, seen));
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
