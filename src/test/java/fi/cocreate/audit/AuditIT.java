package fi.cocreate.audit;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ActingCaller.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.boundary.AuditLog.Filter;
import fi.cocreate.audit.boundary.AuditLog.Line;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.audit.entity.AuditAction.RecordKind;
import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.boundary.SummaryDownloads;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log on the real database: each staff and administrator action on the consultation side and each role
 * change leaves a row naming who, what, when and which record, earlier decisions on a record stay as its history, and
 * only administrators read the log, through the boundary and on the page. The panel's actions and views are proven in
 * {@code PanelIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String STAFF = DemoLogins.STAFF.email();
    private static final String ADMIN = DemoLogins.ADMIN.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Responses responses;

    @Inject
    Organisations organisations;

    @Inject
    Moderation moderation;

    @Inject
    ConsultationAdmin consultations;

    @Inject
    Summaries summaries;

    @Inject
    SummaryDownloads downloads;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

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

    @Test
    void everyConsultationActionOfStaffLeavesItsRowAndEarlierDecisionsStayAsTheRecordsHistory() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Audited ry", "en");
        long organisationId = fixtures.organisationOf(rep);
        Consultation consultation = fixtures.consultation("Audited", now, now.plus(Duration.ofDays(3)));
        Response response = acting(
                rep,
                () -> responses.submit(
                        consultation.getId(),
                        List.of(
                                AnswerInput.text(
                                        consultation.getQuestions().get(0).getId(), "Our view, by Maija Meikäläinen"),
                                new AnswerInput(
                                        consultation.getQuestions().get(1).getId(), null, Set.of(0), null)),
                        true));
        long id = consultation.getId();

        as(STAFF, () -> {
            organisations.verify(organisationId);
            organisations.withdrawVerification(organisationId);
            moderation.accept(response.getId(), null);
            moderation.markReceived(response.getId(), null);
            moderation.hide(response.getId(), "Names a private person", null);
            moderation.redact(response.getId(), "Our view, by [name removed]", null);
            consultations.unpublish(id);
            consultations.publish(id);
            downloads.csv(id, Locale.ENGLISH);
            downloads.xlsx(id, Locale.ENGLISH);
            return null;
        });
        TestClockProducer.CLOCK.set(now.plus(Duration.ofDays(4)));
        as(STAFF, () -> {
            long statement = summaries
                    .addStatement(
                            id,
                            SummarySection.FEEDBACK,
                            Theme.INCLUSION,
                            LocalizedText.of("Lausunnot", "Utlåtanden", "The responses"))
                    .getId();
            summaries.markOwnConclusion(id, statement, true, null);
            return summaries.publish(id, null, true);
        });

        assertEquals(
                List.of(AuditAction.ORGANISATION_VERIFICATION_WITHDRAWN, AuditAction.ORGANISATION_VERIFIED),
                actions(RecordKind.ORGANISATION, organisationId));
        assertEquals(
                List.of(
                        AuditAction.RESPONSE_REDACTED,
                        AuditAction.RESPONSE_HIDDEN,
                        AuditAction.RESPONSE_RECEIVED,
                        AuditAction.RESPONSE_ACCEPTED),
                actions(RecordKind.RESPONSE, response.getId()),
                "each moderation decision stays, not only the last moderated_by");
        assertEquals(
                List.of(
                        AuditAction.SUMMARY_PUBLISHED,
                        AuditAction.RESPONSES_EXPORTED,
                        AuditAction.RESPONSES_EXPORTED,
                        AuditAction.CONSULTATION_PUBLISHED,
                        AuditAction.CONSULTATION_UNPUBLISHED),
                actions(RecordKind.CONSULTATION, id).subList(0, 5));

        List<Line> response1 = lines(RecordKind.RESPONSE, response.getId());
        assertTrue(
                response1.stream().allMatch(l -> STAFF.equals(l.actor()) && now.equals(l.at())), response1::toString);
        assertEquals("Names a private person", response1.get(1).detail());
        List<Line> exports = lines(RecordKind.CONSULTATION, id).stream()
                .filter(l -> l.action() == AuditAction.RESPONSES_EXPORTED)
                .toList();
        assertEquals(
                List.of("XLSX, 1", "CSV, 1"), exports.stream().map(Line::detail).toList());
        assertEquals(
                now.plus(Duration.ofDays(4)),
                lines(RecordKind.CONSULTATION, id).get(0).at());
        assertEquals(
                "Audited ry",
                lines(RecordKind.ORGANISATION, organisationId).get(0).detail());
    }

    @Test
    void aRoleGrantedAndRevokedByAnAdministratorLeavesTwoRowsAndAFailedChangeNone() throws Exception {
        String rep = fixtures.representative("roles", "en");
        Account account = accounts.findByEmail(rep).orElseThrow();
        as(ADMIN, () -> accounts.setRole(account.getId(), Role.PANELIST, true, null, ADMIN));
        as(ADMIN, () -> accounts.setRole(account.getId(), Role.PANELIST, true, null, ADMIN));
        as(ADMIN, () -> accounts.setRole(account.getId(), Role.PANELIST, false, null, ADMIN));

        List<Line> rows = lines(RecordKind.ACCOUNT, account.getId());
        assertEquals(
                List.of(AuditAction.ROLE_REVOKED, AuditAction.ROLE_GRANTED),
                rows.stream().map(Line::action).toList(),
                "granting a role the account has already changes nothing");
        assertTrue(rows.stream()
                .allMatch(l -> ADMIN.equals(l.actor()) && l.detail().equals("PANELIST " + rep)));

        long before = as(ADMIN, () -> audit.count(Filter.NONE));
        Account onlyAdmin = accounts.findByEmail(ADMIN).orElseThrow();
        if (as(
                        ADMIN,
                        () -> accounts.all().stream()
                                .filter(a -> a.has(Role.ADMIN))
                                .count())
                == 1) {
            assertThrows(
                    Exception.class,
                    () -> as(ADMIN, () -> accounts.setRole(onlyAdmin.getId(), Role.ADMIN, false, null, ADMIN)));
            assertEquals(
                    before,
                    (long) as(ADMIN, () -> audit.count(Filter.NONE)),
                    "a refused change rolls back its audit row with it");
        }
    }

    @Test
    void onlyAdministratorsReadTheLogThroughTheBoundaryAndOnTheirPage() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Seen by admin ry", "en");
        long organisationId = fixtures.organisationOf(rep);
        as(STAFF, () -> organisations.verify(organisationId));

        for (String who : List.of(STAFF, rep, DemoLogins.PANELIST.email(), DemoLogins.APPLICANT.email())) {
            assertThrows(AccessDenied.class, () -> as(who, () -> audit.lines(Filter.NONE, 0, 10)), who);
            assertThrows(AccessDenied.class, () -> as(who, () -> audit.count(Filter.NONE)), who);
        }
        assertThrows(AccessDenied.class, () -> as(null, () -> audit.count(Filter.NONE)));

        String page = "/admin/audit.xhtml?kind=ORGANISATION&record=" + organisationId;
        PageClient staff = PageClient.english(base.toString());
        staff.login(STAFF, DemoLogins.PASSWORD);
        assertEquals(403, staff.get(page).status());
        PageClient anonymous = PageClient.english(base.toString());
        assertTrue(anonymous.get(page).isLoginPage());

        for (String[] language : new String[][] {
            {"en", "Organisation verified", "Audit log"},
            {"fi", "Organisaatio vahvistettu", "Tapahtumaloki"},
            {"sv", "Organisation verifierad", "Granskningslogg"}
        }) {
            PageClient admin = new PageClient(base.toString(), language[0]);
            admin.login(ADMIN, DemoLogins.PASSWORD);
            PageClient.Page shown = admin.get(page).assertOk();
            assertTrue(shown.contains(language[2]), shown.describe());
            String row = shown.document()
                    .getElementById("log:entries")
                    .select("tbody tr")
                    .text();
            assertTrue(
                    row.contains(language[1])
                            && row.contains(STAFF)
                            && row.contains("Seen by admin ry")
                            && row.contains(String.valueOf(organisationId)),
                    row);
        }
    }

    private List<Line> lines(RecordKind kind, long id) throws Exception {
        return as(ADMIN, () -> audit.lines(new Filter(null, kind, id, null), 0, 100));
    }

    private List<AuditAction> actions(RecordKind kind, long id) throws Exception {
        return lines(kind, id).stream().map(Line::action).toList();
    }
}
