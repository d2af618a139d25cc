package fi.cocreate.security;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.forum.boundary.ForumPersonalData;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.Selections;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what, over real HTTP with real logins: nine callers (anonymous, the representatives of organisations A
 * and B, two applicants, a panellist assigned to an application and one who declared a conflict of interest on it,
 * staff, an administrator) times every Faces page of the webapp, the JSON API and the downloads, with the fixture's
 * own ids and forged ones. Each cell says "allowed" (200, not the login page) or "refused" (403, 404, 400 or the login
 * page); anything else, a 500 for instance, fails the cell too. The list of pages is read from the webapp, so a new
 * page without a row here fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    enum Who {
        ANONYMOUS,
        ORG_A,
        ORG_B,
        APPLICANT_1,
        APPLICANT_2,
        PANELLIST,
        PANELLIST_CONFLICT,
        STAFF,
        ADMIN
    }

    private static final Set<Who> ALL = EnumSet.allOf(Who.class);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> ORG_REPS = EnumSet.of(Who.ORG_A, Who.ORG_B);
    private static final Set<Who> APPLICANTS = EnumSet.of(Who.APPLICANT_1, Who.APPLICANT_2);
    private static final Set<Who> PANELLISTS = EnumSet.of(Who.PANELLIST, Who.PANELLIST_CONFLICT);
    private static final Set<Who> STAFF = EnumSet.of(Who.STAFF, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final long FORGED = 987_654_321L;
    private static final String PASSWORD = "matrix test password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    ServletContext servletContext;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Responses responses;

    @Inject
    Moderation moderation;

    @Inject
    Attachments attachments;

    @Inject
    EventRegistrations registrations;

    @Inject
    ConsultationEvents events;

    @Inject
    ConsultationAdmin consultationAdmin;

    @Inject
    fi.cocreate.consultation.boundary.ReportProcesses processes;

    @Inject
    Accounts accounts;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    @Inject
    fi.cocreate.forum.boundary.ApplicationReviews reviewBoundary;

    @Inject
    ForumPersonalData personalData;

    @Inject
    Selections selections;

    @Inject
    fi.cocreate.consultation.boundary.Campaigns campaigns;

    @Inject
    fi.cocreate.consultation.boundary.Extensions extensions;

    @Inject
    fi.cocreate.consultation.boundary.Summaries summaries;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    /** One row of the matrix: a URL and who may open it. */
    private record Cell(String page, String url, Set<Who> allowed) {}

    @Test
    void everyCallerReachesExactlyWhatTheyMayOnEveryPageApiAndDownload() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Who, String> emails = new EnumMap<>(Who.class);
        String orgA = fixtures.organisationWithRepresentative("Matrix A ry", "en");
        String orgB = fixtures.organisationWithRepresentative("Matrix B ry", "en");
        emails.put(Who.ORG_A, orgA);
        emails.put(Who.ORG_B, orgB);
        emails.put(Who.STAFF, DemoLogins.STAFF.email());
        emails.put(Who.ADMIN, DemoLogins.ADMIN.email());
        Consultation consultation = fixtures.consultation("Matrix", now, now.plus(Duration.ofDays(10)));
        long c = consultation.getId();
        long annexA = ActingCaller.as(
                orgA,
                () -> acting(orgA, () -> attachments.attach(c, "a-annex.pdf", ConsultationFixtures.pdf(1024)))
                        .id());
        Response responseA = acting(orgA, () -> responses.submit(c, answers(consultation, "A's statement"), true));
        Response draftB = acting(orgB, () -> responses.mineFor(c)).orElseGet(() -> {
            acting(orgB, () -> responses.saveDraft(c, answers(consultation, "B's secret draft"), false));
            return acting(orgB, () -> responses.mineFor(c)).orElseThrow();
        });
        ActingCaller.asStaff(() -> {
            moderation.accept(responseA.getId(), null);
            return null;
        });
        // A file A adds after submitting belongs to A's new draft: staff get it only with the next submission.
        long laterA = ActingCaller.as(
                orgA,
                () -> acting(orgA, () -> attachments.attach(c, "a-later.pdf", ConsultationFixtures.pdf(1024)))
                        .id());
        long annexB = ActingCaller.as(
                orgB,
                () -> acting(orgB, () -> attachments.attach(c, "b-annex.pdf", ConsultationFixtures.pdf(1024)))
                        .id());
        long draftConsultation = fixtures.consultation("Matrix draft", now, now.plus(Duration.ofDays(10)))
                .getId();
        acting(DemoLogins.STAFF.email(), () -> consultationAdmin.unpublish(draftConsultation));
        em.clear();

        Map<String, Long> forum = forumFixture(emails);
        long call = forum.get("call");
        long app1 = forum.get("app1");
        long app2 = forum.get("app2");
        long unassigned = forum.get("unassigned");
        long event = first("select min(id) from consultation_event");
        long process = first("select min(id) from report_process");

        Map<Who, PageClient> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            PageClient client = PageClient.english(base.toString());
            if (who != Who.ANONYMOUS) {
                client.login(
                        emails.get(who),
                        who == Who.STAFF || who == Who.ADMIN
                                ? DemoLogins.PASSWORD
                                : who == Who.ORG_A || who == Who.ORG_B ? ConsultationFixtures.PASSWORD : PASSWORD);
            }
            clients.put(who, client);
        }

        List<Cell> cells = new ArrayList<>();
        // Public pages
        for (String page : List.of(
                "/index.xhtml",
                "/accessibility.xhtml",
                "/privacy.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/consultation/index.xhtml",
                "/forum/index.xhtml",
                "/subscribe/index.xhtml")) {
            cells.add(new Cell(page, page, ALL));
        }
        cells.add(new Cell("/consultation/view.xhtml", "/consultation/view.xhtml?id=" + c, ALL));
        cells.add(new Cell("/consultation/view.xhtml", "/consultation/view.xhtml?id=" + draftConsultation, STAFF));
        cells.add(new Cell("/consultation/view.xhtml", "/consultation/view.xhtml?id=" + FORGED, NOBODY));
        cells.add(
                new Cell("/consultation/response.xhtml", "/consultation/response.xhtml?id=" + responseA.getId(), ALL));
        cells.add(
                new Cell("/consultation/response.xhtml", "/consultation/response.xhtml?id=" + draftB.getId(), NOBODY));
        cells.add(new Cell("/consultation/receipt.xhtml", "/consultation/receipt.xhtml", ALL));
        cells.add(new Cell(
                "/consultation/receipt.xhtml",
                "/consultation/receipt.xhtml?reference=" + responseA.getReferenceNumber() + "&digest=0000forged",
                ALL));
        cells.add(new Cell("/consultation/summary.xhtml", "/consultation/summary.xhtml?id=" + c, NOBODY));
        cells.add(new Cell("/consultation/timeline.xhtml", "/consultation/timeline.xhtml?id=" + process, ALL));
        cells.add(new Cell("/consultation/events/view.xhtml", "/consultation/events/view.xhtml?id=" + event, ALL));
        cells.add(new Cell("/forum/call.xhtml", "/forum/call.xhtml?id=" + call, ALL));
        cells.add(new Cell("/forum/call.xhtml", "/forum/call.xhtml?id=" + FORGED, NOBODY));
        // Links from mails, with a forged token: the page explains, nothing is revealed
        for (String page : List.of(
                "/verify.xhtml",
                "/reset-password.xhtml",
                "/subscribe/confirm.xhtml",
                "/subscribe/manage.xhtml",
                "/subscribe/unsubscribe.xhtml")) {
            cells.add(new Cell(page, page + "?token=forged-token", ALL));
        }
        // Error pages answer with their own status
        for (String page : List.of(
                "/error/403.xhtml",
                "/error/404.xhtml",
                "/error/500.xhtml",
                "/error/expired.xhtml",
                "/error/unavailable.xhtml")) {
            cells.add(new Cell(page, page, ALL));
        }
        // Organisations
        for (String page : List.of(
                "/consultation/org/index.xhtml", "/consultation/org/invite.xhtml", "/consultation/org/join.xhtml")) {
            cells.add(new Cell(page, page, ORG_REPS));
        }
        cells.add(new Cell(
                "/consultation/org/respond.xhtml", "/consultation/org/respond.xhtml?consultation=" + c, ORG_REPS));
        cells.add(new Cell(
                "/consultation/org/response.xhtml",
                "/consultation/org/response.xhtml?id=" + responseA.getId(),
                EnumSet.of(Who.ORG_A)));
        cells.add(new Cell(
                "/consultation/org/response.xhtml",
                "/consultation/org/response.xhtml?id=" + draftB.getId(),
                EnumSet.of(Who.ORG_B)));
        cells.add(
                new Cell("/consultation/org/response.xhtml", "/consultation/org/response.xhtml?id=" + FORGED, NOBODY));
        // Applicants
        cells.add(new Cell("/forum/apply/index.xhtml", "/forum/apply/index.xhtml", APPLICANTS));
        cells.add(new Cell(
                "/forum/apply/application.xhtml",
                "/forum/apply/application.xhtml?id=" + app1,
                EnumSet.of(Who.APPLICANT_1)));
        cells.add(new Cell(
                "/forum/apply/application.xhtml",
                "/forum/apply/application.xhtml?id=" + app2,
                EnumSet.of(Who.APPLICANT_2)));
        // Panel
        cells.add(new Cell("/forum/panel/index.xhtml", "/forum/panel/index.xhtml", PANELLISTS));
        cells.add(new Cell(
                "/forum/panel/review.xhtml",
                "/forum/panel/review.xhtml?application=" + app1,
                EnumSet.of(Who.PANELLIST)));
        // The conflict moved its work on: the planner gave the second application to both panellists.
        cells.add(new Cell("/forum/panel/review.xhtml", "/forum/panel/review.xhtml?application=" + app2, PANELLISTS));
        cells.add(new Cell("/forum/panel/review.xhtml", "/forum/panel/review.xhtml?application=" + unassigned, NOBODY));
        cells.add(new Cell("/forum/panel/review.xhtml", "/forum/panel/review.xhtml?application=" + FORGED, NOBODY));
        // Staff
        for (String page : List.of(
                "/staff/index.xhtml",
                "/staff/outbox.xhtml",
                "/consultation/staff/consultations.xhtml",
                "/consultation/staff/events/index.xhtml",
                "/consultation/staff/organisations.xhtml",
                "/consultation/staff/processes.xhtml",
                "/consultation/staff/summaries.xhtml",
                "/forum/staff/calls.xhtml",
                "/forum/staff/panel/index.xhtml")) {
            cells.add(new Cell(page, page, STAFF));
        }
        for (String[] withId : new String[][] {
            {"/consultation/staff/edit.xhtml", "id", "" + c},
            {"/consultation/staff/moderation.xhtml", "id", "" + c},
            {"/consultation/staff/campaigns.xhtml", "id", "" + c},
            {"/consultation/staff/extensions.xhtml", "id", "" + c},
            {"/consultation/staff/enter-response.xhtml", "id", "" + c},
            {"/consultation/staff/enter-event-output.xhtml", "id", "" + c},
            {"/consultation/staff/themes.xhtml", "id", "" + c},
            {"/consultation/staff/moderate-response.xhtml", "id", "" + responseA.getId()},
            {"/consultation/staff/summary-edit.xhtml", "id", "" + c},
            {"/consultation/staff/timeline-edit.xhtml", "id", "" + process},
            {"/consultation/staff/events/edit.xhtml", "id", "" + event},
            {"/forum/staff/application.xhtml", "id", "" + app1},
            {"/forum/staff/applications.xhtml", "call", "" + call},
            {"/forum/staff/call-edit.xhtml", "id", "" + call},
            {"/forum/staff/panel/assignments.xhtml", "call", "" + call},
            {"/forum/staff/panel/call.xhtml", "call", "" + call},
            {"/forum/staff/panel/results.xhtml", "call", "" + call},
            {"/forum/staff/panel/progress.xhtml", "call", "" + call},
            {"/forum/staff/panel/calibration.xhtml", "call", "" + call},
            {"/forum/staff/panel/regions.xhtml", "call", "" + call},
            {"/forum/staff/panel/rubric.xhtml", "call", "" + call},
            {"/forum/staff/panel/selection.xhtml", "call", "" + call},
            {"/forum/staff/panel/discussion.xhtml", "application", "" + app1}
        }) {
            cells.add(new Cell(withId[0], withId[0] + "?" + withId[1] + "=" + withId[2], STAFF));
            cells.add(new Cell(withId[0], withId[0] + "?" + withId[1] + "=" + FORGED, NOBODY));
        }
        // Every account holder's own page and data: no id, so nothing to forge
        Set<Who> loggedIn = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
        cells.add(new Cell("/account/index.xhtml", "/account/index.xhtml", loggedIn));
        cells.add(new Cell(null, "/account/my-data.json", loggedIn));
        cells.add(new Cell(null, "/account/my-data.json?account=" + FORGED, loggedIn));
        // Administration
        cells.add(new Cell("/admin/users.xhtml", "/admin/users.xhtml", ADMIN));
        cells.add(new Cell("/admin/audit.xhtml", "/admin/audit.xhtml", ADMIN));
        cells.add(new Cell("/dev/mail.xhtml", "/dev/mail.xhtml", ADMIN));
        // JSON API and downloads
        cells.add(new Cell(null, "/api/consultations", ALL));
        cells.add(new Cell(null, "/api/consultations/" + c, ALL));
        cells.add(new Cell(null, "/api/consultations/" + draftConsultation, NOBODY));
        cells.add(new Cell(null, "/api/consultations/" + FORGED, NOBODY));
        cells.add(new Cell(null, "/api/events", ALL));
        cells.add(new Cell(null, "/consultation/events/calendar?id=" + event, ALL));
        cells.add(new Cell(null, "/consultation/events/calendar?id=" + FORGED, NOBODY));
        cells.add(new Cell(null, "/consultation/staff/export?consultation=" + c + "&format=csv", STAFF));
        cells.add(new Cell(null, "/consultation/staff/export?consultation=" + c + "&format=xlsx", STAFF));
        cells.add(new Cell(null, "/consultation/staff/export?consultation=" + FORGED + "&format=csv", NOBODY));
        // Attachments: the organisation's own, and staff only those of a submitted response (B's is a draft)
        cells.add(new Cell(null, "/consultation/org/attachment?id=" + annexA, EnumSet.of(Who.ORG_A)));
        cells.add(new Cell(null, "/consultation/org/attachment?id=" + annexB, EnumSet.of(Who.ORG_B)));
        cells.add(new Cell(null, "/consultation/org/attachment?id=" + FORGED, NOBODY));
        cells.add(new Cell(null, "/consultation/org/attachment?id=abc", NOBODY));
        cells.add(new Cell(null, "/consultation/staff/attachment?id=" + annexA, STAFF));
        cells.add(new Cell(null, "/consultation/staff/attachment?id=" + annexB, NOBODY));
        cells.add(new Cell(null, "/consultation/org/attachment?id=" + laterA, EnumSet.of(Who.ORG_A)));
        cells.add(new Cell(null, "/consultation/staff/attachment?id=" + laterA, NOBODY));
        cells.add(new Cell(null, "/consultation/staff/attachment?id=" + FORGED, NOBODY));

        Set<String> covered = new TreeSet<>();
        cells.stream().map(Cell::page).filter(p -> p != null).forEach(covered::add);
        assertEquals(pages(), covered, "every page of the webapp has its row in the matrix, and no row is stale");

        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        for (Cell cell : cells) {
            matrix.append(String.format("%-75s", cell.url()));
            for (Who who : Who.values()) {
                String seen = outcome(clients.get(who).get(cell.url()), cell.url());
                boolean allowed = seen.equals("allowed");
                boolean right = cell.allowed().contains(who) ? allowed : seen.startsWith("refused");
                matrix.append(' ').append(right ? (allowed ? "A" : "-") : allowed ? "A!" : "X!");
                if (!right) {
                    wrong.add(who + " " + cell.url() + ": expected "
                            + (cell.allowed().contains(who) ? "allowed" : "refused") + ", got " + seen);
                }
            }
            matrix.append('\n');
        }
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " of " + cells.size() * Who.values().length + " cells wrong:\n"
                        + String.join("\n", wrong) + "\n\n" + matrix);
    }

    private static String outcome(PageClient.Page page, String url) {
        int status = page.status();
        boolean login = page.isLoginPage() && !url.startsWith("/login.xhtml");
        if (status == 200 && !login) {
            return "allowed";
        }
        if (status == 403 || status == 404 || status == 400 || login) {
            return "refused (" + status + (login ? ", login page" : "") + ")";
        }
        return "broken (" + status + " " + page.uri() + ")";
    }

    private static List<AnswerInput> answers(Consultation consultation, String text) {
        return List.of(
                AnswerInput.text(consultation.getQuestions().get(0).getId(), text),
                new AnswerInput(consultation.getQuestions().get(1).getId(), null, Set.of(0), null));
    }

    private long first(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * A closed call with two submitted applications, a panel of two: one assigned to the first application, the other
     * assigned and then declaring a conflict of interest on it.
     */
    private Map<String, Long> forumFixture(Map<Who, String> emails) throws Exception {
        Instant opens = Instant.parse("2022-03-01T06:00:00Z");
        Instant during = Instant.parse("2022-03-15T10:00:00Z");
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Who who : List.of(Who.APPLICANT_1, Who.APPLICANT_2, Who.PANELLIST, Who.PANELLIST_CONFLICT)) {
            emails.put(who, TestAccounts.uniqueEmail(who.name().toLowerCase()));
        }
        tx.begin();
        try {
            TestClockProducer.CLOCK.set(during);
            ForumCall call = new ForumCall(
                    LocalizedText.of("Matriisi", "Matris", "Matrix call"),
                    null,
                    opens,
                    Instant.parse("2022-03-31T21:00:00Z"),
                    20,
                    opens);
            em.persist(call);
            int n = 1;
            ForumCall otherCall = new ForumCall(
                    LocalizedText.of("Toinen", "Annan", "Other call"),
                    null,
                    opens,
                    Instant.parse("2022-03-31T21:00:00Z"),
                    20,
                    opens);
            em.persist(otherCall);
            Map<String, Account> applicants = new LinkedHashMap<>();
            applicants.put(
                    "app1",
                    accounts.create(
                            emails.get(Who.APPLICANT_1), "Applicant 1", PASSWORD, "en", List.of(Role.APPLICANT), true));
            applicants.put(
                    "app2",
                    accounts.create(
                            emails.get(Who.APPLICANT_2), "Applicant 2", PASSWORD, "en", List.of(Role.APPLICANT), true));
            applicants.put(
                    "unassigned",
                    accounts.create(
                            TestAccounts.uniqueEmail("bystander"),
                            "Applicant 3",
                            PASSWORD,
                            "en",
                            List.of(Role.APPLICANT),
                            true));
            for (Map.Entry<String, Account> entry : applicants.entrySet()) {
                Account applicant = entry.getValue();
                ForumApplication application = new ForumApplication(
                        entry.getKey().equals("unassigned") ? otherCall : call, applicant, "en", during);
                ApplicationContent content = new ApplicationContent();
                content.setFullName("Applicant " + n);
                content.setEmail(applicant.getEmail());
                content.setYearOfBirth(1985);
                content.setGender(Gender.WOMAN);
                content.setCountryOfBirth("SY");
                content.setCountryOfOrigin("SY");
                content.setNewHomeCountry("FI");
                content.setYearOfArrival(2012);
                content.setLanguages(List.of("en"));
                content.setAreas(List.of(ExpertiseArea.EDUCATION));
                content.getDescriptions().put(ExpertiseArea.EDUCATION, "Teaching");
                content.setCapacity(ApplicantCapacity.INDIVIDUAL);
                content.setMotivation("Motivation " + n);
                content.setConsent(true);
                application.fill(content, during);
                application.submit(during.plus(Duration.ofMinutes(1)));
                em.persist(application);
                em.persist(new ApplicationCv(application, entry.getKey() + ".pdf", cv(entry.getKey()), during));
                application.recordCv(entry.getKey() + ".pdf", cv(entry.getKey()).length, during);
                em.flush();
                ids.put(entry.getKey(), application.getId());
                n++;
            }
            for (Who who : List.of(Who.PANELLIST, Who.PANELLIST_CONFLICT)) {
                accounts.create(emails.get(who), who.name(), PASSWORD, "en", List.of(Role.PANELIST), true);
            }
            em.flush();
            ids.put("call", call.getId());
            ids.put("otherCall", otherCall.getId());
            tx.commit();
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        long call = ids.get("call");
        String staff = DemoLogins.STAFF.email();
        long free = acting(staff, () -> panels.appoint(call, emails.get(Who.PANELLIST)))
                .getId();
        long conflicted = acting(staff, () -> panels.appoint(call, emails.get(Who.PANELLIST_CONFLICT)))
                .getId();
        acting(staff, () -> assignments.add(ids.get("app1"), free));
        acting(staff, () -> assignments.add(ids.get("app1"), conflicted));
        acting(emails.get(Who.PANELLIST_CONFLICT), () -> reviews.declareConflict(ids.get("app1"), "My neighbour."));
        return ids;
    }

    /** The CV stored for one application of the forum fixture: a small PDF that names whose it is. */
    private static byte[] cv(String application) {
        return ("%PDF-1.4\n% the CV of " + application + " in the matrix\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * One CV download of the matrix: the page a caller opens, the form and button they press (a PrimeFaces file
     * download, posted with the page's view state), an id forged into the post (or none), who gets a file, and which.
     */
    private record CvCell(
            String url, String button, String forgedName, String forgedValue, Set<Who> allowed, String cvOf) {}

    /**
     * Forum CVs for every caller of the matrix, through the three pages that offer them: the applicant's own
     * application page, the panellist's review page and the staff application page. The owner, staff and the
     * panellist assigned get the stored bytes; the other applicant, the panellist who declared a conflict and
     * everybody else are refused (403, 404, 400 or the login page, never a 500), also when a caller opens a page they
     * may see and posts its download with another application's id or a nonexistent one in the view parameter. Each
     * file handed to staff or the panel is recorded as a CV view; a refused one records nothing.
     */
    @Test
    void everyCallerGetsExactlyTheCvsTheyMayAlsoWithForgedApplicationIds() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        emails.put(Who.ORG_A, fixtures.organisationWithRepresentative("Cv matrix A ry", "en"));
        emails.put(Who.ORG_B, fixtures.organisationWithRepresentative("Cv matrix B ry", "en"));
        emails.put(Who.STAFF, DemoLogins.STAFF.email());
        emails.put(Who.ADMIN, DemoLogins.ADMIN.email());
        Map<String, Long> forum = forumFixture(emails);
        long app1 = forum.get("app1");
        long app2 = forum.get("app2");
        long unassigned = forum.get("unassigned");
        // The conflict moved its work on: the planner gave the second application to both panellists.
        Map<Who, PageClient> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            PageClient client = PageClient.english(base.toString());
            if (who != Who.ANONYMOUS) {
                client.login(
                        emails.get(who),
                        who == Who.STAFF || who == Who.ADMIN
                                ? DemoLogins.PASSWORD
                                : who == Who.ORG_A || who == Who.ORG_B ? ConsultationFixtures.PASSWORD : PASSWORD);
            }
            clients.put(who, client);
        }
        String own = "/forum/apply/application.xhtml?id=";
        String panel = "/forum/panel/review.xhtml?application=";
        String desk = "/forum/staff/application.xhtml?id=";
        List<CvCell> cells = List.of(
                new CvCell(own + app1, "cvForm:downloadCv", null, null, EnumSet.of(Who.APPLICANT_1), "app1"),
                new CvCell(panel + app1, "cvForm:openCv", null, null, EnumSet.of(Who.PANELLIST), "app1"),
                new CvCell(desk + app1, "cvForm:downloadCv", null, null, STAFF, "app1"),
                // Forged: the other applicant's own page posted with the first application's id
                new CvCell(own + app2, "cvForm:downloadCv", "id", "" + app1, NOBODY, null),
                new CvCell(own + app1, "cvForm:downloadCv", "id", "" + FORGED, NOBODY, null),
                // The conflicted panellist's page of the second application posted with the first one's id; the free
                // panellist may have the first CV anyway
                new CvCell(panel + app2, "cvForm:openCv", "application", "" + app1, EnumSet.of(Who.PANELLIST), "app1"),
                new CvCell(panel + app2, "cvForm:openCv", "application", "" + unassigned, NOBODY, null),
                new CvCell(panel + app1, "cvForm:openCv", "application", "" + FORGED, NOBODY, null),
                new CvCell(panel + app1, "cvForm:openCv", "application", "abc", NOBODY, null),
                // Staff's page keeps the application it opened: a forged id still downloads that one
                new CvCell(desk + app1, "cvForm:downloadCv", "id", "" + FORGED, STAFF, "app1"));
        long viewsBefore = first("select count(*) from forum_application_view where purpose = 'CV'");
        int handedOut = 0;
        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        for (CvCell cell : cells) {
            String label =
                    cell.url() + (cell.forgedName() == null ? "" : " +" + cell.forgedName() + "=" + cell.forgedValue());
            matrix.append(String.format("%-75s", label));
            for (Who who : Who.values()) {
                String seen = cvOutcome(clients.get(who), cell);
                boolean allowed = seen.startsWith("allowed");
                boolean right = cell.allowed().contains(who)
                        ? seen.equals("allowed " + cell.cvOf())
                        : seen.startsWith("refused");
                if (allowed && !cell.url().startsWith(own)) {
                    handedOut++;
                }
                matrix.append(' ').append(right ? (allowed ? "A" : "-") : allowed ? "A!" : "X!");
                if (!right) {
                    wrong.add(who + " " + label + ": expected "
                            + (cell.allowed().contains(who) ? "the CV of " + cell.cvOf() : "refused") + ", got "
                            + seen);
                }
            }
            matrix.append('\n');
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " CV cells wrong:\n" + String.join("\n", wrong) + "\n\n" + matrix);
        assertEquals(
                viewsBefore + handedOut,
                first("select count(*) from forum_application_view where purpose = 'CV'"),
                "each CV handed to staff or the panel is recorded once, a refused one not at all");
    }

    /** What a caller gets from one CV cell: "allowed app1" for that CV's bytes, "refused (…)" or "broken (…)". */
    private String cvOutcome(PageClient client, CvCell cell) {
        PageClient.Page page = client.get(cell.url());
        String opened = outcome(page, cell.url());
        if (!opened.equals("allowed")) {
            return opened + " on opening";
        }
        String form = cell.button().substring(0, cell.button().indexOf(':'));
        String button = cell.button().substring(cell.button().indexOf(':') + 1);
        if (page.document().getElementById(form) == null) {
            return "broken (no download offered on " + page.uri() + ")";
        }
        PageClient.Form post = page.form(form);
        if (cell.forgedName() != null) {
            post.forge(cell.forgedName(), cell.forgedValue());
        }
        PageClient.Page file = post.press(button);
        String type = file.header("Content-Type").orElse("");
        if (file.status() == 200 && type.startsWith("application/pdf")) {
            for (String application : List.of("app1", "app2", "unassigned")) {
                if (file.body().equals(new String(cv(application), StandardCharsets.US_ASCII))) {
                    return "allowed " + application;
                }
            }
            return "broken (a PDF that is no CV of the fixture)";
        }
        String refused = outcome(file, cell.url());
        // A post whose id does not convert (abc) fails validation: the page again, without a file and without a word.
        return refused.equals("allowed") ? "refused (200, the page again without a file)" : refused;
    }

    /** Every Faces page of the WAR except templates and includes, read from the webapp itself. */
    private Set<String> pages() {
        Set<String> found = new TreeSet<>();
        Deque<String> folders = new ArrayDeque<>(List.of("/"));
        while (!folders.isEmpty()) {
            Set<String> entries = servletContext.getResourcePaths(folders.pop());
            for (String entry : entries == null ? Collections.<String>emptySet() : entries) {
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
        return found;
    }

    /**
     * Posted forms whose id belongs to another organisation: a representative of A opens their own page and posts it
     * with B's record in the view parameter that Faces reads again on every postback (the draft's consultation, the
     * event of a registration to cancel, the consultation whose attachments are listed). Each post is refused (the
     * event) or reaches only A's own records (the draft and the attachment: the page keeps what it opened); B's rows
     * are byte for byte what they were. The boundaries are tried with B's ids
     * directly too, as a page that passed an id would call them.
     */
    @Test
    void postsWithAnotherOrganisationsIdsAreRefusedAndChangeNothingOfTheirs() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String orgA = fixtures.organisationWithRepresentative("Forger A ry", "en");
        String orgB = fixtures.organisationWithRepresentative("Victim B ry", "en");
        Consultation ofA = fixtures.consultation("Forged A", now, now.plus(Duration.ofDays(10)));
        Consultation ofB = fixtures.consultation("Forged B", now, now.plus(Duration.ofDays(10)));
        acting(orgA, () -> responses.saveDraft(ofA.getId(), answers(ofA, "A's own draft"), false));
        ActingCaller.as(
                orgA,
                () -> acting(orgA, () -> attachments.attach(ofA.getId(), "a-own.pdf", ConsultationFixtures.pdf(512))));
        acting(orgB, () -> responses.saveDraft(ofB.getId(), answers(ofB, "B's secret draft"), false));
        long annexB = ActingCaller.as(
                orgB,
                () -> acting(orgB, () -> attachments.attach(ofB.getId(), "b-secret.pdf", ConsultationFixtures.pdf(512)))
                        .id());
        long draftB =
                acting(orgB, () -> responses.mineFor(ofB.getId())).orElseThrow().getId();
        long eventA = eventWithRegistration(ofA, orgA);
        long eventB = eventWithRegistration(ofB, orgB);
        String before = snapshotOf(orgB);

        PageClient a = PageClient.english(base.toString());
        a.login(orgA, ConsultationFixtures.PASSWORD);

        // The draft: A's answer form posted with B's consultation
        PageClient.Page draft = a.get("/consultation/org/respond.xhtml?consultation=" + ofA.getId())
                .assertOk()
                .form("answers")
                .set("fields:0:text", "Written into B's draft")
                .forge("consultation", String.valueOf(ofB.getId()))
                .press("save");
        // The form saves into the response of the consultation it was opened for, whatever the post says: A's own.
        assertEquals(200, draft.status(), draft.describe());
        assertTrue(draft.uri().toString().endsWith("consultation=" + ofA.getId()), draft.describe());
        assertEquals(
                1L,
                first("select count(*) from answer x join response_version v on v.id = x.version_id"
                        + " join response r on r.id = v.response_id where r.consultation_id = " + ofA.getId()
                        + " and x.text = 'Written into B''s draft'"),
                "the text went into A's own draft");

        // The event: A's cancel button posted with B's event
        PageClient.Page cancel = a.get("/consultation/events/view.xhtml?id=" + eventA)
                .assertOk()
                .form("registration")
                .forge("id", String.valueOf(eventB))
                .press("cancel");
        assertTrue(cancel.status() < 500, cancel.describe());
        assertTrue(cancel.contains("You are not registered for this event."), cancel.describe());

        // The attachment: A's remove button posted with B's consultation, whose list holds B's file
        PageClient.Page remove = a.get("/consultation/org/respond.xhtml?consultation=" + ofA.getId())
                .assertOk()
                .form("files")
                .forge("consultation", String.valueOf(ofB.getId()))
                .press("list:0:remove");
        assertTrue(remove.status() < 500, remove.describe());

        // The same ids straight at the boundaries, as a page that passed them on would
        for (Callable<?> forged : List.<Callable<?>>of(
                () -> {
                    acting(orgA, () -> attachments.remove(annexB));
                    return null;
                },
                () -> acting(orgA, () -> attachments.mine(annexB)),
                () -> acting(orgA, () -> responses.mine(draftB)),
                () -> {
                    registrations.cancel(eventB);
                    return null;
                })) {
            assertThrows(BusinessException.class, () -> ActingCaller.as(orgA, forged));
        }

        assertEquals(before, snapshotOf(orgB), "B's drafts, answers, attachments and registrations are unchanged");
        assertEquals(
                1L,
                first("select count(*) from event_registration r join account a on a.id = r.account_id"
                        + " where a.email = '" + orgA + "' and r.status = 'CONFIRMED'"),
                "A's own seat is kept too");
    }

    /** One staff form posted with a forged id: the page opened, the form, what is typed, the button. */
    private record StaffPost(String action, String url, String form, Map<String, String> fields, String button) {}

    /**
     * Staff pages posted with a forged id in the view parameter that Faces reads again on every postback: each action
     * of the moderation page (state, tags, passages, redactions, proposals), the own themes, the summary (statement,
     * publication), the consultation (save, publish or unpublish), the event and the forum call, each posted once
     * with the id of the same kind of record of another consultation (another call) and once with a nonexistent id.
     * No post answers 500; none reaches the other records, which stay byte for byte what they were: a post either
     * acts on the record the page was opened for, or is refused.
     */
    @Test
    void staffPostsWithAForgedIdNeverReachAnotherRecord() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String orgA = fixtures.organisationWithRepresentative("Staff forgery A ry", "en");
        String orgB = fixtures.organisationWithRepresentative("Staff forgery B ry", "en");
        Consultation mine = fixtures.consultation("Opened", now, now.plus(Duration.ofDays(10)));
        Consultation other = fixtures.consultation("Other", now, now.plus(Duration.ofDays(10)));
        long responseMine = acting(orgA, () -> responses.submit(mine.getId(), answers(mine, "A's statement"), true))
                .getId();
        long responseOther = acting(orgB, () -> responses.submit(other.getId(), answers(other, "B's statement"), true))
                .getId();
        long eventMine = eventWithRegistration(mine, orgA);
        long eventOther = eventWithRegistration(other, orgB);
        Map<String, Long> forum = forumFixture(new EnumMap<>(Who.class));
        long callMine = forum.get("call");
        long callOther = forum.get("otherCall");
        long processMine = ActingCaller.asStaff(
                        () -> processes.create(LocalizedText.of("Prosessi", "Process sv", "Opened process")))
                .getId();
        long processOther = ActingCaller.asStaff(
                        () -> processes.create(LocalizedText.of("Toinen", "Annan", "Other process")))
                .getId();
        em.clear();

        String moderate = "/consultation/staff/moderate-response.xhtml?id=";
        String consultation = "/consultation/staff/edit.xhtml?id=";
        List<StaffPost> posts = List.of(
                new StaffPost(
                        "moderation state",
                        moderate + responseMine,
                        "state",
                        Map.of("choice", "HIDDEN", "reason", "Forged hide"),
                        "save"),
                new StaffPost("theme tag", moderate + responseMine, "tags", Map.of(), "add"),
                new StaffPost("passage", moderate + responseMine, "passage", Map.of("quote", "statement"), "add"),
                new StaffPost(
                        "redaction",
                        moderate + responseMine,
                        "redaction",
                        Map.of("passage", "statement", "replacement", "[removed]", "reason", "Forged"),
                        "add"),
                new StaffPost(
                        "proposal", moderate + responseMine, "proposal", Map.of("text", "Forged proposal"), "mark"),
                new StaffPost(
                        "own theme",
                        "/consultation/staff/themes.xhtml?id=" + mine.getId(),
                        "add",
                        Map.of("fi", "Väärä", "sv", "Falsk", "en", "Forged"),
                        "addTheme"),
                new StaffPost(
                        "summary statement",
                        "/consultation/staff/summary-edit.xhtml?id=" + mine.getId(),
                        "statement",
                        Map.of("textFi", "Forged statement"),
                        "add"),
                new StaffPost(
                        "summary publication",
                        "/consultation/staff/summary-edit.xhtml?id=" + mine.getId(),
                        "publish",
                        Map.of(),
                        "publish"),
                new StaffPost("consultation save", consultation + mine.getId(), "consultation", Map.of(), "save"),
                // Unpublish or publish, whichever the page offers: each post turns the page's own consultation over
                new StaffPost("consultation publication", consultation + mine.getId(), "publication", Map.of(), "*"),
                new StaffPost(
                        "event save",
                        "/consultation/staff/events/edit.xhtml?id=" + eventMine,
                        "event",
                        Map.of("place", "Forged room"),
                        "save"),
                new StaffPost(
                        "forum call save", "/forum/staff/call-edit.xhtml?id=" + callMine, "call", Map.of(), "save"),
                new StaffPost(
                        "timeline milestone",
                        "/consultation/staff/timeline-edit.xhtml?id=" + processMine,
                        "milestone",
                        Map.of("date", "2027-01-15", "titleFi", "Forged milestone"),
                        "add"),
                new StaffPost(
                        "timeline consultation",
                        "/consultation/staff/timeline-edit.xhtml?id=" + processMine,
                        "consultations",
                        Map.of(),
                        "include"));
        Map<String, Long> others = Map.of(
                moderate,
                responseOther,
                "/consultation/staff/themes.xhtml?id=",
                other.getId(),
                "/consultation/staff/summary-edit.xhtml?id=",
                other.getId(),
                consultation,
                other.getId(),
                "/consultation/staff/events/edit.xhtml?id=",
                eventOther,
                "/forum/staff/call-edit.xhtml?id=",
                callOther,
                "/consultation/staff/timeline-edit.xhtml?id=",
                processOther);
        PageClient staff = PageClient.english(base.toString());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (StaffPost post : posts) {
            String page = post.url().substring(0, post.url().lastIndexOf('=') + 1);
            long otherId = others.get(page);
            for (long forged : List.of(otherId, FORGED)) {
                String label = post.action() + " (" + post.url() + " posted with id=" + forged + ")";
                String before = otherRecords(other.getId(), responseOther, eventOther, callOther, processOther);
                PageClient.Page answer;
                try {
                    PageClient.Page opened = staff.get(post.url()).assertOk();
                    String button = post.button().equals("*")
                            ? opened.document().getElementById("publication:publish") == null ? "unpublish" : "publish"
                            : post.button();
                    PageClient.Form form = opened.form(post.form());
                    post.fields().forEach(form::set);
                    answer = form.forge("id", String.valueOf(forged)).press(button);
                } catch (AssertionError | RuntimeException e) {
                    wrong.add(label + ": could not post: " + e.getMessage());
                    continue;
                }
                seen.add(label + ": " + answer.status() + " "
                        + answer.document()
                                .select(".notices, .ui-messages, .ui-message")
                                .text());
                if (answer.status() >= 500) {
                    wrong.add(label + ": " + answer.describe());
                }
                String after = otherRecords(other.getId(), responseOther, eventOther, callOther, processOther);
                if (!before.equals(after)) {
                    wrong.add(label + ": changed the other records from\n" + before + "to\n" + after);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\nAnswers:\n" + String.join("\n", seen));
    }

    /**
     * The panel's posts with a forged application: the panellist who declared a conflict on the first application
     * opens the second (theirs too) and posts its score sheet (draft and submit) for the first; the free panellist
     * posts a score, a conflict declaration and a discussion message for an application of a call whose panel they
     * are not on, and for a nonexistent one. Each is refused (403 or 404, never a 500) and nothing is stored.
     */
    @Test
    void panelPostsForAnApplicationTheCallerMayNotReviewAreRefusedAndStoreNothing() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        Map<String, Long> forum = forumFixture(emails);
        long app1 = forum.get("app1");
        long app2 = forum.get("app2");
        long unassigned = forum.get("unassigned");
        // A rubric of one criterion, so that a panellist can submit a complete score
        List<LocalizedText> rubricLevels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            rubricLevels.add(LocalizedText.of("Taso " + level, null, "Level " + level));
        }
        acting(
                DemoLogins.STAFF.email(),
                () -> panels.addCriterion(
                        forum.get("call"), LocalizedText.of("Asiantuntemus", null, "Expertise"), 1, rubricLevels));
        PageClient free = PageClient.english(base.toString());
        free.login(emails.get(Who.PANELLIST), PASSWORD);
        PageClient conflicted = PageClient.english(base.toString());
        conflicted.login(emails.get(Who.PANELLIST_CONFLICT), PASSWORD);
        String review = "/forum/panel/review.xhtml?application=";
        String stored = "select cast(concat_ws('|',"
                + " (select count(*) from panel_score_sheet where application_id = ?1),"
                + " (select count(*) from panel_conflict where application_id = ?1),"
                + " (select count(*) from panel_discussion_post where application_id = ?1)) as char)";
        Map<Long, String> before = new LinkedHashMap<>();
        for (long application : List.of(app1, unassigned)) {
            before.put(
                    application,
                    String.valueOf(em.createNativeQuery(stored)
                            .setParameter(1, application)
                            .getSingleResult()));
        }
        List<String> wrong = new ArrayList<>();
        record PanelPost(
                String who, PageClient client, long opened, String form, String field, String button, String forged) {}
        List<PanelPost> posts = new ArrayList<>();
        for (String button : List.of("draft", "submit")) {
            posts.add(new PanelPost("conflicted", conflicted, app2, "score", "comment", button, "" + app1));
            posts.add(new PanelPost("free", free, app1, "score", "comment", button, "" + unassigned));
            posts.add(new PanelPost("free", free, app1, "score", "comment", button, "" + FORGED));
        }
        posts.add(new PanelPost("free", free, app1, "conflict", "reason", "declare", "" + unassigned));
        posts.add(new PanelPost("free", free, app1, "conflict", "reason", "declare", "" + FORGED));
        posts.add(new PanelPost("conflicted", conflicted, app2, "conflict", "reason", "declare", "" + app1));
        // The discussion opens to a panellist once they have submitted their own score: the free one on the second.
        PageClient.Page toScore = free.get(review + app2).assertOk();
        PageClient.Form scoring = toScore.form("score");
        // Every criterion at its first level: a complete score
        Map<String, String> levels = new LinkedHashMap<>();
        toScore.document()
                .select("#score input[type=radio][name]")
                .forEach(r -> levels.putIfAbsent(r.attr("name"), r.attr("value")));
        levels.forEach((name, level) -> scoring.set(name.substring("score:".length()), level));
        PageClient.Page sheet = scoring.press("submit");
        boolean discussion = sheet.document().getElementById("discussion") != null;
        if (discussion) {
            posts.add(new PanelPost("free", free, app2, "discussion", "message", "post", "" + unassigned));
            posts.add(new PanelPost("free", free, app2, "discussion", "message", "post", "" + FORGED));
        } else {
            wrong.add("the discussion did not open after the free panellist submitted: " + sheet.describe() + " "
                    + sheet.document().select(".notices, .ui-message").text());
        }
        for (PanelPost post : posts) {
            String label = post.who() + " " + post.form() + ":" + post.button() + " on " + post.opened()
                    + " posted for " + post.forged();
            PageClient.Page answer;
            try {
                PageClient.Form form =
                        post.client().get(review + post.opened()).assertOk().form(post.form());
                if (form.has(post.field())) {
                    form.set(post.field(), "Forged " + post.button());
                }
                answer = form.forge("application", post.forged()).press(post.button());
            } catch (AssertionError | RuntimeException e) {
                wrong.add(label + ": could not post: " + e.getMessage());
                continue;
            }
            // Refused: 403 or 404, or the page again with the boundary's refusal (a conflict already declared)
            boolean refusedWithMessage = answer.status() == 200
                    && !answer.document().select(".notice--error").isEmpty();
            if (answer.status() != 403 && answer.status() != 404 && !refusedWithMessage) {
                wrong.add(label + ": expected 403, 404 or a refusal on the page, got " + answer.describe() + " "
                        + answer.document().select(".notices, .ui-message").text());
            }
        }
        for (Map.Entry<Long, String> entry : before.entrySet()) {
            String after = String.valueOf(
                    em.createNativeQuery(stored).setParameter(1, entry.getKey()).getSingleResult());
            if (!after.equals(entry.getValue())) {
                wrong.add("the score sheets, conflicts and discussion posts of application " + entry.getKey()
                        + " went from " + entry.getValue() + " to " + after);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The consultation side's remaining staff pages posted with a forged id in their view parameter: deadline
     * extensions (grant, withdraw), campaigns (confirm, tag, undo), a response entered for an organisation, an event's
     * output, and the summary editor's citation form (cite, remove). Each form is posted as rendered (it must change
     * the page's own consultation: the control), then with another consultation's id and a nonexistent one; the other
     * consultation's rows stay the same and each forged post acts on the page's own consultation or is refused.
     */
    @Test
    void consultationStaffPagesPostedWithAForgedIdChangeOnlyTheConsultationTheyOpened() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String tag = Long.toString(System.nanoTime(), 36);
        String orgA = fixtures.organisationWithRepresentative("Forged pages A " + tag + " ry", "en");
        String orgB = fixtures.organisationWithRepresentative("Forged pages B " + tag + " ry", "en");
        List<String> entered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entered.add("Forged pages C" + i + " " + tag + " ry");
            fixtures.organisationWithRepresentative(entered.get(i), "en");
        }
        // Opened an hour ago, so that a response that arrived a minute ago may be entered
        Instant opened = now.minus(Duration.ofHours(1));
        Consultation mine = fixtures.consultation("Opened " + tag, opened, now.plus(Duration.ofDays(10)));
        Consultation other = fixtures.consultation("Other " + tag, opened, now.plus(Duration.ofDays(10)));
        String same = "We ask the ministry to fund the language courses for adults in every municipality, also"
                + " in the evenings and at weekends, and to keep the groups small. " + tag;
        long responseMine = 0;
        for (Consultation c : List.of(mine, other)) {
            for (String rep : List.of(orgA, orgB)) {
                long id = acting(rep, () -> responses.submit(c.getId(), answers(c, same), true))
                        .getId();
                if (c == mine && rep.equals(orgA)) {
                    responseMine = id;
                }
            }
        }
        long citedResponse = responseMine;
        long orgIdA = first("select p.organisation_id from organisation_representative p join account a"
                + " on a.id = p.account_id where a.email = '" + orgA + "'");
        List<Long> orgIdC = new ArrayList<>();
        for (String name : entered) {
            orgIdC.add(first("select id from organisation where name = '" + name + "'"));
        }
        // The other consultation has what a forged post could change: a campaign, an extension, a cited statement.
        ActingCaller.asStaff(() -> {
            campaigns.confirm(
                    other.getId(),
                    campaigns.suggested(other.getId()).get(0).members().stream()
                            .map(fi.cocreate.consultation.boundary.Campaigns.Member::responseId)
                            .toList());
            extensions.grant(other.getId(), orgIdA, now.plus(Duration.ofDays(20)), "The other's extension");
            for (Consultation c : List.of(mine, other)) {
                summaries.addStatement(
                        c.getId(),
                        fi.cocreate.consultation.entity.SummarySection.FEEDBACK,
                        null,
                        LocalizedText.of("Kursseja tarvitaan", null, "Courses are needed"));
            }
            return null;
        });
        long eventMine = eventWithRegistration(mine, orgA);
        eventWithRegistration(other, orgB);
        // An event's output is entered once the event has been held
        tx.begin();
        em.createNativeQuery("update consultation_event set starts_at = ?1, ends_at = ?2 where id = ?3")
                .setParameter(1, now.minus(Duration.ofDays(2)))
                .setParameter(2, now.minus(Duration.ofDays(2)).plus(Duration.ofHours(2)))
                .setParameter(3, eventMine)
                .executeUpdate();
        tx.commit();
        em.clear();

        String campaignState = "select concat_ws('|', c.id, c.confirmed_by, m.response_id, m.position)"
                + " from response_campaign c join response_campaign_member m on m.campaign_id = c.id"
                + " where c.consultation_id = ?1 order by c.id, m.position";
        String tagState = "select concat_ws('|', t.id, t.response_id, t.theme) from response_theme_tag t"
                + " join response r on r.id = t.response_id where r.consultation_id = ?1 order by t.id";
        String responseState = "select concat_ws('|', r.id, r.organisation_id, r.event_id, r.state,"
                + " r.current_version, r.version) from response r where r.consultation_id = ?1 order by r.id";
        String citationState = "select concat_ws('|', x.id, x.statement_id, x.response_id, x.passage_id)"
                + " from summary_citation x join summary_statement s on s.id = x.statement_id"
                + " join consultation_summary c on c.id = s.summary_id where c.consultation_id = ?1 order by x.id";
        String audit = "select concat_ws('|', id, action, detail) from audit_entry where record_kind = 'CONSULTATION'"
                + " and record_id = ?1 order by id";
        List<String> extensionState =
                List.of("select concat_ws('|', id, organisation_id, until_at, reason, version) from deadline_extension"
                        + " where consultation_id = ?1 order by id");
        Callable<?> campaignConfirmed = () -> ActingCaller.asStaff(() -> {
            if (campaigns.confirmed(mine.getId()).isEmpty()) {
                campaigns.confirm(
                        mine.getId(),
                        campaigns.suggested(mine.getId()).get(0).members().stream()
                                .map(fi.cocreate.consultation.boundary.Campaigns.Member::responseId)
                                .toList());
            }
            return null;
        });
        Callable<?> campaignSuggested = () -> ActingCaller.asStaff(() -> {
            campaigns.confirmed(mine.getId()).forEach(g -> campaigns.dissolve(mine.getId(), g.campaignId()));
            return null;
        });
        Callable<?> extensionGranted = () -> ActingCaller.asStaff(() -> {
            if (extensions.of(mine.getId()).isEmpty()) {
                extensions.grant(mine.getId(), orgIdA, now.plus(Duration.ofDays(15)), "To withdraw");
            }
            return null;
        });
        Callable<?> cited = () -> ActingCaller.asStaff(() -> {
            if (summaries.citations(mine.getId()).isEmpty()) {
                summaries.cite(
                        mine.getId(),
                        first("select s.id from summary_statement s join consultation_summary c"
                                + " on c.id = s.summary_id where c.consultation_id = " + mine.getId()),
                        citedResponse,
                        null);
            }
            return null;
        });
        String extensionsPage = "/consultation/staff/extensions.xhtml";
        String campaignsPage = "/consultation/staff/campaigns.xhtml";
        String summaryPage = "/consultation/staff/summary-edit.xhtml";
        long m = mine.getId();
        long o = other.getId();
        List<ForgedPost> cases = List.of(
                new ForgedPost(
                        "extension grant",
                        extensionsPage,
                        "id",
                        m,
                        o,
                        "grant",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> {
                            search(client, page, "grant", "organisation", "Forged pages A " + tag, "" + orgIdA);
                            form.set("organisation_input", "Forged pages A " + tag + " ry")
                                    .set("organisation_hinput", "" + orgIdA)
                                    .set("until", (20 + round) + ".12.2099 12:00")
                                    .set("reason", "Forged grant " + round);
                        },
                        extensionState),
                new ForgedPost(
                        "extension withdrawal",
                        extensionsPage,
                        "id",
                        m,
                        o,
                        "list",
                        "td=Withdraw",
                        true,
                        extensionGranted,
                        (client, page, form, round) -> {},
                        extensionState),
                new ForgedPost(
                        "campaign confirmation",
                        campaignsPage,
                        "id",
                        m,
                        o,
                        "suggestion",
                        "confirm",
                        true,
                        campaignSuggested,
                        (client, page, form, round) -> {},
                        List.of(campaignState, audit)),
                new ForgedPost(
                        "campaign tagging",
                        campaignsPage,
                        "id",
                        m,
                        o,
                        "campaign",
                        "tag",
                        true,
                        campaignConfirmed,
                        (client, page, form, round) -> form.set(
                                "theme", options(page, "campaign", "theme").get(1 + round)),
                        List.of(campaignState, tagState)),
                new ForgedPost(
                        "campaign undone",
                        campaignsPage,
                        "id",
                        m,
                        o,
                        "campaign",
                        "dissolve",
                        true,
                        campaignConfirmed,
                        (client, page, form, round) -> {},
                        List.of(campaignState, audit)),
                new ForgedPost(
                        "response entered for an organisation",
                        "/consultation/staff/enter-response.xhtml",
                        "id",
                        m,
                        o,
                        "entry",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> {
                            search(
                                    client,
                                    page,
                                    "entry",
                                    "organisation",
                                    "Forged pages C" + round + " " + tag,
                                    "" + orgIdC.get(round));
                            form.set("organisation_input", entered.get(round))
                                    .set("organisation_hinput", "" + orgIdC.get(round))
                                    .set("channel", "EMAIL")
                                    .set(
                                            "arrivedAt",
                                            java.time.LocalDateTime.now(fi.cocreate.common.ApplicationClock.ZONE)
                                                    .minusMinutes(1)
                                                    .format(java.time.format.DateTimeFormatter.ofPattern(
                                                            "d.M.yyyy H:mm")));
                            fieldsEndingWith(page, "entry", ":text")
                                    .forEach(f -> form.set(f, "Entered by post " + round));
                        },
                        List.of(responseState)),
                new ForgedPost(
                        "event output",
                        "/consultation/staff/enter-event-output.xhtml",
                        "id",
                        m,
                        o,
                        "output",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> {
                            form.set("event", "" + eventMine);
                            fieldsEndingWith(page, "output", ":text")
                                    .forEach(f -> form.set(f, "Workshop notes " + round));
                        },
                        List.of(responseState)),
                new ForgedPost(
                        "summary citation",
                        summaryPage,
                        "id",
                        m,
                        o,
                        "cite",
                        "add",
                        true,
                        () -> ActingCaller.asStaff(() -> {
                            summaries.citations(mine.getId()).forEach(c -> summaries.removeCitation(m, c.getId()));
                            return null;
                        }),
                        (client, page, form, round) ->
                                form.set("source_input", "").set("source_hinput", "r:" + citedResponse),
                        List.of(citationState)),
                new ForgedPost(
                        "summary citation removed",
                        summaryPage,
                        "id",
                        m,
                        o,
                        "statements",
                        "li li=Remove",
                        true,
                        cited,
                        (client, page, form, round) -> {},
                        List.of(citationState)));
        PageClient staff = PageClient.english(base.toString());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        List<String> seen = new ArrayList<>();
        List<String> wrong = postForged(staff, cases, seen);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\nAnswers:\n" + String.join("\n", seen));
    }

    /**
     * The forum's staff pages of a call posted with another call's id (one whose panel has a member and a rubric
     * criterion of its own) and with a nonexistent id: the panel's settings and blind review, appointing a panellist,
     * a rubric criterion, the forum's sizes, a diversity rule, a selection run, automatic and manual assignment, the
     * regions of origin and the reminder to panellists behind. Each is posted as rendered first (the control, which
     * must change the page's own call); the other call's rows stay the same.
     */
    @Test
    void forumStaffPagesPostedWithAForgedIdChangeOnlyTheCallTheyOpened() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        Map<String, Long> forum = forumFixture(emails);
        long call = forum.get("call");
        long otherCall = forum.get("otherCall");
        long app1 = forum.get("app1");
        // Panellists to appoint through the page, and appointed ones to assign by hand, one for each post
        List<String> toAppoint = new ArrayList<>();
        List<String> spare = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < 6; i++) {
            String email = TestAccounts.uniqueEmail("spare-panellist");
            accounts.create(email, "Spare " + i, PASSWORD, "en", List.of(Role.PANELIST), true);
            (i < 3 ? toAppoint : spare).add(email);
        }
        tx.commit();
        String staffEmail = DemoLogins.STAFF.email();
        List<Long> toAssign = new ArrayList<>();
        for (String email : spare) {
            toAssign.add(acting(staffEmail, () -> panels.appoint(call, email)).getId());
        }
        // The other call has a panel of its own: a member and a criterion
        acting(staffEmail, () -> panels.appoint(otherCall, emails.get(Who.PANELLIST)));
        List<LocalizedText> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(LocalizedText.of("Taso " + level, null, "Level " + level));
        }
        acting(
                staffEmail,
                () -> panels.addCriterion(otherCall, LocalizedText.of("Muu", null, "The other's"), 1, levels));
        em.clear();

        List<String> callState = List.of(
                "select concat_ws('|', call_id, reviewers_per_app, normalise, spread_threshold, range_threshold,"
                        + " forum_size, waiting_list_size, version) from panel_round where call_id = ?1",
                "select concat_ws('|', id, account_id, version) from panel_member where call_id = ?1 order by id",
                "select concat_ws('|', id, sort_order, weight, name_en, version) from panel_criterion"
                        + " where call_id = ?1 order by id",
                "select concat_ws('|', id, application_id, member_id, manual, removed, version) from panel_assignment"
                        + " where call_id = ?1 order by id",
                "select concat_ws('|', id, dimension, value_code, minimum, maximum, version) from panel_selection_rule"
                        + " where call_id = ?1 order by id",
                "select concat_ws('|', id, country_code, region, version) from panel_region_override"
                        + " where call_id = ?1 order by id",
                "select concat_ws('|', id, action, detail) from audit_entry where record_kind = 'CALL'"
                        + " and record_id = ?1 order by id");
        // The blind review case leaves it on; the later cases run with it off, as before it
        Callable<?> blindOff = () -> acting(staffEmail, () -> panels.setBlind(call, false));
        // A run needs a submitted score: the free panellist scores the first application on every criterion
        Callable<?> scored = () -> acting(emails.get(Who.PANELLIST), () -> {
            if (reviews.mySheet(app1)
                    .filter(fi.cocreate.forum.panel.entity.ScoreSheet::isSubmitted)
                    .isEmpty()) {
                Map<Long, Integer> values = new LinkedHashMap<>();
                reviews.rubric(app1).forEach(c -> values.put(c.getId(), 3));
                reviews.submit(app1, values, null);
            }
            return null;
        });
        String panel = "/forum/staff/panel/";
        List<ForgedPost> cases = List.of(
                new ForgedPost(
                        "panel settings",
                        panel + "call.xhtml",
                        "call",
                        call,
                        otherCall,
                        "settings",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> form.set("spread_input", "1." + (round + 1) + "0")
                                .set("spread_hinput", "1." + (round + 1) + "0"),
                        callState),
                new ForgedPost(
                        "blind review",
                        panel + "call.xhtml",
                        "call",
                        call,
                        otherCall,
                        "blindReview",
                        "saveBlind",
                        true,
                        null,
                        (client, page, form, round) -> {
                            if (round % 2 == 0) {
                                form.check("blind_input", "on");
                            } else {
                                form.check("blind_input");
                            }
                        },
                        callState),
                new ForgedPost(
                        "panellist appointed",
                        panel + "call.xhtml",
                        "call",
                        call,
                        otherCall,
                        "members",
                        "doAppoint",
                        true,
                        blindOff,
                        (client, page, form, round) -> form.set("appoint_input", toAppoint.get(round)),
                        callState),
                new ForgedPost(
                        "rubric criterion",
                        panel + "rubric.xhtml",
                        "call",
                        call,
                        otherCall,
                        "criterion",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> {
                            form.set("nameEn", "Forged criterion " + round)
                                    .set("weight_input", "1")
                                    .set("weight_hinput", "1");
                            fieldsEndingWith(page, "criterion", ":en")
                                    .forEach(f -> form.set(f, "Forged level " + round));
                        },
                        callState),
                new ForgedPost(
                        "forum size",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "sizes",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> form.set("forumSize_input", "" + (11 + round))
                                .set("forumSize_hinput", "" + (11 + round)),
                        callState),
                new ForgedPost(
                        "diversity rule",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "rules",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> form.set("dimension_input", "AREA")
                                .set("value_input", "EDUCATION")
                                .set("minimum_input", "" + (1 + round))
                                .set("minimum_hinput", "" + (1 + round)),
                        callState),
                new ForgedPost(
                        "selection run",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "run",
                        "run",
                        true,
                        scored,
                        (client, page, form, round) -> {},
                        callState),
                new ForgedPost(
                        "assignment by hand",
                        panel + "assignments.xhtml",
                        "call",
                        call,
                        otherCall,
                        "add",
                        "doAdd",
                        true,
                        null,
                        (client, page, form, round) ->
                                form.set("application_input", "" + app1).set("member_input", "" + toAssign.get(round)),
                        callState),
                new ForgedPost(
                        "automatic assignment",
                        panel + "assignments.xhtml",
                        "call",
                        call,
                        otherCall,
                        "auto",
                        "run",
                        false,
                        null,
                        (client, page, form, round) -> {},
                        callState),
                new ForgedPost(
                        "region of origin",
                        panel + "regions.xhtml",
                        "call",
                        call,
                        otherCall,
                        "regions",
                        "save",
                        true,
                        null,
                        (client, page, form, round) -> {
                            String field =
                                    fieldsEndingWith(page, "regions", ":region").get(0);
                            String current = form.value(field);
                            form.set(
                                    field,
                                    options(page, "regions", field).stream()
                                            .filter(v -> !v.isEmpty() && !v.equals(current))
                                            .findFirst()
                                            .orElseThrow());
                        },
                        callState),
                new ForgedPost(
                        "reminder to panellists behind",
                        panel + "progress.xhtml",
                        "call",
                        call,
                        otherCall,
                        "remind",
                        "remindBehind",
                        false,
                        null,
                        (client, page, form, round) -> {},
                        callState));
        PageClient staff = PageClient.english(base.toString());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        List<String> seen = new ArrayList<>();
        List<String> wrong = postForged(staff, cases, seen);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\nAnswers:\n" + String.join("\n", seen));
    }

    /**
     * Staff's erase button on one application's page, offered once its applicant (a selected member, whose request
     * staff carry out) asked for their data to be erased: posted as rendered (the control, which must erase that
     * application), then with another call's application in the view parameter, one whose applicant asked for erasure
     * too, and with a nonexistent id, in the address posted to and in the body. The other application keeps its data
     * and CV; each forged post erases the page's own application (the page keeps it with {@code <o:viewParam>}). The
     * boundary answers an application that does not exist with the not-found message (404), as the page does.
     */
    @Test
    void staffsErasureButtonPostedWithAForgedIdErasesOnlyTheApplicationItsPageShows() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        Map<String, Long> forum = forumFixture(emails);
        long mine = forum.get("app1");
        long other = forum.get("unassigned");
        String staffEmail = DemoLogins.STAFF.email();
        for (long application : List.of(mine, other)) {
            String applicant = em.find(ForumApplication.class, application).getApplicantEmail();
            acting(staffEmail, () -> reviewBoundary.decide(application, ApplicationStatus.SELECTED));
            assertTrue(
                    acting(applicant, () -> personalData.requestErasure(application))
                                    .getErasureRequestedAt()
                            != null,
                    "a selected member's request waits for staff");
        }
        em.clear();
        List<String> applicationState = List.of(
                "select concat_ws('|', id, call_id, status, full_name, email, motivation, erasure_requested_at,"
                        + " erased_at, updated_at, version) from forum_application where id = ?1",
                "select concat_ws('|', id, file_name) from forum_application_cv where application_id = ?1");
        // An erasure cannot be undone: the test takes its mark off again, so that the page offers the button once more
        Callable<?> notYetErased = () -> update("update forum_application set erased_at = null where id = ?1", mine);
        List<ForgedPost> cases = List.of(new ForgedPost(
                "erasure on request",
                "/forum/staff/application.xhtml",
                "id",
                mine,
                other,
                "cvForm",
                "erase",
                true,
                notYetErased,
                (client, page, form, round) -> {},
                applicationState));
        String otherBefore = state(applicationState, other);
        PageClient staff = PageClient.english(base.toString());
        staff.login(staffEmail, DemoLogins.PASSWORD);
        List<String> seen = new ArrayList<>();
        List<String> wrong = postForged(staff, cases, seen);
        ForumApplication erased = em.find(ForumApplication.class, mine);
        if (!erased.isErased() || erased.getFullName() != null) {
            wrong.add("the page's own application was not erased: " + state(applicationState, mine));
        }
        if (!state(applicationState, other).contains("|Applicant 3|")) {
            wrong.add("the other call's application lost its data: " + otherBefore + " -> "
                    + state(applicationState, other));
        }
        int missingPage =
                staff.get("/forum/staff/application.xhtml?id=" + FORGED).status();
        if (missingPage != 404) {
            wrong.add("the page of a nonexistent application answered " + missingPage + ", not 404");
        }
        try {
            acting(staffEmail, () -> personalData.eraseOnRequest(FORGED));
            wrong.add("the boundary erased a nonexistent application");
        } catch (fi.cocreate.common.NotFound e) {
            if (!e.getMessageKey().equals("forum.application.notFound")) {
                wrong.add("a nonexistent application was refused with " + e.getMessageKey());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\nAnswers:\n" + String.join("\n", seen));
    }

    /**
     * The panel pages' remaining buttons posted with a forged call: revealing a blind review's applicants, locking a
     * candidate in and out (a button of the selection's table row) and confirming the selection. Both calls are blind,
     * of one seat, with a criterion and every application scored, so the other call could be revealed, locked and
     * confirmed too. Each is posted as rendered (the control, which must change the page's own call), then with the
     * other call's id and with a nonexistent one in the address posted to and in the body; the lock is also posted
     * with the button of a row the table does not have. The other call's round, locks, decisions, applications and
     * audit rows stay the same; the boundaries answer a nonexistent call or application with the not-found message.
     */
    @Test
    void theRevealLockAndConfirmationPostedWithAForgedIdChangeOnlyTheCallTheyOpened() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        Map<String, Long> forum = forumFixture(emails);
        long call = forum.get("call");
        long otherCall = forum.get("otherCall");
        long app1 = forum.get("app1");
        long app2 = forum.get("app2");
        long unassigned = forum.get("unassigned");
        String staffEmail = DemoLogins.STAFF.email();
        String panellist = emails.get(Who.PANELLIST);
        long otherMember =
                acting(staffEmail, () -> panels.appoint(otherCall, panellist)).getId();
        long member = first("select m.id from panel_member m join account a on a.id = m.account_id where m.call_id = "
                + call + " and a.email = '" + panellist + "'");
        // The free panellist reviews every application of both calls (an appointment may have assigned some already)
        for (long[] pair : new long[][] {{unassigned, otherMember}, {app2, member}}) {
            if (first("select count(*) from panel_assignment where application_id = " + pair[0] + " and member_id = "
                            + pair[1] + " and removed = false")
                    == 0) {
                acting(staffEmail, () -> assignments.add(pair[0], pair[1]));
            }
        }
        List<LocalizedText> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(LocalizedText.of("Taso " + level, null, "Level " + level));
        }
        for (long c : List.of(call, otherCall)) {
            acting(
                    staffEmail,
                    () -> panels.addCriterion(c, LocalizedText.of("Osaaminen", null, "Expertise"), 1, levels));
            acting(staffEmail, () -> panels.setBlind(c, true));
            acting(staffEmail, () -> selections.setSizes(c, 1, 1));
        }
        for (long application : List.of(app1, app2, unassigned)) {
            acting(panellist, () -> {
                Map<Long, Integer> values = new LinkedHashMap<>();
                reviews.rubric(application).forEach(k -> values.put(k.getId(), application == app2 ? 2 : 4));
                reviews.submit(application, values, null);
                return null;
            });
        }
        em.clear();

        String round = "select concat_ws('|', call_id, blind, revealed_at, revealed_by, confirmed_at, confirmed_by,"
                + " forum_size, waiting_list_size, version) from panel_round where call_id = ?1";
        String locks = "select concat_ws('|', id, application_id, locked_in) from panel_selection_lock"
                + " where call_id = ?1 order by id";
        String decisions = "select concat_ws('|', id, application_id, outcome, score_rank, waiting_position, reason,"
                + " decided_at) from panel_decision where call_id = ?1 order by id";
        String applications = "select concat_ws('|', id, status, decided_at, version) from forum_application"
                + " where call_id = ?1 order by id";
        String audit = "select concat_ws('|', id, action, detail) from audit_entry where record_kind = 'CALL'"
                + " and record_id = ?1 order by id";
        List<String> everything = List.of(round, locks, decisions, applications, audit);
        String otherBefore = state(everything, otherCall);
        // Revealing and confirming cannot be undone: the test takes them back, so that the page offers them again
        Callable<?> notRevealed =
                () -> update("update panel_round set revealed_at = null, revealed_by = null where call_id = ?1", call);
        Callable<?> notConfirmed = () -> {
            update("delete from panel_decision where call_id = ?1", call);
            return update("update panel_round set confirmed_at = null, confirmed_by = null where call_id = ?1", call);
        };
        Callable<?> unlocked = () -> acting(staffEmail, () -> {
            for (long application : List.of(app1, app2)) {
                selections.lock(application, null);
            }
            return null;
        });
        // The candidates' table and the confirmation are shown after a run
        Opening computed = (client, page) -> page.form("run").press("run");
        String panel = "/forum/staff/panel/";
        List<ForgedPost> cases = List.of(
                new ForgedPost(
                        "blind review revealed",
                        panel + "call.xhtml",
                        "call",
                        call,
                        otherCall,
                        "blindReview",
                        "reveal",
                        true,
                        notRevealed,
                        (client, page, form, n) -> {},
                        List.of(round, audit)),
                new ForgedPost(
                        "candidate locked in",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "candidates",
                        "td=Lock in",
                        true,
                        unlocked,
                        (client, page, form, n) -> {},
                        List.of(locks),
                        computed),
                new ForgedPost(
                        "candidate locked out",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "candidates",
                        "td=Lock out",
                        true,
                        unlocked,
                        (client, page, form, n) -> {},
                        List.of(locks),
                        computed),
                new ForgedPost(
                        "selection confirmed",
                        panel + "selection.xhtml",
                        "call",
                        call,
                        otherCall,
                        "confirm",
                        "confirm",
                        true,
                        notConfirmed,
                        (client, page, form, n) -> {},
                        List.of(round, decisions, applications),
                        computed));
        PageClient staff = PageClient.english(base.toString());
        staff.login(staffEmail, DemoLogins.PASSWORD);
        List<String> seen = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        // A forged row: the lock button of a row the table does not have locks nothing in either call
        unlocked.call();
        String locksBefore = state(List.of(locks), call) + state(List.of(locks), otherCall);
        PageClient.Page result = computed.open(
                staff, staff.get(panel + "selection.xhtml?call=" + call).assertOk());
        PageClient.Form candidates = formOf(result, "candidates");
        String lockIn = buttonOf(result, candidates, "candidates", "td=Lock in");
        String missingRow = lockIn.replaceFirst(":0:", ":99:");
        assertTrue(!missingRow.equals(lockIn), "the row's index is in the button's name: " + lockIn);
        PageClient.Page answer = candidates.pressForged(missingRow);
        seen.add("lock in posted for row 99: " + answer.status());
        if (answer.status() >= 500) {
            wrong.add("lock in posted for row 99: " + answer.describe());
        }
        String locksAfter = state(List.of(locks), call) + state(List.of(locks), otherCall);
        if (!locksBefore.equals(locksAfter)) {
            wrong.add("lock in posted for row 99 changed the locks from\n" + locksBefore + "to\n" + locksAfter);
        }
        wrong.addAll(postForged(staff, cases, seen));
        String otherAfter = state(everything, otherCall);
        if (!otherBefore.equals(otherAfter)) {
            wrong.add("the other call changed from\n" + otherBefore + "to\n" + otherAfter);
        }
        if (!state(List.of(round), call).contains(staffEmail)) {
            wrong.add("the page's own call was not revealed and confirmed: " + state(List.of(round), call));
        }
        record Missing(String what, String key, Runnable work) {}
        for (Missing missing : List.of(
                new Missing("reveal", "forum.call.notFound", () -> panels.reveal(FORGED)),
                new Missing("confirmation", "forum.call.notFound", () -> selections.confirm(FORGED)),
                new Missing("lock", "panel.application.notFound", () -> selections.lock(FORGED, true)))) {
            try {
                acting(staffEmail, missing.work());
                wrong.add("the " + missing.what() + " of a nonexistent record went through");
            } catch (fi.cocreate.common.NotFound e) {
                if (!e.getMessageKey().equals(missing.key())) {
                    wrong.add("the " + missing.what() + " of a nonexistent record was refused with " + e.getMessageKey()
                            + ", not " + missing.key());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\nAnswers:\n" + String.join("\n", seen));
    }

    /** Runs one native update of the record in its own transaction (test data the boundaries cannot undo). */
    private Object update(String sql, long record) throws Exception {
        tx.begin();
        em.createNativeQuery(sql).setParameter(1, record).executeUpdate();
        tx.commit();
        return null;
    }

    /**
     * The review boundary checks the panel's rules itself, not only the review page: a panellist gets an application
     * and its CV through {@code ApplicationReviews} only when appointed to its call, assigned to it and without a
     * declared conflict on it. Refused looks are {@code AccessDenied} and record no view and no audit row; staff
     * still see every application.
     */
    @Test
    void theReviewBoundaryShowsAPanellistOnlyApplicationsTheyMayReview() throws Exception {
        Map<Who, String> emails = new EnumMap<>(Who.class);
        Map<String, Long> forum = forumFixture(emails);
        long app1 = forum.get("app1");
        long unassigned = forum.get("unassigned");
        // Appointed to the call but given no application
        String idle = TestAccounts.uniqueEmail("idle-panellist");
        tx.begin();
        accounts.create(idle, "Idle", PASSWORD, "en", List.of(Role.PANELIST), true);
        tx.commit();
        acting(DemoLogins.STAFF.email(), () -> panels.appoint(forum.get("call"), idle));
        String looks = "select cast(concat_ws('|',"
                + " (select count(*) from forum_application_view where application_id = ?1),"
                + " (select count(*) from audit_entry where record_kind = 'APPLICATION' and record_id = ?1)) as char)";
        Map<Long, String> before = new LinkedHashMap<>();
        for (long application : List.of(app1, unassigned)) {
            before.put(
                    application,
                    String.valueOf(em.createNativeQuery(looks)
                            .setParameter(1, application)
                            .getSingleResult()));
        }
        record Look(String who, String email, long application, String refusal) {}
        List<Look> refused = List.of(
                new Look(
                        "the panellist who declared a conflict",
                        emails.get(Who.PANELLIST_CONFLICT),
                        app1,
                        "panel.access.conflict"),
                new Look("a panellist appointed but not assigned", idle, app1, "panel.access.notAssigned"),
                new Look(
                        "a panellist not on the call's panel",
                        emails.get(Who.PANELLIST),
                        unassigned,
                        "panel.access.notAppointed"));
        List<String> wrong = new ArrayList<>();
        for (Look look : refused) {
            for (String what : List.of("application", "CV")) {
                java.util.function.Supplier<?> call = what.equals("CV")
                        ? () -> reviewBoundary.cvForReview(look.application())
                        : () -> reviewBoundary.viewForReview(look.application());
                try {
                    acting(look.email(), () -> call.get());
                    wrong.add(look.who() + " got the " + what + " of " + look.application());
                } catch (fi.cocreate.common.AccessDenied e) {
                    if (!e.getMessageKey().equals(look.refusal())) {
                        wrong.add(look.who() + ", " + what + ": refused with " + e.getMessageKey() + ", not "
                                + look.refusal());
                    }
                } catch (Exception e) {
                    wrong.add(look.who() + ", " + what + ": " + e);
                }
            }
        }
        for (Map.Entry<Long, String> entry : before.entrySet()) {
            String after = String.valueOf(
                    em.createNativeQuery(looks).setParameter(1, entry.getKey()).getSingleResult());
            if (!after.equals(entry.getValue())) {
                wrong.add("the refused looks at " + entry.getKey() + " recorded views or audit rows: "
                        + entry.getValue() + " -> " + after);
            }
        }
        // The positive controls: the assigned panellist and staff get the application and its CV, each look recorded
        assertEquals(
                app1,
                acting(emails.get(Who.PANELLIST), () -> reviewBoundary.viewForReview(app1))
                        .getId());
        assertTrue(acting(emails.get(Who.PANELLIST), () -> reviewBoundary.cvForReview(app1))
                        .getContent()
                        .length
                > 0);
        assertEquals(
                unassigned,
                acting(DemoLogins.STAFF.email(), () -> reviewBoundary.viewForReview(unassigned))
                        .getId());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        String[] counted = before.get(app1).split("\\|");
        assertEquals(
                (Long.parseLong(counted[0]) + 2) + "|" + (Long.parseLong(counted[1]) + 2),
                String.valueOf(em.createNativeQuery(looks).setParameter(1, app1).getSingleResult()),
                "the assigned panellist's look at the application and at its CV are each recorded");
    }

    /** What a case types into its form before the post: the page opened, its form and the round (0 is the control). */
    @FunctionalInterface
    private interface Filler {
        void fill(PageClient client, PageClient.Page page, PageClient.Form form, int round) throws Exception;
    }

    /**
     * One staff form posted three times from the page of record {@code mine}: as rendered (the control, which must
     * change {@code mine}), then with the page's id parameter forged to {@code other} and to a nonexistent id, in the
     * query of the address posted to and in the body. {@code state} are queries of everything the action may change,
     * each with {@code ?1} for the record. {@code before} puts the page back into a state where its form is offered
     * (a suggestion to confirm, an extension to withdraw). {@code repeats}: a forged post that acts on {@code mine}
     * changes it again, so a forged post must either change {@code mine} or be refused; otherwise it must only leave
     * {@code other} alone. {@code open} (or null) takes the page opened to the one with the form, e.g. by pressing
     * "Compute" for the selection's result.
     */
    private record ForgedPost(
            String action,
            String page,
            String param,
            long mine,
            long other,
            String form,
            String button,
            boolean repeats,
            Callable<?> before,
            Filler fill,
            List<String> state,
            Opening open) {

        ForgedPost(
                String action,
                String page,
                String param,
                long mine,
                long other,
                String form,
                String button,
                boolean repeats,
                Callable<?> before,
                Filler fill,
                List<String> state) {
            this(action, page, param, mine, other, form, button, repeats, before, fill, state, null);
        }
    }

    /** What a case does on the page it opened before its form is offered: the page that then shows the form. */
    @FunctionalInterface
    private interface Opening {
        PageClient.Page open(PageClient client, PageClient.Page opened) throws Exception;
    }

    /**
     * Posts each case as {@link ForgedPost} says and collects what went wrong: a control that changed nothing of its
     * own record, a forged post that changed the other record, answered 500, or (for a repeating action) neither
     * changed its own record nor was refused.
     */
    private List<String> postForged(PageClient staff, List<ForgedPost> cases, List<String> seen) {
        List<String> wrong = new ArrayList<>();
        for (ForgedPost post : cases) {
            int round = 0;
            for (Long forged : java.util.Arrays.asList(null, post.other(), FORGED)) {
                String label = post.action() + " (" + post.page() + "?" + post.param() + "=" + post.mine()
                        + (forged == null ? ", as rendered" : ", posted with " + post.param() + "=" + forged) + ")";
                PageClient.Page answer;
                String mineBefore;
                String otherBefore;
                try {
                    if (post.before() != null) {
                        post.before().call();
                    }
                    mineBefore = state(post.state(), post.mine());
                    otherBefore = state(post.state(), post.other());
                    PageClient.Page opened = staff.get(post.page() + "?" + post.param() + "=" + post.mine())
                            .assertOk();
                    if (post.open() != null) {
                        opened = post.open().open(staff, opened).assertOk();
                    }
                    PageClient.Form form = formOf(opened, post.form());
                    post.fill().fill(staff, opened, form, round);
                    if (forged != null) {
                        form.postTo(post.page() + "?" + post.param() + "=" + forged)
                                .forge(post.param(), String.valueOf(forged));
                    }
                    answer = form.press(buttonOf(opened, form, post.form(), post.button()));
                } catch (Exception | AssertionError e) {
                    wrong.add(label + ": could not post: " + e);
                    round++;
                    continue;
                }
                round++;
                String notices = answer.document()
                        .select(".notices, .ui-messages, .ui-message, .field-message")
                        .text();
                seen.add(label + ": " + answer.status() + " " + notices);
                String mineAfter = state(post.state(), post.mine());
                String otherAfter = state(post.state(), post.other());
                boolean refused = answer.status() == 403
                        || answer.status() == 404
                        || !answer.document()
                                .select(".notice--error, .ui-messages-error, .ui-message-error")
                                .isEmpty();
                if (answer.status() >= 500) {
                    wrong.add(label + ": " + answer.describe());
                }
                if (!otherBefore.equals(otherAfter)) {
                    wrong.add(label + ": changed the other record " + post.other() + " from\n" + otherBefore + "to\n"
                            + otherAfter);
                }
                if (forged == null && mineBefore.equals(mineAfter)) {
                    wrong.add(label + ": the control changed nothing of " + post.mine() + " (" + answer.status() + " "
                            + notices + ")");
                }
                if (forged != null && post.repeats() && !refused && mineBefore.equals(mineAfter)) {
                    wrong.add(label + ": neither refused nor acting on the page's own record " + post.mine() + " ("
                            + answer.status() + " " + notices + ")");
                }
            }
        }
        return wrong;
    }

    /** Every row the queries find for the record, one a line. */
    private String state(List<String> queries, long record) {
        StringBuilder out = new StringBuilder();
        for (String sql : queries) {
            for (Object row : em.createNativeQuery(sql).setParameter(1, record).getResultList()) {
                out.append(row instanceof Object[] cells ? java.util.Arrays.deepToString(cells) : String.valueOf(row))
                        .append('\n');
            }
            out.append("--\n");
        }
        return out.toString();
    }

    /** A form by its id, or (inside a repeat, whose client ids are prefixed) the first whose id ends with ":id". */
    private static PageClient.Form formOf(PageClient.Page page, String id) {
        if (page.document().getElementById(id) != null) {
            return page.form(id);
        }
        return page.document().select("form[id$=:" + id + "]").stream()
                .findFirst()
                .map(f -> page.form(f.id()))
                .orElseThrow(() -> new AssertionError("No form '" + id + "' on " + page.describe()));
    }

    /** A button by its id in the form, or "scope=Label" for the first one with that label in a part of it (a row's). */
    private static String buttonOf(PageClient.Page page, PageClient.Form form, String formId, String button) {
        if (!button.contains("=")) {
            return button;
        }
        // "scope=Label": the first button showing that label inside the scope (a CSS selector within the form)
        String scope = button.substring(0, button.indexOf('='));
        String label = button.substring(button.indexOf('=') + 1);
        String formClientId = formIdOf(page, formId);
        return page.document().select("form[id=" + formClientId + "] " + scope + " input[type=submit]").stream()
                .filter(b -> b.attr("value").equals(label))
                .findFirst()
                .map(b -> b.attr("name").substring(formClientId.length() + 1))
                .orElseThrow(() -> new AssertionError("No button '" + label + "' in " + formId + " " + scope));
    }

    private static String formIdOf(PageClient.Page page, String id) {
        return page.document().getElementById(id) != null
                ? id
                : page.document().select("form[id$=:" + id + "]").first().id();
    }

    /** The names of the form's fields (relative to the form) that end with the suffix, e.g. the rows of a repeat. */
    private static List<String> fieldsEndingWith(PageClient.Page page, String formId, String suffix) {
        String form = formIdOf(page, formId);
        List<String> names = new ArrayList<>();
        page.document().select("form[id=" + form + "] [name]").forEach(e -> {
            String name = e.attr("name");
            if (name.endsWith(suffix) && name.startsWith(form + ":") && !names.contains(name)) {
                names.add(name.substring(form.length() + 1));
            }
        });
        return names;
    }

    /** The values a select of the form offers, in order (the field's id relative to the form). */
    private static List<String> options(PageClient.Page page, String formId, String field) {
        String name = formIdOf(page, formId) + ":" + field;
        List<String> values = new ArrayList<>();
        page.document().select("select[name=" + name + "] option").forEach(o -> values.add(o.attr("value")));
        return values;
    }

    /**
     * Types into a PrimeFaces autoComplete as its script does (an AJAX post of the text to the page's view), so that
     * the view offers what the search found and the form can post the chosen one; fails if the search does not offer
     * the expected value.
     */
    private static void search(
            PageClient client, PageClient.Page page, String formId, String input, String typed, String expected) {
        String source = formId + ":" + input;
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.put("jakarta.faces.ViewState", page.form(formId).viewState());
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", source);
        body.put("jakarta.faces.partial.execute", source);
        body.put("jakarta.faces.partial.render", source);
        body.put(source + "_query", typed);
        // The nonce field the server writes into every form (which PrimeFaces' script posts back with AJAX too).
        body.put(
                "primefaces.nonce",
                page.document()
                        .getElementById(formId)
                        .selectFirst("input[name=primefaces.nonce]")
                        .attr("value"));
        String encoded = body.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        client.header("Faces-Request", "partial/ajax");
        try {
            PageClient.Page found = client.postWithoutForm(page.uri().toString(), encoded);
            if (found.status() != 200 || !found.body().contains("\"" + expected + "\"")) {
                throw new AssertionError("the search for " + typed + " did not offer " + expected + ": "
                        + found.status() + " " + found.body());
            }
        } finally {
            client.header("Faces-Request", null);
        }
    }

    /** Everything stored for the records a forged staff post must not reach, one row a line. */
    private String otherRecords(long consultation, long response, long event, long call, long process) {
        StringBuilder out = new StringBuilder();
        for (Object[] query : new Object[][] {
            {"select * from consultation where id = ?", consultation},
            {"select * from consultation_own_theme where consultation_id = ? order by id", consultation},
            {"select * from consultation_summary where consultation_id = ? order by id", consultation},
            {
                "select s.* from summary_statement s join consultation_summary c on c.id = s.summary_id"
                        + " where c.consultation_id = ? order by s.id",
                consultation
            },
            {"select * from response where id = ?", response},
            {"select * from response_moderation where response_id = ? order by id", response},
            {"select * from response_theme_tag where response_id = ? order by id", response},
            {"select * from response_passage where response_id = ? order by id", response},
            {"select * from response_proposal where response_id = ? order by id", response},
            {
                "select r.* from answer_redaction r join response_moderation m on m.id = r.moderation_id"
                        + " where m.response_id = ? order by r.id",
                response
            },
            {"select * from consultation_event where id = ?", event},
            {"select * from forum_call where id = ?", call},
            {"select * from forum_call_area where call_id = ? order by area", call},
            {"select * from report_process where id = ?", process},
            {"select * from report_milestone where process_id = ? order by id", process},
            {"select * from report_process_consultation where process_id = ? order by consultation_id", process}
        }) {
            for (Object row : em.createNativeQuery((String) query[0])
                    .setParameter(1, query[1])
                    .getResultList()) {
                out.append(row instanceof Object[] cells ? java.util.Arrays.deepToString(cells) : String.valueOf(row))
                        .append('\n');
            }
            out.append("--\n");
        }
        return out.toString();
    }

    private long eventWithRegistration(Consultation consultation, String representative) throws Exception {
        Instant starts = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(5));
        long event = ActingCaller.asStaff(() -> events.create(
                        consultation.getId(),
                        new EventDetails(
                                EventType.WORKSHOP,
                                LocalizedText.of("Paja", null, "Workshop"),
                                null,
                                starts,
                                starts.plus(Duration.ofHours(2)),
                                "Room 2",
                                null,
                                10,
                                Set.of(TargetGroup.ORGANISATIONS)))
                .getId());
        ActingCaller.as(representative, () -> registrations.register(event, null, "en"));
        return event;
    }

    /** Everything stored for an organisation's responses and its representative's registrations, as one text. */
    private String snapshotOf(String representative) {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(
                "select concat_ws('|', r.id, r.state, r.current_version, r.version, r.updated_at) from response r"
                        + " join organisation_representative p on p.organisation_id = r.organisation_id"
                        + " join account a on a.id = p.account_id where a.email = ? order by r.id",
                "select concat_ws('|', v.id, x.question_id, x.text) from answer x join response_version v"
                        + " on v.id = x.version_id join response r on r.id = v.response_id"
                        + " join organisation_representative p on p.organisation_id = r.organisation_id"
                        + " join account a on a.id = p.account_id where a.email = ? order by x.id",
                "select concat_ws('|', t.id, t.file_name, t.size_bytes) from attachment t join response r"
                        + " on r.id = t.response_id join organisation_representative p"
                        + " on p.organisation_id = r.organisation_id join account a on a.id = p.account_id"
                        + " where a.email = ? order by t.id",
                "select concat_ws('|', r.id, r.status, r.version) from event_registration r"
                        + " join account a on a.id = r.account_id where a.email = ? order by r.id")) {
            for (Object row :
                    em.createNativeQuery(sql).setParameter(1, representative).getResultList()) {
                out.append(row).append('\n');
            }
            out.append("--\n");
        }
        return out.toString();
    }
}
