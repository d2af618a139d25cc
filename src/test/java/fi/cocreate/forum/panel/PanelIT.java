package fi.cocreate.forum.panel;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.forum.control.DecisionReason;
import fi.cocreate.forum.control.SelectionStatus;
import fi.cocreate.forum.control.ViolationKind;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.panel.boundary.AssignedApplication;
import fi.cocreate.forum.panel.boundary.CandidateRow;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelResults;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.PanellistProgress;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.ReviewedApplication;
import fi.cocreate.forum.panel.boundary.ScoredApplication;
import fi.cocreate.forum.panel.boundary.SelectionRun;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.AssignmentPlanner;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.DecisionOutcome;
import fi.cocreate.forum.panel.entity.PanelDecision;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
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
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The selection panel's workflow on the real database and SMTP server: appointment, rubric, assignment, conflicts
 * of interest, independent scoring, aggregation, a selection run with diversity rules, confirmation and the decision
 * mails; and, as a browser, that the pages refuse what the boundaries refuse. Each test builds its own call and
 * accounts (the helpers below), so the tests run in any order; the page tests that need such data run in the
 * container and drive the pages over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class PanelIT {

    static final String BLIND_NAME = "Blanca Blindtest";
    static final String BLIND_CV = "Blanca-Blindtest-CV.pdf";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(PanelFixtures.class, Setup.class);
    }

    @Inject
    Panels panels;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    @Inject
    PanelResults results;

    @Inject
    Selections selections;

    @Inject
    fi.cocreate.forum.panel.boundary.RegionsOfOrigin regions;

    @Inject
    Accounts accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    /** Runs the work in one transaction and returns its result. */
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

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    /** A call with a two-criterion rubric, n applications, appointed panellists and a staff member. */
    private record Setup(
            long callId, String staff, List<String> panellists, List<Long> applications, List<Long> criteria) {}

    private Setup setup(String title, int applicationCount, int panellistCount, int reviewers) throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Map<String, Object> made = inTx(() -> {
            Map<String, Object> m = new HashMap<>();
            ForumCall call = f.call(title);
            m.put("call", call);
            m.put(
                    "apps",
                    f.applications(call, applicationCount).stream()
                            .map(ForumApplication::getId)
                            .toList());
            m.put("staff", f.staff().getEmail());
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < panellistCount; i++) {
                ps.add(f.panellist("p" + i).getEmail());
            }
            m.put("panellists", ps);
            return m;
        });
        TestClockProducer.CLOCK.reset();
        long callId = ((ForumCall) made.get("call")).getId();
        String staff = (String) made.get("staff");
        @SuppressWarnings("unchecked")
        List<String> ps = (List<String>) made.get("panellists");
        for (String p : ps) {
            acting(staff, () -> panels.appoint(callId, p));
        }
        acting(staff, () -> panels.configure(callId, reviewers, false, 1.0, 2.0));
        List<Long> criteria = new ArrayList<>();
        criteria.add(acting(
                        staff,
                        () -> panels.addCriterion(
                                callId,
                                LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise"),
                                2,
                                PanelFixtures.levels("E")))
                .getId());
        criteria.add(acting(
                        staff,
                        () -> panels.addCriterion(
                                callId,
                                LocalizedText.of("Motivaatio", "Motivation", "Motivation"),
                                1,
                                PanelFixtures.levels("M")))
                .getId());
        @SuppressWarnings("unchecked")
        List<Long> apps = (List<Long>) made.get("apps");
        return new Setup(callId, staff, ps, apps, criteria);
    }

    private Map<Long, Integer> all(Setup s, int value) {
        Map<Long, Integer> values = new HashMap<>();
        s.criteria().forEach(c -> values.put(c, value));
        return values;
    }

    private String assignee(Setup s, long application) {
        return acting(s.staff(), () -> assignments.assignments(s.callId())).stream()
                .filter(a -> a.isActive() && a.getApplicationId() == application)
                .map(a -> a.getMember().getAccount().getEmail())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRoleInterceptorRefusesCallersWithoutTheRoleBeforeTheMethodRuns() throws Exception {
        Setup s = setup("Role interceptor", 1, 1, 1);
        String panellist = s.panellists().get(0);
        int forumSize = acting(s.staff(), () -> panels.round(s.callId())).getForumSize();
        // Selections carries @RolesRequired on the class, PanelAssignments on the method, Panels on the class.
        AccessDenied notStaff = assertThrows(
                AccessDenied.class, () -> acting(panellist, () -> selections.setSizes(s.callId(), forumSize + 7, 3)));
        assertEquals("access.denied", notStaff.getMessageKey());
        assertEquals(
                "access.denied",
                assertThrows(AccessDenied.class, () -> acting(panellist, () -> assignments.progress(s.callId())))
                        .getMessageKey());
        AccessDenied anonymous = assertThrows(
                AccessDenied.class, () -> acting(null, () -> panels.configure(s.callId(), 3, true, 1.0, 2.0)));
        assertEquals("access.loginRequired", anonymous.getMessageKey());
        PanelRound round = em.find(PanelRound.class, s.callId());
        assertEquals(forumSize, round.getForumSize(), "the refused method did not run");
        assertEquals(1, round.getReviewersPerApplication(), "the anonymous configure did not run");
        assertEquals(
                forumSize + 7,
                acting(s.staff(), () -> selections.setSizes(s.callId(), forumSize + 7, 3))
                        .getForumSize(),
                "staff pass the same check");
    }

    @Test
    void staffAppointOnlyPanelistAccountsAndOnlyStaffMayAppoint() throws Exception {
        Setup s = setup("Appointments", 1, 1, 1);
        Account applicant = inTx(() -> new PanelFixtures(em, accounts)
                .account(TestAccounts.uniqueEmail("notpanel"), "Not Panel", Role.APPLICANT));
        assertEquals(
                "panel.member.notPanelist",
                refusal(() -> acting(s.staff(), () -> panels.appoint(s.callId(), applicant.getEmail()))));
        assertEquals(
                "panel.member.already",
                refusal(() -> acting(
                        s.staff(),
                        () -> panels.appoint(s.callId(), s.panellists().get(0)))));
        assertEquals(
                "access.denied",
                refusal(() -> acting(
                        s.panellists().get(0),
                        () -> panels.appoint(s.callId(), s.panellists().get(0)))));
        assertEquals("access.denied", refusal(() -> acting(s.panellists().get(0), () -> panels.members(s.callId()))));
        List<PanelMember> members = acting(s.staff(), () -> panels.members(s.callId()));
        assertEquals(
                List.of(s.panellists().get(0)),
                members.stream().map(m -> m.getAccount().getEmail()).toList());
        List<RubricCriterion> rubric = acting(s.staff(), () -> panels.rubric(s.callId()));
        assertEquals(2, rubric.size());
        assertEquals("E niv\u00e5 3", rubric.get(0).getLevels().get(2).getText().getSv());
    }

    @Test
    void automaticAssignmentCoversEveryApplicationWithBalancedLoadAndStaffCanOverride() throws Exception {
        Setup s = setup("Assignment", 7, 3, 2);
        AssignmentPlanner.Plan plan = acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        assertEquals(14, plan.added().size());
        assertTrue(plan.shortfall().isEmpty());
        List<PanellistProgress> progress = acting(s.staff(), () -> assignments.progress(s.callId()));
        assertEquals(
                List.of(4, 5, 5),
                progress.stream().map(PanellistProgress::assigned).sorted().toList());

        Assignment removed =
                acting(s.staff(), () -> assignments.assignments(s.callId())).get(0);
        acting(s.staff(), () -> assignments.remove(removed.getId()));
        assertEquals(
                0,
                acting(s.staff(), () -> assignments.assignAutomatically(s.callId()))
                        .shortfall()
                        .size());
        List<Assignment> after = acting(s.staff(), () -> assignments.assignments(s.callId()));
        assertTrue(
                after.stream().anyMatch(a -> a.getId().equals(removed.getId()) && a.isRemoved()),
                "a removed assignment stays removed");
        assertEquals(
                2,
                after.stream()
                        .filter(a -> a.isActive() && a.getApplicationId().equals(removed.getApplicationId()))
                        .count(),
                "coverage restored by another");

        acting(
                s.staff(),
                () -> assignments.add(
                        removed.getApplicationId(), removed.getMember().getId()));
        assertEquals(
                3,
                acting(s.staff(), () -> assignments.assignments(s.callId())).stream()
                        .filter(a -> a.isActive() && a.getApplicationId().equals(removed.getApplicationId()))
                        .count(),
                "staff may add beyond N");
        assertEquals(
                "access.denied",
                refusal(() -> acting(s.panellists().get(0), () -> assignments.assignAutomatically(s.callId()))));
    }

    @Test
    void conflictOfInterestHidesTheApplicationOnTheServerAndReassignsIt() throws Exception {
        Setup s = setup("Conflict", 2, 3, 2);
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        long app = s.applications().get(0);
        String conflicted = assignee(s, app);
        assertNotNull(acting(conflicted, () -> reviews.open(app)));
        acting(conflicted, () -> reviews.saveDraft(app, Map.of(s.criteria().get(0), 4), "draft"));

        acting(conflicted, () -> reviews.declareConflict(app, "She is my sister-in-law."));

        assertEquals("panel.access.conflict", refusal(() -> acting(conflicted, () -> reviews.open(app))));
        assertEquals(
                "panel.access.conflict", refusal(() -> acting(conflicted, () -> reviews.submit(app, all(s, 5), null))));
        assertEquals("panel.access.conflict", refusal(() -> acting(conflicted, () -> reviews.rubric(app))));
        assertEquals("panel.access.conflict", refusal(() -> acting(conflicted, () -> reviews.othersScores(app))));
        assertEquals(
                "panel.conflict.already", refusal(() -> acting(conflicted, () -> reviews.declareConflict(app, null))));
        assertTrue(
                acting(conflicted, () -> reviews.myApplications(s.callId())).stream()
                        .noneMatch(a -> a.applicationId() == app),
                "not listed any more");
        List<Assignment> active = acting(s.staff(), () -> assignments.assignments(s.callId())).stream()
                .filter(a -> a.isActive() && a.getApplicationId() == app)
                .toList();
        assertEquals(2, active.size(), "reassigned to keep coverage");
        assertTrue(active.stream()
                .noneMatch(a -> a.getMember().getAccount().getEmail().equals(conflicted)));
        assertEquals(
                "panel.assignment.conflict",
                refusal(() -> acting(
                        s.staff(),
                        () -> assignments.add(
                                app,
                                acting(s.staff(), () -> panels.members(s.callId())).stream()
                                        .filter(m -> m.getAccount().getEmail().equals(conflicted))
                                        .findFirst()
                                        .orElseThrow()
                                        .getId()))));
        assertEquals(
                1,
                acting(s.staff(), () -> assignments.progress(s.callId())).stream()
                        .mapToInt(PanellistProgress::conflicts)
                        .sum());
    }

    @Test
    void scoringIsIndependentAndOnlyForAppointedAssignedPanellists() throws Exception {
        Setup s = setup("Independent", 1, 2, 2);
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        long app = s.applications().get(0);
        String first = s.panellists().get(0);
        String second = s.panellists().get(1);
        String outsider =
                inTx(() -> new PanelFixtures(em, accounts).panellist("outsider").getEmail());

        assertEquals("panel.access.notAppointed", refusal(() -> acting(outsider, () -> reviews.open(app))));
        assertEquals(
                "panel.access.notAppointed",
                refusal(() -> acting(outsider, () -> reviews.submit(app, all(s, 3), null))));
        assertEquals("panel.access.notAppointed", refusal(() -> acting(outsider, () -> reviews.othersScores(app))));
        assertEquals(
                "panel.access.notAppointed", refusal(() -> acting(outsider, () -> reviews.myApplications(s.callId()))));
        assertEquals("access.denied", refusal(() -> acting(s.staff(), () -> reviews.open(app))));

        assertEquals(
                "panel.score.incomplete",
                refusal(() -> acting(
                        first, () -> reviews.submit(app, Map.of(s.criteria().get(0), 3), null))));
        acting(first, () -> reviews.submit(app, all(s, 5), "Strong."));
        acting(second, () -> reviews.saveDraft(app, Map.of(s.criteria().get(0), 1), "not yet"));

        assertEquals("panel.score.submitFirst", refusal(() -> acting(second, () -> reviews.othersScores(app))));
        assertEquals("panel.score.submitFirst", refusal(() -> acting(second, () -> reviews.discussion(app))));
        assertEquals("panel.score.submitFirst", refusal(() -> acting(second, () -> reviews.post(app, "I think..."))));
        assertTrue(acting(first, () -> reviews.othersScores(app)).isEmpty(), "a draft is never shown to others");
        acting(first, () -> reviews.post(app, "What do you think about the networks?"));

        acting(second, () -> reviews.submit(app, all(s, 2), "Weak."));
        assertEquals(
                "panel.score.alreadySubmitted",
                refusal(() -> acting(second, () -> reviews.submit(app, all(s, 5), null))));
        assertEquals(
                List.of("Strong."),
                acting(second, () -> reviews.othersScores(app)).stream()
                        .map(x -> x.getComment())
                        .toList());
        assertEquals(1, acting(second, () -> reviews.discussion(app)).size());
        assertEquals(2, acting(s.staff(), () -> reviews.othersScores(app)).size(), "staff see every submitted score");
        List<AssignedApplication> mine = acting(first, () -> reviews.myApplications(s.callId()));
        assertEquals("SUBMITTED", mine.get(0).state());
        acting(first, () -> reviews.open(app));
        long views = em.createQuery(
                        "select count(v) from ApplicationView v where v.applicationId = :a " + "and v.viewerEmail = :e",
                        Long.class)
                .setParameter("a", app)
                .setParameter("e", first)
                .getSingleResult();
        assertTrue(views >= 1, "the panellist's view is in the audit");
        assertEquals(
                1,
                acting(s.staff(), () -> assignments.progress(s.callId())).stream()
                        .filter(p -> p.email().equals(first))
                        .findFirst()
                        .orElseThrow()
                        .submitted());
    }

    @Test
    void aggregationSelectionWithRulesConfirmationAndDecisionMails() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Setup s = setup("Selection", 0, 3, 3);
        String[] emails = {
            TestAccounts.uniqueEmail("sel-a"),
            TestAccounts.uniqueEmail("sel-b"),
            TestAccounts.uniqueEmail("sel-c"),
            TestAccounts.uniqueEmail("sel-d"),
            TestAccounts.uniqueEmail("sel-e")
        };
        List<Long> apps = inTx(() -> {
            ForumCall call = em.find(ForumCall.class, s.callId());
            List<Long> ids = List.of(
                            f.apply(
                                    call,
                                    "Ana Best",
                                    emails[0],
                                    "sv",
                                    Gender.WOMAN,
                                    1980,
                                    "SY",
                                    "SE",
                                    ExpertiseArea.EDUCATION),
                            f.apply(
                                    call,
                                    "Ben Second",
                                    emails[1],
                                    "fi",
                                    Gender.MAN,
                                    1975,
                                    "IQ",
                                    "FI",
                                    ExpertiseArea.HEALTH_AND_SOCIAL_SERVICES),
                            f.apply(
                                    call,
                                    "Cy Third",
                                    emails[2],
                                    "en",
                                    Gender.MAN,
                                    1990,
                                    "AF",
                                    "FI",
                                    ExpertiseArea.LABOUR_MARKET),
                            f.apply(
                                    call,
                                    "Dana Iceland",
                                    emails[3],
                                    "en",
                                    Gender.WOMAN,
                                    1995,
                                    "SO",
                                    "IS",
                                    ExpertiseArea.EQUALITY),
                            f.apply(
                                    call,
                                    "Eli Fifth",
                                    emails[4],
                                    "fi",
                                    Gender.NON_BINARY,
                                    1960,
                                    "CL",
                                    "NO",
                                    ExpertiseArea.DEMOCRACY))
                    .stream()
                    .map(ForumApplication::getId)
                    .toList();
            return ids;
        });
        TestClockProducer.CLOCK.reset();
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        int[] scores = {5, 4, 4, 2, 1};
        for (int i = 0; i < apps.size(); i++) {
            for (String p : s.panellists()) {
                int value = i != 2 ? scores[i] : p.equals(s.panellists().get(0)) ? 1 : 5;
                long app = apps.get(i);
                acting(p, () -> reviews.submit(app, all(s, value), null));
            }
        }

        List<ScoredApplication> aggregated = acting(s.staff(), () -> results.aggregate(s.callId()));
        assertEquals(apps.get(0), aggregated.get(0).applicationId());
        assertEquals(5.0, aggregated.get(0).score().rawMean(), 1e-9);
        ScoredApplication contested = aggregated.stream()
                .filter(r -> r.applicationId() == apps.get(2))
                .findFirst()
                .orElseThrow();
        assertTrue(contested.score().disagreement(), "1 against 5 and 5 is flagged for discussion");
        assertEquals(4.0, contested.score().range(), 1e-9);
        assertFalse(aggregated.get(0).score().disagreement());
        assertEquals(
                "access.denied", refusal(() -> acting(s.panellists().get(0), () -> results.aggregate(s.callId()))));

        acting(s.staff(), () -> selections.setSizes(s.callId(), 2, 1));
        acting(s.staff(), () -> selections.setRule(s.callId(), SelectionDimension.HOME_COUNTRY, "IS", 1, null));
        acting(s.staff(), () -> selections.setRule(s.callId(), SelectionDimension.GENDER, "NON_BINARY", 2, null));
        SelectionRun impossible = acting(s.staff(), () -> selections.run(s.callId()));
        assertEquals(SelectionStatus.INFEASIBLE, impossible.result().status());
        assertEquals(
                ViolationKind.MINIMUM_NOT_MET,
                impossible.result().violations().get(0).kind());
        assertEquals(
                "gender=NON_BINARY",
                impossible.result().violations().get(0).rule().key());
        assertEquals(1, impossible.result().violations().get(0).amount());
        assertEquals(
                "panel.selection.notOptimal", refusal(() -> acting(s.staff(), () -> selections.confirm(s.callId()))));

        acting(s.staff(), () -> selections.rules(s.callId())).stream()
                .filter(r -> r.getDimension() == SelectionDimension.GENDER)
                .forEach(r -> acting(s.staff(), () -> selections.removeRule(r.getId())));
        acting(s.staff(), () -> selections.lock(apps.get(2), false));
        long solverRuns = metrics.timer(OperationalMetrics.SOLVER_TIME).getCount();
        SelectionRun run = acting(s.staff(), () -> selections.run(s.callId()));
        assertEquals(
                solverRuns + 1,
                metrics.timer(OperationalMetrics.SOLVER_TIME).getCount(),
                "the run is timed at /metrics (cocreate_solver_time_seconds)");
        assertEquals(SelectionStatus.OPTIMAL, run.result().status());
        assertEquals(
                List.of(String.valueOf(apps.get(0)), String.valueOf(apps.get(3))),
                run.result().selectedIds());
        assertEquals(
                List.of(String.valueOf(apps.get(0)), String.valueOf(apps.get(1))),
                run.result().scoreOnlyIds());
        CandidateRow iceland = row(run, apps.get(3));
        assertEquals(DecisionReason.IN_REQUIRED_BY_RULE, iceland.decision().reason());
        assertFalse(iceland.inTopK());
        CandidateRow displaced = row(run, apps.get(1));
        assertEquals(DecisionReason.OUT_DISPLACED_BY_RULE, displaced.decision().reason());
        assertEquals(1, displaced.waitingPosition());
        CandidateRow locked = row(run, apps.get(2));
        assertEquals(DecisionReason.OUT_LOCKED, locked.decision().reason());
        assertEquals(Boolean.FALSE, locked.lock());
        assertEquals(0, row(run, apps.get(4)).waitingPosition(), "the waiting list holds one");
        assertEquals(
                2,
                run.composition(SelectionDimension.HOME_COUNTRY).stream()
                        .filter(c -> c.value().equals("FI"))
                        .findFirst()
                        .orElseThrow()
                        .pool());

        MailSinkClient sink = MailSinkClient.forTests();
        TestClockProducer.CLOCK.set(PanelFixtures.AFTER);
        try {
            acting(s.staff(), () -> selections.confirm(s.callId()));
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        List<PanelDecision> decisions = acting(s.staff(), () -> selections.decisions(s.callId()));
        assertEquals(5, decisions.size());
        assertEquals(
                2,
                decisions.stream()
                        .filter(d -> d.getOutcome() == DecisionOutcome.SELECTED)
                        .count());
        em.clear();
        assertEquals(
                ApplicationStatus.SELECTED,
                em.find(ForumApplication.class, apps.get(0)).getStatus());
        assertEquals(
                ApplicationStatus.WAITING_LIST,
                em.find(ForumApplication.class, apps.get(1)).getStatus());
        assertEquals(
                ApplicationStatus.NOT_SELECTED,
                em.find(ForumApplication.class, apps.get(2)).getStatus());
        assertEquals(
                ApplicationStatus.SELECTED,
                em.find(ForumApplication.class, apps.get(3)).getStatus());
        assertEquals(
                ApplicationStatus.NOT_SELECTED,
                em.find(ForumApplication.class, apps.get(4)).getStatus());
        assertEquals("panel.round.confirmed", refusal(() -> acting(s.staff(), () -> selections.confirm(s.callId()))));
        assertEquals(
                "panel.round.confirmed", refusal(() -> acting(s.staff(), () -> selections.lock(apps.get(1), null))));

        acting(s.panellists().get(0), () -> reviews.myApplications(s.callId()));
        List<String> audited = em.createQuery(
                        "select e from fi.cocreate.audit.entity.AuditEntry e where "
                                + "e.recordKind = :kind and e.recordId = :call order by e.id",
                        fi.cocreate.audit.entity.AuditEntry.class)
                .setParameter("kind", fi.cocreate.audit.entity.AuditAction.RecordKind.CALL)
                .setParameter("call", s.callId())
                .getResultStream()
                .map(e -> e.getAction() + " " + e.getActorEmail() + " " + e.getDetail())
                .toList();
        assertEquals(
                List.of(
                        "PANEL_RESULTS_VIEWED " + s.staff() + " 5",
                        "SELECTION_RUN " + s.staff() + " INFEASIBLE, 5",
                        "SELECTION_RUN " + s.staff() + " OPTIMAL, 5",
                        "SELECTION_CONFIRMED " + s.staff() + " 2",
                        "PANELLIST_LIST_VIEWED " + s.panellists().get(0) + " null"),
                audited,
                "each look at the applicants' names and each run and confirmation, once; refusals leave no row");

        MimeMessage selected =
                sink.awaitMails(emails[0], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Du har valts till expertforumet", selected.getSubject());
        assertEquals("sv", selected.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(selected).contains("Ana Best"));
        MimeMessage waiting =
                sink.awaitMails(emails[1], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Olet asiantuntijafoorumin varalistalla", waiting.getSubject());
        assertEquals("fi", waiting.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(waiting).contains("sijalla 1"), MailSinkClient.text(waiting));
        MimeMessage lockedOut =
                sink.awaitMails(emails[2], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Decision on your application to the expert forum", lockedOut.getSubject());
        assertEquals(
                "P\u00e4\u00e4t\u00f6s hakemuksestasi asiantuntijafoorumiin",
                sink.awaitMails(emails[4], 1, Duration.ofSeconds(30)).get(0).getSubject());
        assertEquals(
                "You have been selected to the expert forum",
                sink.awaitMails(emails[3], 1, Duration.ofSeconds(30)).get(0).getSubject());
        assertEquals(1, sink.to(emails[0]).size(), "one decision mail each");
    }

    @Test
    void labelsSayWhatTheRunDecidedLockedInBeyondTheForumSizeAndInfeasibleRunsIncluded() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Setup s = setup("Labels", 0, 1, 1);
        List<Long> apps = inTx(() -> {
            ForumCall call = em.find(ForumCall.class, s.callId());
            return List.of(
                            f.apply(
                                    call,
                                    "Top Score",
                                    TestAccounts.uniqueEmail("lab-a"),
                                    "en",
                                    Gender.WOMAN,
                                    1980,
                                    "SY",
                                    "SE",
                                    ExpertiseArea.EDUCATION),
                            f.apply(
                                    call,
                                    "Middle Score",
                                    TestAccounts.uniqueEmail("lab-b"),
                                    "en",
                                    Gender.MAN,
                                    1975,
                                    "IQ",
                                    "FI",
                                    ExpertiseArea.HEALTH_AND_SOCIAL_SERVICES),
                            f.apply(
                                    call,
                                    "Low Score",
                                    TestAccounts.uniqueEmail("lab-c"),
                                    "en",
                                    Gender.MAN,
                                    1990,
                                    "AF",
                                    "FI",
                                    ExpertiseArea.LABOUR_MARKET))
                    .stream()
                    .map(ForumApplication::getId)
                    .toList();
        });
        TestClockProducer.CLOCK.reset();
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        int[] scores = {5, 3, 1};
        for (int i = 0; i < apps.size(); i++) {
            long app = apps.get(i);
            int value = scores[i];
            acting(s.panellists().get(0), () -> reviews.submit(app, all(s, value), null));
        }
        acting(s.staff(), () -> selections.setSizes(s.callId(), 1, 0));
        acting(s.staff(), () -> selections.lock(apps.get(2), true));

        SelectionRun run = acting(s.staff(), () -> selections.run(s.callId()));
        CandidateRow lockedIn = row(run, apps.get(2));
        assertEquals("SELECTED", run.outcome(lockedIn));
        assertEquals(3, lockedIn.rank());
        assertFalse(run.withinTopK(lockedIn), "rank 3 of a forum of 1 is not among the top k by score");
        CandidateRow best = row(run, apps.get(0));
        assertEquals("NOT_SELECTED", run.outcome(best));
        assertTrue(run.withinTopK(best));

        acting(s.staff(), () -> selections.lock(apps.get(2), null));
        acting(s.staff(), () -> selections.setRule(s.callId(), SelectionDimension.GENDER, "NON_BINARY", 1, null));
        SelectionRun infeasible = acting(s.staff(), () -> selections.run(s.callId()));
        assertEquals(SelectionStatus.INFEASIBLE, infeasible.result().status());
        assertTrue(
                infeasible.candidates().stream().allMatch(c -> "NO_PROPOSAL".equals(infeasible.outcome(c))),
                "no row claims a decision");
        assertEquals(1, row(infeasible, apps.get(0)).rank());
        assertEquals(2, row(infeasible, apps.get(1)).rank());
        assertEquals(3, row(infeasible, apps.get(2)).rank());
        assertTrue(infeasible.withinTopK(row(infeasible, apps.get(0))));
        assertFalse(infeasible.withinTopK(row(infeasible, apps.get(1))));
    }

    @Test
    void aRuleValueOutsideItsDimensionIsRefusedByTheServer() throws Exception {
        Setup s = setup("Rule values", 0, 1, 1);
        assertEquals(
                "panel.rule.valueUnknown",
                refusal(() -> acting(
                        s.staff(),
                        () -> selections.setRule(s.callId(), SelectionDimension.GENDER, "DISCRIMINATION", 1, null))));
        assertEquals(
                "panel.rule.valueUnknown",
                refusal(() -> acting(
                        s.staff(),
                        () -> selections.setRule(s.callId(), SelectionDimension.HOME_COUNTRY, "US", 1, null))));
        assertTrue(acting(s.staff(), () -> selections.rules(s.callId())).isEmpty(), "nothing stored");
        acting(s.staff(), () -> selections.setRule(s.callId(), SelectionDimension.HOME_COUNTRY, "IS", 1, null));
        assertEquals(1, acting(s.staff(), () -> selections.rules(s.callId())).size());
    }

    @Test
    void aPanellistOpensTheCvOfAnAssignedApplicationAndEachViewIsAudited() throws Exception {
        Setup s = setup("CV views", 1, 2, 1);
        long app = s.applications().get(0);
        byte[] pdf = "%PDF-1.4\n% panel CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        inTx(() -> {
            ForumApplication application = em.find(ForumApplication.class, app);
            em.persist(new fi.cocreate.forum.entity.ApplicationCv(application, "cv.pdf", pdf, PanelFixtures.DURING));
            application.recordCv("cv.pdf", pdf.length, PanelFixtures.DURING);
            return null;
        });
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        String reviewer = assignee(s, app);
        String other = s.panellists().stream()
                .filter(p -> !p.equals(reviewer))
                .findFirst()
                .orElseThrow();

        assertArrayEquals(pdf, acting(reviewer, () -> reviews.cv(app)).getContent());
        acting(reviewer, () -> reviews.cv(app));
        assertEquals(
                2L,
                em.createQuery(
                                "select count(v) from ApplicationView v where v.applicationId = :a "
                                        + "and v.purpose = fi.cocreate.forum.entity.ViewPurpose.CV",
                                Long.class)
                        .setParameter("a", app)
                        .getSingleResult(),
                "each view of the CV is recorded");
        assertEquals("panel.access.notAssigned", refusal(() -> acting(other, () -> reviews.cv(app))));
        acting(reviewer, () -> reviews.declareConflict(app, "A former colleague."));
        assertEquals("panel.access.conflict", refusal(() -> acting(reviewer, () -> reviews.cv(app))));
    }

    private static CandidateRow row(SelectionRun run, long applicationId) {
        return run.candidates().stream()
                .filter(c -> c.applicationId() == applicationId)
                .findFirst()
                .orElseThrow();
    }

    /** The accounts of a page test: a panellist assigned to both applications of a call, and one outside it. */
    private record PageScenario(String panellist, String outsider) {}

    /** A call with two applications, both assigned to one appointed panellist; and a panellist outside the panel. */
    private PageScenario pageScenario() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        String panellist = TestAccounts.uniqueEmail("panel-it-pages");
        String outsider = TestAccounts.uniqueEmail("panel-it-outsider");
        Map<String, Object> made = inTx(() -> {
            Map<String, Object> m = new HashMap<>();
            ForumCall call = f.call("Page scenario");
            m.put("call", call.getId());
            f.apply(
                    call,
                    "Paula Pagetest",
                    TestAccounts.uniqueEmail("page-a"),
                    "en",
                    Gender.WOMAN,
                    1980,
                    "SY",
                    "FI",
                    ExpertiseArea.EDUCATION);
            f.apply(
                    call,
                    "Quentin Pagetest",
                    TestAccounts.uniqueEmail("page-b"),
                    "en",
                    Gender.MAN,
                    1970,
                    "IR",
                    "SE",
                    ExpertiseArea.EQUALITY);
            f.account(panellist, "Page Panellist", Role.PANELIST);
            f.account(outsider, "Page Outsider", Role.PANELIST);
            m.put("staff", f.staff().getEmail());
            return m;
        });
        TestClockProducer.CLOCK.reset();
        long callId = (Long) made.get("call");
        String staff = (String) made.get("staff");
        acting(staff, () -> panels.appoint(callId, panellist));
        acting(staff, () -> panels.configure(callId, 1, true, 1.0, 2.0));
        acting(
                staff,
                () -> panels.addCriterion(
                        callId,
                        LocalizedText.of("Verkostot", "N\u00e4tverk", "Networks and reach"),
                        1,
                        PanelFixtures.levels("N")));
        assertEquals(
                2,
                acting(staff, () -> assignments.assignAutomatically(callId))
                        .added()
                        .size());
        return new PageScenario(panellist, outsider);
    }

    private static final Pattern REVIEW_LINK = Pattern.compile("review\\.xhtml\\?application=(\\d+)");

    @Test
    void pagesRefuseConflictedAndOutsidePanellistsToo() throws Exception {
        PageScenario scenario = pageScenario();
        String root = base.toString();
        PageClient panellist = PageClient.english(root);
        panellist.login(scenario.panellist(), PanelFixtures.PASSWORD);
        PageClient.Page index = panellist.get("/forum/panel/index.xhtml").assertOk();
        Matcher links = REVIEW_LINK.matcher(index.body());
        List<String> ids = new ArrayList<>();
        while (links.find()) {
            if (!ids.contains(links.group(1))) {
                ids.add(links.group(1));
            }
        }
        assertEquals(2, ids.size(), index.body());
        String first = "/forum/panel/review.xhtml?application=" + ids.get(0);
        String second = "/forum/panel/review.xhtml?application=" + ids.get(1);
        PageClient.Page review = panellist.get(first).assertOk();
        assertTrue(review.contains("Pagetest"), "the application is shown");
        assertTrue(review.contains("Networks and reach"), "the rubric is shown");

        PageClient.Page declared = review.form("conflict")
                .set("reason", "We work in the same association.")
                .press("declare")
                .assertOk();
        assertTrue(declared.uri().getPath().endsWith("/forum/panel/index.xhtml"), declared.describe());
        assertTrue(
                declared.contains("Your conflict of interest was recorded. The application is no longer shown to you."),
                declared.describe());
        assertFalse(declared.body().contains("application=" + ids.get(0)), "the list no longer offers it");
        assertEquals(403, panellist.get(first).status(), "conflicted application refused");
        assertFalse(panellist.get("/forum/panel/index.xhtml").assertOk().body().contains("application=" + ids.get(0)));
        panellist.get(second).assertOk();

        PageClient outsider = PageClient.english(root);
        outsider.login(scenario.outsider(), PanelFixtures.PASSWORD);
        assertEquals(403, outsider.get(second).status(), "a panellist not appointed to the call is refused");
    }

    /** The staff pages render with the demo data, and a selection run shows the group, charts and reasons. */
    @Test
    @RunAsClient
    void staffPagesShowTheDemoPanelAndASelectionRun() {
        PageClient staff = PageClient.english(base.toString());
        staff.login(
                fi.cocreate.identity.control.DemoLogins.STAFF.email(),
                fi.cocreate.identity.control.DemoLogins.PASSWORD);
        PageClient.Page index = staff.get("/forum/staff/panel/index.xhtml").assertOk();
        Matcher demo = Pattern.compile("call\\.xhtml\\?call=(\\d+)\">Nordic forum for experts with migrant background<")
                .matcher(index.body());
        assertTrue(demo.find(), index.body());
        String call = demo.group(1);
        PageClient.Page setup =
                staff.get("/forum/staff/panel/call.xhtml?call=" + call).assertOk();
        assertTrue(setup.contains("Conflicts of interest"), setup.describe());
        assertTrue(staff.get("/forum/staff/panel/rubric.xhtml?call=" + call)
                .assertOk()
                .contains("Networks and reach"));
        staff.get("/forum/staff/panel/assignments.xhtml?call=" + call).assertOk();
        PageClient.Page scores =
                staff.get("/forum/staff/panel/results.xhtml?call=" + call).assertOk();
        assertTrue(scores.contains("Applications flagged for discussion:"), scores.describe());
        Matcher discussion =
                Pattern.compile("discussion\\.xhtml\\?application=(\\d+)").matcher(scores.body());
        assertTrue(discussion.find(), scores.body());
        staff.get("/forum/staff/panel/discussion.xhtml?application=" + discussion.group(1))
                .assertOk();
        PageClient.Page run = staff.get("/forum/staff/panel/selection.xhtml?call=" + call)
                .assertOk()
                .form("run")
                .press("run")
                .assertOk();
        assertTrue(run.contains("Candidates and why they are in or out"), run.describe());
        assertTrue(run.contains("Proven optimal"), run.describe());
        assertTrue(run.contains("Applicant pool"), "composition table and chart");

        PageClient panellist = PageClient.english(base.toString());
        panellist.login(
                fi.cocreate.identity.control.DemoLogins.PANELIST.email(),
                fi.cocreate.identity.control.DemoLogins.PASSWORD);
        PageClient.Page home = panellist.get("/forum/panel/index.xhtml").assertOk();
        Matcher review = REVIEW_LINK.matcher(home.body());
        assertTrue(review.find(), home.body());
        PageClient.Page page = panellist
                .get("/forum/panel/review.xhtml?application=" + review.group(1))
                .assertOk();
        assertTrue(page.contains("Relevance of expertise"), page.describe());
        assertEquals(403, panellist.get("/forum/staff/panel/index.xhtml").status(), "panel members are not staff");
    }

    // ---- blind review

    /** A blind call of one test, with its own staff member, panellist and applicant. */
    private record BlindScenario(long callId, long application, String staff, String panellist, String applicant) {}

    /** A blind call: one application by Blanca Blindtest (with a CV) assigned to one panellist; nobody has scored. */
    private BlindScenario blindScenario() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        String staff = TestAccounts.uniqueEmail("panel-it-blind-staff");
        String panellist = TestAccounts.uniqueEmail("panel-it-blind");
        String applicant = TestAccounts.uniqueEmail("blanca.blindtest");
        Map<String, Object> made = inTx(() -> {
            Map<String, Object> m = new HashMap<>();
            ForumCall call = f.call("Blind scenario");
            ForumApplication application =
                    f.apply(call, BLIND_NAME, applicant, "en", Gender.WOMAN, 1979, "SY", "IS", ExpertiseArea.EDUCATION);
            // the applicant's own free text is theirs to word; here it does not name them
            em.createNativeQuery("UPDATE forum_application SET motivation = ? WHERE id = ?")
                    .setParameter(1, "I want to build bridges between schools and families.")
                    .setParameter(2, application.getId())
                    .executeUpdate();
            byte[] pdf = "%PDF-1.4\n% blind CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            em.persist(new fi.cocreate.forum.entity.ApplicationCv(application, BLIND_CV, pdf, PanelFixtures.DURING));
            application.recordCv(BLIND_CV, pdf.length, PanelFixtures.DURING);
            f.account(panellist, "Blind Panellist", Role.PANELIST);
            f.account(staff, "Blind Staff", Role.STAFF);
            m.put("call", call.getId());
            m.put("app", application.getId());
            return m;
        });
        TestClockProducer.CLOCK.reset();
        long callId = (Long) made.get("call");
        long app = (Long) made.get("app");
        acting(staff, () -> panels.appoint(callId, panellist));
        acting(staff, () -> panels.configure(callId, 1, false, 1.0, 2.0));
        acting(
                staff,
                () -> panels.addCriterion(
                        callId,
                        LocalizedText.of("Verkostot", "N\u00e4tverk", "Networks and reach"),
                        1,
                        PanelFixtures.levels("N")));
        acting(staff, () -> assignments.assignAutomatically(callId));
        acting(staff, () -> panels.setBlind(callId, true));
        return new BlindScenario(callId, app, staff, panellist, applicant);
    }

    /** The panellist of a blind call gets an object without identity or diversity values, and no CV. */
    @Test
    void aPanellistOfABlindCallGetsNoIdentityOrDiversityValuesFromTheBoundary() throws Exception {
        BlindScenario s = blindScenario();
        long app = s.application();
        long callId = s.callId();
        ReviewedApplication seen = acting(s.panellist(), () -> reviews.open(app));
        assertTrue(seen.hidden());
        assertEquals(
                java.util.Arrays.asList(null, null, null, null, null, null, null),
                java.util.Arrays.asList(
                        seen.fullName(),
                        seen.yearOfBirth(),
                        seen.gender(),
                        seen.countryOfOrigin(),
                        seen.newHomeCountry(),
                        seen.yearOfArrival(),
                        seen.organisation()),
                "the panellist's object has no identity or diversity value");
        assertFalse(seen.cvAvailable());
        assertEquals("panel.blind.cvHidden", refusal(() -> acting(s.panellist(), () -> reviews.cv(app))));
        assertEquals(
                java.util.Collections.singletonList(null),
                acting(s.panellist(), () -> reviews.myApplications(callId)).stream()
                        .map(AssignedApplication::applicantName)
                        .toList());
    }

    /** The HTML a panellist of a blind call gets holds none of the applicant's values, until staff reveal them. */
    @Test
    void aPanellistOfABlindCallGetsNoNameContactOrDiversityValuesUntilStaffReveal() throws Exception {
        BlindScenario s = blindScenario();
        String[] traces = {BLIND_NAME, "Blindtest", s.applicant(), "1979", "Syria", "Iceland", BLIND_CV};
        String root = base.toString();
        PageClient staff = PageClient.english(root);
        staff.login(s.staff(), PanelFixtures.PASSWORD);
        assertTrue(
                staff.get("/forum/staff/panel/index.xhtml")
                        .assertOk()
                        .body()
                        .contains("call.xhtml?call=" + s.callId() + "\">Blind scenario<"),
                "the blind call is listed for staff");
        String setup = "/forum/staff/panel/call.xhtml?call=" + s.callId();
        org.jsoup.nodes.Element reveal = staff.get(setup).assertOk().document().getElementById("blindReview:reveal");
        assertNotNull(reveal, "the set-up page offers to reveal the applicants");
        assertEquals("Reveal the applicants to the panel", reveal.val());

        PageClient panellist = PageClient.english(root);
        panellist.login(s.panellist(), PanelFixtures.PASSWORD);
        PageClient.Page index = panellist.get("/forum/panel/index.xhtml").assertOk();
        Matcher link = REVIEW_LINK.matcher(index.body());
        assertTrue(link.find(), index.body());
        String review = "/forum/panel/review.xhtml?application=" + link.group(1);
        PageClient.Page blind = panellist.get(review).assertOk();
        for (String trace : traces) {
            // as a word: the panellist's own address in the page header is made of digits too
            Pattern word = Pattern.compile("(?<![\\w.-])" + Pattern.quote(trace) + "(?![\\w-])");
            assertFalse(word.matcher(index.body()).find(), "the list shows " + trace);
            assertFalse(word.matcher(blind.body()).find(), "the review page shows " + trace);
        }
        assertTrue(index.body().contains("Blind application"), index.body());
        assertTrue(blind.body().contains("bridges between schools and families"), "the application itself is shown");
        assertTrue(blind.body().contains("The CV is shown once staff reveal the applicants"), blind.body());
        assertFalse(blind.body().contains("Open the CV (PDF)"));

        PageClient.Page revealed =
                staff.get(setup).assertOk().form("blindReview").press("reveal").assertOk();
        assertTrue(revealed.body().contains("The applicants were revealed to the panel."), revealed.body());
        assertTrue(revealed.body().contains("Applicants revealed to the panel"), "when and by whom is shown");

        PageClient.Page open = panellist.get(review).assertOk();
        for (String trace : new String[] {BLIND_NAME, "1979", "Syria", "Iceland"}) {
            assertTrue(open.body().contains(trace), "after the reveal the review page shows " + trace);
        }
        assertTrue(open.body().contains("Open the CV (PDF)"));
        assertTrue(panellist.get("/forum/panel/index.xhtml").assertOk().body().contains(BLIND_NAME));
    }

    /** Blind review locks once scoring starts or the applicants are revealed, and every change is audited. */
    @Test
    void blindReviewLocksOnceScoringStartsAndEachChangeIsAudited() throws Exception {
        Setup s = setup("Blind locks", 1, 1, 1);
        long app = s.applications().get(0);
        assertEquals("panel.blind.notBlind", refusal(() -> acting(s.staff(), () -> panels.reveal(s.callId()))));
        acting(s.staff(), () -> panels.setBlind(s.callId(), true));
        acting(s.staff(), () -> panels.setBlind(s.callId(), false));
        acting(s.staff(), () -> panels.setBlind(s.callId(), true));
        assertEquals(
                "access.denied",
                refusal(() -> acting(s.panellists().get(0), () -> panels.setBlind(s.callId(), false))));
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        acting(
                s.panellists().get(0),
                () -> reviews.saveDraft(app, Map.of(s.criteria().get(0), 2), null));
        assertEquals("panel.blind.locked", refusal(() -> acting(s.staff(), () -> panels.setBlind(s.callId(), false))));
        acting(s.staff(), () -> panels.setBlind(s.callId(), true));
        assertTrue(acting(s.panellists().get(0), () -> reviews.open(app)).hidden());
        acting(s.staff(), () -> panels.reveal(s.callId()));
        assertEquals("panel.blind.alreadyRevealed", refusal(() -> acting(s.staff(), () -> panels.reveal(s.callId()))));
        assertEquals(
                "Applicant 0",
                acting(s.panellists().get(0), () -> reviews.open(app)).fullName());
        assertEquals(
                List.of(
                        "PANEL_BLIND_REVIEW_SET",
                        "PANEL_BLIND_REVIEW_SET",
                        "PANEL_BLIND_REVIEW_SET",
                        "PANEL_APPLICANTS_REVEALED"),
                em.createNativeQuery("SELECT action FROM audit_entry WHERE record_kind = 'CALL' AND record_id = ? "
                                + "AND action LIKE 'PANEL_%' ORDER BY id")
                        .setParameter(1, s.callId())
                        .getResultList());
    }

    // ---- staff progress and reminders

    /** Progress per application and per panellist, and "remind those behind" mails each of them once. */
    @Test
    void staffSeeProgressPerApplicationAndRemindThoseBehindOnceEach() throws Exception {
        Setup s = setup("Reminders", 2, 3, 2);
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        String done = s.panellists().get(0);
        String finn = s.panellists().get(1);
        inTx(() -> {
            em.createQuery("select a from Account a where a.email = :e", Account.class)
                    .setParameter("e", finn)
                    .getSingleResult()
                    .chooseLanguage("fi");
            return null;
        });
        List<Long> mine = acting(done, () -> reviews.myApplications(s.callId())).stream()
                .map(AssignedApplication::applicationId)
                .toList();
        for (long app : mine) {
            acting(done, () -> reviews.submit(app, all(s, 4), null));
        }
        List<fi.cocreate.forum.panel.boundary.ApplicationProgress> perApplication =
                acting(s.staff(), () -> assignments.applicationProgress(s.callId()));
        assertEquals(
                s.applications(),
                perApplication.stream().map(a -> a.applicationId()).toList());
        for (fi.cocreate.forum.panel.boundary.ApplicationProgress a : perApplication) {
            assertEquals(2, a.assigned(), "two panellists per application");
            assertEquals(mine.contains(a.applicationId()) ? 1 : 0, a.submitted());
            assertFalse(a.complete());
        }
        List<PanellistProgress> perPanellist = acting(s.staff(), () -> assignments.progress(s.callId()));
        List<String> behind = perPanellist.stream()
                .filter(PanellistProgress::behind)
                .map(PanellistProgress::email)
                .sorted()
                .toList();
        assertEquals(s.panellists().subList(1, 3).stream().sorted().toList(), behind);

        MailSinkClient sink = MailSinkClient.forTests();
        TestClockProducer.CLOCK.set(PanelFixtures.AFTER);
        try {
            fi.cocreate.forum.panel.boundary.Reminders first =
                    acting(s.staff(), () -> assignments.remindThoseBehind(s.callId()));
            assertEquals(behind, first.sent().stream().sorted().toList());
            assertEquals(0, first.skipped());
            fi.cocreate.forum.panel.boundary.Reminders again =
                    acting(s.staff(), () -> assignments.remindThoseBehind(s.callId()));
            assertEquals(List.of(), again.sent(), "a second click sends nothing");
            assertEquals(2, again.skipped());
            assertEquals(
                    PanelFixtures.AFTER,
                    acting(s.staff(), () -> assignments.progress(s.callId())).stream()
                            .filter(p -> p.email().equals(finn))
                            .findFirst()
                            .orElseThrow()
                            .remindedAt());
            TestClockProducer.CLOCK.set(PanelFixtures.AFTER.plus(Duration.ofHours(21)));
            assertEquals(
                    2,
                    acting(s.staff(), () -> assignments.remindThoseBehind(s.callId()))
                            .sent()
                            .size(),
                    "a day later those still behind are reminded again");
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        MimeMessage fi = sink.awaitMails(finn, 2, Duration.ofSeconds(30)).get(0);
        assertEquals("Muistutus: hakemukset odottavat pisteit\u00e4si", fi.getSubject());
        assertTrue(MailSinkClient.text(fi).contains("Reminders fi"), MailSinkClient.text(fi));
        String other = s.panellists().get(2);
        MimeMessage en = sink.awaitMails(other, 2, Duration.ofSeconds(30)).get(0);
        assertEquals("Reminder: applications are waiting for your score", en.getSubject());
        assertTrue(MailSinkClient.text(en).contains("You have submitted 0 of the"), MailSinkClient.text(en));
        assertTrue(MailSinkClient.text(en).contains("/forum/panel/index.xhtml"), MailSinkClient.text(en));
        assertEquals(List.of(), sink.to(done), "the panellist who is done gets nothing");
        assertEquals(2, sink.to(finn).size(), "two reminders a day apart, not three");
    }

    // ---- regions of origin per call

    /** Staff move a country to another region for one call; the selection's region dimension follows. */
    @Test
    void staffMoveACountryToAnotherRegionForOneCallAndTheSelectionUsesIt() throws Exception {
        Setup s = setup("Regions", 2, 1, 1);
        acting(s.staff(), () -> assignments.assignAutomatically(s.callId()));
        for (long app : s.applications()) {
            acting(s.panellists().get(0), () -> reviews.submit(app, all(s, 3), null));
        }
        List<fi.cocreate.forum.panel.boundary.CountryRegion> before =
                acting(s.staff(), () -> regions.countries(s.callId()));
        assertEquals(
                List.of(new fi.cocreate.forum.panel.boundary.CountryRegion("SY", 2, "mena", "mena", false)), before);
        assertEquals(
                List.of("mena"),
                acting(s.staff(), () -> selections.run(s.callId()))
                        .composition(SelectionDimension.REGION_OF_ORIGIN)
                        .stream()
                        .map(c -> c.value())
                        .toList());

        assertTrue(acting(s.staff(), () -> regions.move(s.callId(), "sy", "europe")));
        assertFalse(acting(s.staff(), () -> regions.move(s.callId(), "SY", "europe")), "nothing to change");
        assertEquals(
                List.of(new fi.cocreate.forum.panel.boundary.CountryRegion("SY", 2, "mena", "europe", true)),
                acting(s.staff(), () -> regions.countries(s.callId())));
        SelectionRun moved = acting(s.staff(), () -> selections.run(s.callId()));
        assertEquals(
                List.of("europe"),
                moved.composition(SelectionDimension.REGION_OF_ORIGIN).stream()
                        .map(c -> c.value())
                        .toList(),
                "the run counts Syria in Europe for this call");
        assertEquals(
                "panel.regions.badRegion",
                refusal(() -> acting(s.staff(), () -> regions.move(s.callId(), "SY", "atlantis"))));
        assertEquals(
                "access.denied",
                refusal(() -> acting(s.panellists().get(0), () -> regions.move(s.callId(), "SY", "mena"))));
        assertTrue(acting(s.staff(), () -> regions.move(s.callId(), "SY", "mena")), "back to the default");
        assertFalse(
                acting(s.staff(), () -> regions.countries(s.callId())).get(0).moved());
    }
}
