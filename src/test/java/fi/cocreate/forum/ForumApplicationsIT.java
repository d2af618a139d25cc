package fi.cocreate.forum;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.boundary.ForumPersonalData;
import fi.cocreate.forum.boundary.ForumRetention;
import fi.cocreate.forum.boundary.InvalidApplicationException;
import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.ViewPurpose;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

/**
 * Forum applications in the container against the real MariaDB and SMTP server: drafts, submission inside the window
 * at the server's (moved) clock, edits, withdrawal, the confirmation mail, ownership, the audit of views, retention
 * erasure and the applicant's own data. The tests marked {@code @RunAsClient} drive the real pages over HTTP as a
 * browser would, with the demo logins and demo data.
 */
@ExtendWith(ArquillianExtension.class)
class ForumApplicationsIT {

    static final Instant OPENS = Instant.parse("2030-03-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2030-04-01T00:00:00Z");
    static final byte[] PDF = "%PDF-1.4\n% test CV\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(ApplicationFixtures.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ForumApplications applications;

    @Inject
    ApplicationReviews reviews;

    @Inject
    fi.cocreate.forum.panel.boundary.Panels panels;

    @Inject
    fi.cocreate.forum.panel.boundary.PanelAssignments assignments;

    @Inject
    ForumPersonalData personalData;

    @Inject
    ForumCalls calls;

    @Inject
    ForumRetention retention;

    @Inject
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClockProducer.CLOCK.reset();
    }

    private String applicant(String language) {
        String email = TestAccounts.uniqueEmail("forum");
        accounts.create(email, "Test Applicant", "a long enough password", language, List.of(Role.APPLICANT), true);
        return email;
    }

    private ForumCall call(Instant opens, Instant closes) {
        return calls.create(new ForumCall(
                LocalizedText.of("Testihaku", "Testutlysning", "Test call"), null, opens, closes, 10, opens));
    }

    private static ApplicationContent complete(String email) {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setEmail(email);
        return content;
    }

    /** A complete application with a CV, saved as a draft in the call's window. */
    private ForumApplication readyDraft(ForumCall call, String email) {
        TestClockProducer.CLOCK.set(call.getOpensAt().plus(Duration.ofDays(1)));
        ForumApplication draft = acting(email, () -> applications.startOrResume(call.getId(), "en"));
        acting(email, () -> applications.save(draft.getId(), complete(email)));
        acting(email, () -> applications.attachCv(draft.getId(), "cv.pdf", PDF));
        return draft;
    }

    @Test
    void aDraftIsKeptBetweenSessionsAndResumedWhereItWasLeft() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("fi");
        TestClockProducer.CLOCK.set(OPENS.plusSeconds(60));
        ForumApplication draft = acting(email, () -> applications.startOrResume(call.getId(), "fi"));
        ApplicationContent partial = draft.content();
        partial.setYearOfBirth(1979);
        partial.setCountryOfBirth("SO");
        acting(email, () -> applications.save(draft.getId(), partial));

        ForumApplication resumed = acting(email, () -> applications.startOrResume(call.getId(), "fi"));
        assertEquals(draft.getId(), resumed.getId(), "one application per applicant and call");
        assertEquals(ApplicationStatus.DRAFT, resumed.getStatus());
        assertEquals(1979, resumed.getYearOfBirth());
        assertEquals("SO", resumed.getCountryOfBirth());
        assertEquals("Test Applicant", resumed.getFullName(), "prefilled from the account");
    }

    @Test
    void submittingInsideTheWindowQueuesAConfirmationInTheApplicantsLanguage() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("sv");
        TestClockProducer.CLOCK.set(OPENS.plus(Duration.ofDays(2)));
        ForumApplication draft = acting(email, () -> applications.startOrResume(call.getId(), "sv"));
        acting(email, () -> applications.attachCv(draft.getId(), "Mitt CV.pdf", PDF));
        ApplicationContent content = complete(email);
        content.setFullName("Sara Svensson");
        ForumApplication submitted = acting(email, () -> applications.submit(draft.getId(), content));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(OPENS.plus(Duration.ofDays(2)), submitted.getSubmittedAt());

        MimeMessage mail = MailSinkClient.forTests()
                .awaitMails(email, 1, Duration.ofSeconds(30))
                .get(0);
        try {
            assertEquals("Vi har tagit emot din ansökan till expertforumet", mail.getSubject());
            assertEquals("sv", mail.getHeader("Content-Language")[0]);
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        String text = MailSinkClient.text(mail);
        assertTrue(text.contains("Hej Sara Svensson"), text);
        assertTrue(text.contains("\"Testutlysning\""), "the call's title in Swedish: " + text);
        assertTrue(text.contains("/forum/apply/index.xhtml"), "a link to the applicant's page");

        acting(email, () -> applications.submit(draft.getId(), content));
        assertEquals(1, MailSinkClient.forTests().to(email).size(), "an edit sends no second confirmation");
    }

    @Test
    void submittingOneSecondBeforeTheCloseWorksAndOneSecondAfterIsRefusedKeepingTheDraft() {
        ForumCall call = call(OPENS, CLOSES);
        String early = applicant("en");
        String late = applicant("en");
        ForumApplication onTime = readyDraft(call, early);
        ForumApplication tooLate = readyDraft(call, late);

        TestClockProducer.CLOCK.set(CLOSES.minusSeconds(1));
        assertEquals(
                ApplicationStatus.SUBMITTED,
                acting(early, () -> applications.submit(onTime.getId(), complete(early)))
                        .getStatus());

        TestClockProducer.CLOCK.set(CLOSES.plusSeconds(1));
        InvalidApplicationException refused = assertThrows(
                InvalidApplicationException.class,
                () -> acting(late, () -> applications.submit(tooLate.getId(), complete(late))));
        assertTrue(refused.getProblems().stream().anyMatch(p -> p.key().equals("forum.application.windowClosed")));
        ForumApplication kept = acting(late, () -> applications.mine(tooLate.getId()));
        assertEquals(ApplicationStatus.DRAFT, kept.getStatus());
        assertEquals("Leila Example", kept.getFullName(), "nothing already saved is lost");
    }

    @Test
    void aSubmittedApplicationIsEditedUntilTheWindowClosesAndNotAfter() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> applications.submit(draft.getId(), complete(email)));

        TestClockProducer.CLOCK.set(CLOSES.minusSeconds(1));
        ApplicationContent edited = complete(email);
        edited.setMotivation("A sharper motivation.");
        ForumApplication saved = acting(email, () -> applications.save(draft.getId(), edited));
        assertEquals("A sharper motivation.", saved.getMotivation());
        assertEquals(ApplicationStatus.SUBMITTED, saved.getStatus());

        ApplicationContent broken = complete(email);
        broken.setCountryOfBirth("NO");
        InvalidApplicationException invalid = assertThrows(
                InvalidApplicationException.class, () -> acting(email, () -> applications.save(draft.getId(), broken)));
        assertEquals(
                List.of("forum.eligibility.bornInNordicRegion"),
                invalid.getProblems().stream().map(ApplicationProblem::key).toList(),
                "a submitted application must stay complete and eligible");

        TestClockProducer.CLOCK.set(CLOSES);
        BusinessException closed = assertThrows(
                BusinessException.class, () -> acting(email, () -> applications.save(draft.getId(), edited)));
        assertEquals(
                "forum.application.windowClosed",
                closed instanceof InvalidApplicationException i
                        ? i.getProblems().get(0).key()
                        : closed.getMessageKey());
        assertEquals(
                "A sharper motivation.",
                acting(email, () -> applications.mine(draft.getId())).getMotivation());
    }

    @Test
    void anIneligibleApplicationIsRefusedWithEveryProblemNamed() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        ApplicationContent content = complete(email);
        content.setCountryOfBirth("FI");
        content.setNewHomeCountry("DE");
        content.setConsent(false);
        InvalidApplicationException e = assertThrows(
                InvalidApplicationException.class,
                () -> acting(email, () -> applications.submit(draft.getId(), content)));
        assertEquals(
                List.of(
                        "forum.eligibility.bornInNordicRegion",
                        "forum.eligibility.notLivingInNordicRegion",
                        "forum.rule.consent"),
                e.getProblems().stream().map(ApplicationProblem::key).toList());
        assertEquals(
                ApplicationStatus.DRAFT,
                acting(email, () -> applications.mine(draft.getId())).getStatus());
    }

    @Test
    void aWithdrawnApplicationCannotBeSubmittedAgain() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> applications.submit(draft.getId(), complete(email)));
        assertEquals(
                ApplicationStatus.WITHDRAWN,
                acting(email, () -> applications.withdraw(draft.getId())).getStatus());
        assertThrows(
                BusinessException.class,
                () -> acting(email, () -> applications.submit(draft.getId(), complete(email))));
        assertEquals(
                ApplicationStatus.WITHDRAWN,
                acting(email, () -> applications.mine(draft.getId())).getStatus());
    }

    @Test
    void withdrawingIsFinalForTheCallAlsoAfterTheDataIsErased() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> applications.submit(draft.getId(), complete(email)));
        acting(email, () -> applications.withdraw(draft.getId()));

        ForumApplication again = acting(email, () -> applications.startOrResume(call.getId(), "en"));
        assertEquals(draft.getId(), again.getId(), "the withdrawn application, not a new draft");
        assertFalse(again.isEditableAt(TestClockProducer.CLOCK.instant()));

        acting(email, () -> personalData.requestErasure(draft.getId()));
        BusinessException refused = assertThrows(
                BusinessException.class, () -> acting(email, () -> applications.startOrResume(call.getId(), "en")));
        assertEquals("forum.application.withdrawnBefore", refused.getMessageKey());
        assertEquals(
                1L,
                em.createQuery("select count(a) from ForumApplication a where a.call.id = :call", Long.class)
                        .setParameter("call", call.getId())
                        .getSingleResult(),
                "no second application was stored");
    }

    @Test
    void erasingADraftAlsoEndsTheApplicantsTurnInThatCallButNotInAnother() {
        ForumCall call = call(OPENS, CLOSES);
        ForumCall other = call(OPENS, CLOSES);
        String email = applicant("fi");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> personalData.requestErasure(draft.getId()));
        assertThrows(
                BusinessException.class, () -> acting(email, () -> applications.startOrResume(call.getId(), "fi")));
        assertEquals(
                ApplicationStatus.DRAFT,
                acting(email, () -> applications.startOrResume(other.getId(), "fi"))
                        .getStatus());
    }

    @Test
    void savingRemembersTheStepSoThatResumingOpensIt() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("sv");
        TestClockProducer.CLOCK.set(OPENS.plusSeconds(60));
        ForumApplication draft = acting(email, () -> applications.startOrResume(call.getId(), "sv"));
        assertNull(draft.getWizardStep(), "a new draft starts at the first step");
        acting(email, () -> applications.save(draft.getId(), draft.content(), ApplicationStep.MOTIVATION));
        assertEquals(
                "MOTIVATION",
                acting(email, () -> applications.startOrResume(call.getId(), "sv"))
                        .getWizardStep());
    }

    @Test
    void aCvMustBeAPdfByItsContent() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> acting(
                        email,
                        () -> applications.attachCv(
                                draft.getId(),
                                "cv.pdf",
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("forum.cv.notPdf", e.getMessageKey());
        assertEquals(
                "cv.pdf",
                acting(email, () -> applications.mine(draft.getId())).getCvFileName(),
                "the earlier CV stays");
    }

    @Test
    void anApplicantCannotReadOrChangeAnotherApplicantsApplication() {
        ForumCall call = call(OPENS, CLOSES);
        String owner = applicant("en");
        String other = applicant("en");
        ForumApplication draft = readyDraft(call, owner);
        long id = draft.getId();
        for (Runnable attempt : List.<Runnable>of(
                () -> acting(other, () -> applications.mine(id)),
                () -> acting(other, () -> applications.save(id, complete(other))),
                () -> acting(other, () -> applications.submit(id, complete(other))),
                () -> acting(other, () -> applications.attachCv(id, "x.pdf", PDF)),
                () -> acting(other, () -> applications.withdraw(id)),
                () -> acting(other, () -> personalData.requestErasure(id)),
                () -> acting(other, () -> applications.myCv(id)),
                () -> acting(other, () -> reviews.viewsOf(id)))) {
            BusinessException e = assertThrows(BusinessException.class, attempt::run);
            assertEquals("forum.application.notFound", e.getMessageKey());
        }
        assertTrue(acting(other, () -> applications.mine()).isEmpty(), "the other applicant has no applications");
        assertFalse(acting(other, () -> personalData.exportMine()).contains("Leila Example"));
        BusinessException notApplicant = assertThrows(
                BusinessException.class, () -> acting(DemoLogins.STAFF.email(), () -> applications.mine(id)));
        assertEquals("access.denied", notApplicant.getMessageKey());
        assertEquals(
                ApplicationStatus.DRAFT,
                acting(owner, () -> applications.mine(id)).getStatus(),
                "untouched");
    }

    @Test
    void everyViewByStaffOrPanelIsRecordedAndApplicantsCannotReview() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        assertEquals(
                "forum.application.notFound",
                assertThrows(
                                BusinessException.class,
                                () -> acting(DemoLogins.STAFF.email(), () -> reviews.viewForReview(draft.getId())))
                        .getMessageKey(),
                "drafts are private");
        acting(email, () -> applications.submit(draft.getId(), complete(email)));

        // The panellist may look only at an application assigned to them on the call's panel (the boundary checks it).
        long member = acting(DemoLogins.STAFF.email(), () -> panels.appoint(call.getId(), DemoLogins.PANELIST.email()))
                .getId();
        acting(DemoLogins.STAFF.email(), () -> assignments.add(draft.getId(), member));
        Instant seen = CLOSES.plus(Duration.ofHours(3));
        TestClockProducer.CLOCK.set(seen);
        ForumApplication viewed = acting(DemoLogins.PANELIST.email(), () -> reviews.viewForReview(draft.getId()));
        assertEquals(ApplicationStatus.UNDER_REVIEW, viewed.getStatus(), "review starts after the window");
        acting(DemoLogins.STAFF.email(), () -> reviews.listForStaff(call.getId()));
        ApplicationCv cv = acting(DemoLogins.STAFF.email(), () -> reviews.cvForReview(draft.getId()));
        assertTrue(new String(cv.getContent(), StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(
                "access.denied",
                assertThrows(BusinessException.class, () -> acting(email, () -> reviews.viewForReview(draft.getId())))
                        .getMessageKey());
        assertEquals(
                "access.denied",
                assertThrows(
                                BusinessException.class,
                                () -> acting(DemoLogins.PANELIST.email(), () -> reviews.listForStaff(call.getId())))
                        .getMessageKey());

        List<ApplicationView> views = em.createNamedQuery(ApplicationView.OF_APPLICATION, ApplicationView.class)
                .setParameter("application", draft.getId())
                .getResultList();
        assertEquals(3, views.size(), "panel detail, staff list, staff CV");
        assertEquals(
                3,
                acting(DemoLogins.STAFF.email(), () -> reviews.viewsOf(draft.getId()))
                        .size(),
                "staff see the same looks");
        assertTrue(views.stream().allMatch(v -> v.getViewedAt().equals(seen)));
        assertTrue(views.stream()
                .anyMatch(v -> v.getViewerEmail().equals(DemoLogins.PANELIST.email())
                        && v.getPurpose() == ViewPurpose.DETAIL));
        assertTrue(views.stream()
                .anyMatch(v ->
                        v.getViewerEmail().equals(DemoLogins.STAFF.email()) && v.getPurpose() == ViewPurpose.LIST));
        assertTrue(views.stream().anyMatch(v -> v.getPurpose() == ViewPurpose.CV));
        assertEquals(3, acting(email, () -> reviews.viewsOf(draft.getId())).size(), "the applicant sees who looked");

        // The administrator's audit log has each look too (the refused ones leave no row), beside staff's actions.
        List<String> audited = em.createQuery(
                        "select e from fi.cocreate.audit.entity.AuditEntry e where (e.recordKind = :application"
                                + " and e.recordId = :id) or (e.recordKind = :call and e.recordId = :callId)"
                                + " order by e.id",
                        fi.cocreate.audit.entity.AuditEntry.class)
                .setParameter("application", fi.cocreate.audit.entity.AuditAction.RecordKind.APPLICATION)
                .setParameter("id", draft.getId())
                .setParameter("call", fi.cocreate.audit.entity.AuditAction.RecordKind.CALL)
                .setParameter("callId", call.getId())
                .getResultStream()
                .map(e -> e.getAction() + " " + e.getActorEmail() + " " + e.getDetail() + " " + e.getAt())
                .toList();
        assertEquals(
                List.of(
                        "APPLICATION_VIEWED " + DemoLogins.PANELIST.email() + " null " + seen,
                        "APPLICATIONS_LISTED " + DemoLogins.STAFF.email() + " 1 " + seen,
                        "APPLICATION_CV_VIEWED " + DemoLogins.STAFF.email() + " null " + seen),
                audited);
    }

    @Test
    void retentionErasesApplicationsNotSelectedAndKeepsTheSelected() {
        Instant opens = Instant.parse("2016-01-01T00:00:00Z");
        Instant closes = Instant.parse("2016-02-01T00:00:00Z");
        ForumCall call = call(opens, closes);
        String chosen = applicant("en");
        String notChosen = applicant("en");
        ForumApplication selected = readyDraft(call, chosen);
        ForumApplication rejected = readyDraft(call, notChosen);
        acting(chosen, () -> applications.submit(selected.getId(), complete(chosen)));
        acting(notChosen, () -> applications.submit(rejected.getId(), complete(notChosen)));
        TestClockProducer.CLOCK.set(closes.plus(Duration.ofDays(1)));
        acting(DemoLogins.STAFF.email(), () -> reviews.decide(selected.getId(), ApplicationStatus.SELECTED));
        // Deciding is staff's (the selection's confirmation): a panellist is refused and the application stays as it
        // was
        assertEquals(
                "access.denied",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        DemoLogins.PANELIST.email(),
                                        () -> reviews.decide(rejected.getId(), ApplicationStatus.NOT_SELECTED)))
                        .getMessageKey());
        assertEquals(
                ApplicationStatus.SUBMITTED,
                applications.find(rejected.getId()).orElseThrow().getStatus(),
                "the panellist's decision was not stored");
        assertEquals(
                ApplicationStatus.NOT_SELECTED,
                acting(DemoLogins.STAFF.email(), () -> reviews.decide(rejected.getId(), ApplicationStatus.NOT_SELECTED))
                        .getStatus());

        assertEquals(365, retention.getRetentionDays(), "the configured default");
        TestClockProducer.CLOCK.set(closes.plus(Duration.ofDays(1 + 364)));
        retention.eraseExpired();
        assertFalse(applications.find(rejected.getId()).orElseThrow().isErased(), "not before the period has passed");
        TestClockProducer.CLOCK.set(closes.plus(Duration.ofDays(1 + 366)));
        assertTrue(retention.eraseExpired() >= 1);

        ForumApplication erased = applications.find(rejected.getId()).orElseThrow();
        assertTrue(erased.isErased());
        assertNull(erased.getFullName());
        assertNull(erased.getApplicantEmail());
        assertNull(erased.getMotivation());
        assertNull(erased.getApplicant());
        assertEquals(ApplicationStatus.NOT_SELECTED, erased.getStatus(), "statistics remain");
        assertNotNull(erased.getGender());
        assertEquals(
                0L,
                em.createQuery("select count(c) from ApplicationCv c where c.application.id = :id", Long.class)
                        .setParameter("id", rejected.getId())
                        .getSingleResult(),
                "the CV is deleted");
        ForumApplication kept = applications.find(selected.getId()).orElseThrow();
        assertFalse(kept.isErased());
        assertEquals("Leila Example", kept.getFullName());
    }

    @Test
    void aSelectedMembersErasureRequestIsCarriedOutByStaff() {
        Instant opens = Instant.parse("2017-01-01T00:00:00Z");
        ForumCall call = call(opens, opens.plus(Duration.ofDays(30)));
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> applications.submit(draft.getId(), complete(email)));
        TestClockProducer.CLOCK.set(opens.plus(Duration.ofDays(31)));
        acting(DemoLogins.STAFF.email(), () -> reviews.decide(draft.getId(), ApplicationStatus.SELECTED));

        ForumApplication requested = acting(email, () -> personalData.requestErasure(draft.getId()));
        assertFalse(requested.isErased(), "a selected member's data waits for staff");
        assertNotNull(requested.getErasureRequestedAt());
        assertEquals(
                "access.denied",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        DemoLogins.PANELIST.email(), () -> personalData.eraseOnRequest(draft.getId())))
                        .getMessageKey());
        ForumApplication erased = acting(DemoLogins.STAFF.email(), () -> personalData.eraseOnRequest(draft.getId()));
        assertTrue(erased.isErased());
        assertEquals(ApplicationStatus.SELECTED, erased.getStatus());
        assertNull(erased.getFullName());
    }

    @Test
    void theApplicantDownloadsTheirDataAndCanHaveItErased() {
        ForumCall call = call(OPENS, CLOSES);
        String email = applicant("en");
        ForumApplication draft = readyDraft(call, email);
        acting(email, () -> applications.submit(draft.getId(), complete(email)));
        String json = acting(email, () -> personalData.exportMine());
        assertTrue(json.contains("\"motivation\""), json);
        assertTrue(json.contains("Leila Example"));
        assertTrue(json.contains("\"SUBMITTED\""));

        ForumApplication erased = acting(email, () -> personalData.requestErasure(draft.getId()));
        assertTrue(erased.isErased());
        assertEquals(ApplicationStatus.WITHDRAWN, erased.getStatus(), "no longer in the selection");
        assertFalse(acting(email, () -> personalData.exportMine()).contains("Leila Example"));
        assertThrows(BusinessException.class, () -> acting(email, () -> applications.myCv(draft.getId())));
    }

    // ---- pages, as a browser uses them

    private static final Pattern APPLICATION_LINK = Pattern.compile("application\\.xhtml\\?id=(\\d+)");

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private String demoApplicantsDraftId(PageClient browser) {
        browser.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        PageClient.Page mine = browser.get("/forum/apply/index.xhtml").assertOk();
        Matcher link = APPLICATION_LINK.matcher(mine.body());
        assertTrue(link.find(), "the demo applicant's draft is listed: " + mine.body());
        assertTrue(mine.contains("Draft"), "its status is shown");
        return link.group(1);
    }

    @Test
    @RunAsClient
    void thePublicSeesTheCallsAndWhetherEachIsOpen() {
        PageClient browser = PageClient.english(url(""));
        PageClient.Page list = browser.get("/forum/index.xhtml").assertOk();
        assertTrue(list.contains("Nordic expert forum, second term"), "the open demo call");
        assertTrue(list.contains("Open") && list.contains("Closed"), list.body());
        Matcher call = Pattern.compile("second term</h2>.*?call\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(list.body());
        assertTrue(call.find());
        PageClient.Page page =
                browser.get("/forum/call.xhtml?id=" + call.group(1)).assertOk();
        assertTrue(page.contains("Planned size of the forum"), page.body());
        assertTrue(page.contains("Two remote meetings a year"), page.body());
        PageClient.Page swedish = new PageClient(url(""), "sv")
                .get("/forum/call.xhtml?id=" + call.group(1))
                .assertOk();
        assertTrue(swedish.contains("Forumets planerade storlek"), swedish.body());
        assertTrue(swedish.contains("Två distansmöten per år."), "the call's own text in Swedish");
        assertEquals("Öppen", swedish.document().select(".status--open").text(), "shown as open, in Swedish");
    }

    @Test
    @RunAsClient
    void theCallPageOffersTheApplicationOnlyToAccountsThatMayApply() {
        Matcher open = Pattern.compile("second term</h2>.*?call\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(PageClient.english(url(""))
                        .get("/forum/index.xhtml")
                        .assertOk()
                        .body());
        assertTrue(open.find(), "the open demo call");
        String page = "/forum/call.xhtml?id=" + open.group(1);

        PageClient.Page visitor = PageClient.english(url("")).get(page).assertOk();
        assertEquals(1, visitor.document().select("a#apply").size(), visitor.describe());
        assertTrue(visitor.contains("Log in or register as a forum applicant"), visitor.describe());

        PageClient applicant = PageClient.english(url(""));
        applicant.login(DemoLogins.APPLICANT.email(), DemoLogins.PASSWORD);
        PageClient.Page applicantPage = applicant.get(page).assertOk();
        assertEquals(1, applicantPage.document().select("a#apply").size(), applicantPage.describe());
        assertFalse(applicantPage.contains("Log in or register"), applicantPage.describe());

        // A panellist (any account that is not an applicant's) is told why, instead of a link to "No access".
        PageClient panellist = new PageClient(url(""), "sv");
        panellist.login(DemoLogins.PANELIST.email(), DemoLogins.PASSWORD);
        PageClient.Page panelPage = panellist.get(page).assertOk();
        assertTrue(panelPage.document().select("a#apply").isEmpty(), panelPage.describe());
        assertTrue(
                panelPage.document().select("#applicantsOnly").text().contains("tillhör inte en sökande"),
                panelPage.describe());
    }

    @Test
    @RunAsClient
    void theFormChecksEachStepWithClearMessagesAndMovesOn() {
        PageClient browser = PageClient.english(url(""));
        String id = demoApplicantsDraftId(browser);
        PageClient.Page step1 =
                browser.get("/forum/apply/application.xhtml?id=" + id).assertOk();
        assertTrue(step1.contains("Step 1 of 5"), step1.describe());

        PageClient.Page refused = step1.form("wizard")
                .set("fullName", "")
                .set("email", "amir@example.org")
                .set("yearOfBirth", "1988")
                .set("gender", "MAN")
                .press("next")
                .assertOk();
        assertEquals("This field is required.", refused.messageBeside("wizard:fullName"), refused.describe());
        assertTrue(refused.contains("Step 1 of 5"), "stays on the step");
        assertEquals("amir@example.org", refused.form("wizard").value("email"), "what was typed stays");

        PageClient.Page step2 = refused.form("wizard")
                .set("fullName", "Amir Applicant")
                .set("email", "amir@example.org")
                .set("yearOfBirth", "1988")
                .set("gender", "MAN")
                .press("next")
                .assertOk();
        assertTrue(step2.contains("Step 2 of 5"), step2.describe());

        PageClient.Page ineligible = step2.form("wizard")
                .set("countryOfBirth", "SE")
                .set("countryOfOrigin", "AF")
                .set("newHomeCountry", "FI")
                .set("yearOfArrival", "2015")
                .check("languages", "fa", "fi")
                .press("next")
                .assertOk();
        assertTrue(
                ineligible.contains("The forum is for people born outside the Nordic region."), ineligible.describe());
        assertTrue(ineligible.contains("Step 2 of 5"), "stays on the step");
        PageClient.Page step3 = ineligible
                .form("wizard")
                .set("countryOfBirth", "AF")
                .set("countryOfOrigin", "AF")
                .set("newHomeCountry", "FI")
                .set("yearOfArrival", "2015")
                .check("languages", "fa", "fi")
                .press("next")
                .assertOk();
        assertTrue(step3.contains("Step 3 of 5"), step3.describe());
        assertTrue(step3.contains("Labour market"));

        PageClient.english(url("")).get("/forum/index.xhtml").assertOk();
        PageClient.Page again = browser.get("/forum/apply/application.xhtml?id=" + id + "&step=PERSONAL")
                .assertOk();
        assertEquals("amir@example.org", again.form("wizard").value("email"), "the draft was saved on the way");
    }

    @Test
    @RunAsClient
    void theApplicantDownloadsTheirDataFromTheirPage() {
        PageClient browser = PageClient.english(url(""));
        demoApplicantsDraftId(browser);
        PageClient.Page json =
                browser.get("/forum/apply/index.xhtml").assertOk().form("mine").press("export");
        assertEquals(200, json.status());
        assertTrue(
                json.header("Content-Type").orElse("").startsWith("application/json"),
                json.header("Content-Type").toString());
        assertTrue(json.body().contains("\"account\": \"applicant@demo.cocreate.fi\""), json.body());
        assertTrue(json.body().contains("\"status\": \"DRAFT\""), json.body());
    }

    @Test
    @RunAsClient
    void changingTheIdInTheUrlShowsNothingOfAnotherApplicant() {
        String id = demoApplicantsDraftId(PageClient.english(url("")));
        PageClient intruder = PageClient.english(url(""));
        intruder.login("forum.applicant01@demo.cocreate.fi", DemoLogins.PASSWORD);
        PageClient.Page page = intruder.get("/forum/apply/application.xhtml?id=" + id);
        assertEquals(404, page.status(), "another applicant's application does not exist for this one");
        assertTrue(page.contains("Page not found"), page.body());
        assertFalse(page.body().contains("Amir Applicant"), "nothing of the other applicant is shown");
        assertFalse(page.isLoginPage(), "the intruder is still logged in: " + page.describe());
        assertTrue(page.document().getElementById("wizard") == null, "no form to change it");
        assertEquals(403, intruder.get("/forum/staff/calls.xhtml").status());
    }

    @Test
    @RunAsClient
    void staffSeeTheApplicationsOfACallAndEachViewIsRecorded() {
        PageClient staff = PageClient.english(url(""));
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient.Page callsPage = staff.get("/forum/staff/calls.xhtml").assertOk();
        Matcher list = Pattern.compile("applications\\.xhtml\\?call=(\\d+)").matcher(callsPage.body());
        String richest = null;
        while (list.find()) {
            PageClient.Page candidate = staff.get("/forum/staff/applications.xhtml?call=" + list.group(1))
                    .assertOk();
            if (candidate.contains("Synthetic")
                    || APPLICATION_LINK.matcher(candidate.body()).find()) {
                richest = candidate.body();
                break;
            }
        }
        assertNotNull(richest, "a call with applications");
        assertTrue(richest.contains("it is recorded who looked and when"), "staff are told views are recorded");
        Matcher detail = APPLICATION_LINK.matcher(richest);
        assertTrue(detail.find());
        PageClient.Page opened = staff.get("/forum/staff/application.xhtml?id=" + detail.group(1))
                .assertOk();
        assertTrue(opened.body().contains(DemoLogins.STAFF.email()), "the staff member is in the view log");
        assertTrue(opened.contains("Opened") && opened.contains("In the list of applications"), opened.body());
    }

    private String openDemoCallId(PageClient browser) {
        PageClient.Page list = browser.get("/forum/index.xhtml").assertOk();
        Matcher call = Pattern.compile("second term</h2>.*?call\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(list.body());
        assertTrue(call.find(), list.body());
        return call.group(1);
    }

    @Test
    @RunAsClient
    void aCvStepPostNotSentAsAnUploadSavesTheTextAndSaysNoFileCame() {
        PageClient client = PageClient.english(url(""));
        client.login("forum.applicant03@demo.cocreate.fi", DemoLogins.PASSWORD);
        Matcher call = Pattern.compile("second term</h2>.*?call\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(client.get("/forum/index.xhtml").assertOk().body());
        assertTrue(call.find(), "the open demo call is listed");
        PageClient.Page started = client.get("/forum/apply/application.xhtml?call=" + call.group(1))
                .assertOk();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(started.uri().toString());
        assertTrue(id.find(), "the wizard keeps its application in the address: " + started.uri());
        PageClient.Page motivation = client.get("/forum/apply/application.xhtml?id=" + id.group(1) + "&step=MOTIVATION")
                .assertOk();
        assertTrue(motivation.contains("Step 4 of 5"), motivation.describe());

        // Posted application/x-www-form-urlencoded, whatever the form's enctype: Faces' file input used to ask the
        // servlet for parts of a request that has none, and the applicant got a 500.
        PageClient.Page saved = motivation
                .form("wizard")
                .set("motivation", "Sent without a file.")
                .pressUrlEncoded("save");
        assertEquals(200, saved.status(), saved.describe());
        assertTrue(saved.contains("No file came with the form, so your CV was not changed."), saved.describe());
        assertTrue(
                client.get("/forum/apply/application.xhtml?id=" + id.group(1) + "&step=MOTIVATION")
                        .body()
                        .contains("Sent without a file."),
                "what was written is saved");
    }

    @Test
    @RunAsClient
    void anApplicantWalksTheWholeFormUploadsACvAndSubmits() throws Exception {
        String email = "forum.applicant02@demo.cocreate.fi";
        PageClient browser = PageClient.english(url(""));
        browser.login(email, DemoLogins.PASSWORD);
        String callId = openDemoCallId(browser);
        PageClient.Page step1 =
                browser.get("/forum/apply/application.xhtml?call=" + callId).assertOk();
        assertTrue(step1.contains("Step 1 of 5"), step1.describe());
        PageClient.Page step2 = step1.form("wizard")
                .set("fullName", "Second Applicant")
                .set("email", email)
                .set("yearOfBirth", "1990")
                .set("gender", "NON_BINARY")
                .press("next")
                .assertOk();
        assertTrue(step2.contains("Step 2 of 5"), step2.describe());
        PageClient.Page step3 = step2.form("wizard")
                .set("countryOfBirth", "ER")
                .set("countryOfOrigin", "ER")
                .set("newHomeCountry", "NO")
                .set("yearOfArrival", "2014")
                .check("languages", "ti", "no", "en")
                .press("next")
                .assertOk();
        assertTrue(step3.contains("Step 3 of 5"), step3.describe());
        PageClient.Page step4 = step3.form("wizard")
                .check("area_EDUCATION", "on")
                .set("description_EDUCATION", "Mother-tongue teacher for eight years.")
                .set("capacity", "INDIVIDUAL")
                .set("organisation", "")
                .press("next")
                .assertOk();
        assertTrue(step4.contains("Step 4 of 5"), step4.describe());

        PageClient.Page notPdf = step4.form("wizard")
                .set("motivation", "To help.")
                .attach("cv", "cv.pdf", "application/pdf", "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII))
                .press("save")
                .assertOk();
        assertEquals(
                "The file is not a PDF. Save your CV as PDF and try again.",
                notPdf.messageBeside("wizard:cv"),
                notPdf.describe());
        assertTrue(notPdf.contains("The chosen file was not attached."), "the page says the file is not kept");
        assertEquals("To help.", notPdf.form("wizard").value("motivation").strip(), "what was written stays");
        // the one "Save draft" keeps the chosen file: there is no separate upload button to forget
        PageClient.Page uploaded = notPdf.form("wizard")
                .attach("cv", "my cv.pdf", "application/pdf", PDF)
                .press("save")
                .assertOk();
        assertTrue(uploaded.contains("Your CV was attached."), uploaded.describe());
        assertTrue(uploaded.document().select("#cvHint").text().contains("my cv.pdf"), uploaded.describe());

        PageClient.Page review = uploaded.form("wizard")
                .set("motivation", "To help newcomers' children.")
                .press("next")
                .assertOk();
        assertTrue(review.contains("Step 5 of 5") && review.contains("Tigrinya"), review.describe());
        PageClient.Page noConsent = review.form("wizard").press("submit").assertOk();
        assertTrue(noConsent.contains("Your consent is needed"), noConsent.describe());
        PageClient.Page done =
                noConsent.form("wizard").check("consent", "on").press("submit").assertOk();
        assertTrue(done.contains("Your application was submitted."), done.describe());
        assertTrue(done.contains("Submitted"), "the status on the applicant's page");

        MimeMessage mail = MailSinkClient.forTests()
                .awaitMails(email, 1, Duration.ofSeconds(30))
                .get(0);
        assertEquals("We received your application to the expert forum", mail.getSubject());
        assertTrue(MailSinkClient.text(mail).contains("Nordic expert forum, second term"));
    }

    @Test
    @RunAsClient
    void staffCreateACallThatThePublicThenSees() {
        PageClient staff = PageClient.english(url(""));
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient.Page form = staff.get("/forum/staff/call-edit.xhtml").assertOk();
        PageClient.Page refused = numbers(form.form("call")
                        .set("title_fi", "")
                        .set("title_sv", "")
                        .set("title_en", "")
                        .set("opensAt", "1.5.2031 09:00")
                        .set("closesAt", "1.6.2031 16:00"))
                .press("save")
                .assertOk();
        assertTrue(refused.contains("Give the title in at least one language."), refused.describe());
        assertEquals("1.5.2031 09:00", refused.form("call").value("opensAt"), "what was typed stays");
        PageClient.Page saved = numbers(refused.form("call")
                        .set("title_fi", "Kolmas kausi")
                        .set("title_sv", "Tredje perioden")
                        .set("title_en", "Third term call")
                        .set("plan_en", "Two remote meetings a year.")
                        .set("opensAt", "1.5.2031 09:00")
                        .set("closesAt", "1.6.2031 16:00")
                        .check("areas", "EQUALITY", "DEMOCRACY"))
                .press("save")
                .assertOk();
        assertTrue(saved.contains("The call was saved."), saved.describe());
        PageClient.Page list =
                PageClient.english(url("")).get("/forum/index.xhtml").assertOk();
        assertTrue(list.contains("Third term call"), list.body());
    }

    /** The call's numbers as typed: 12 members, 2 meetings; PrimeFaces' script copies each to its hidden input. */
    private static PageClient.Form numbers(PageClient.Form call) {
        for (String[] number : new String[][] {{"forumSize", "12"}, {"meetingsPerYear", "2"}}) {
            call.set(number[0] + "_input", number[1]);
            call.set(number[0] + "_hinput", number[1]);
        }
        return call;
    }
}
