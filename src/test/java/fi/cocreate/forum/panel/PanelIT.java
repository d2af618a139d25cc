package fi.cocreate.forum.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
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
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.PanellistProgress;
import fi.cocreate.forum.panel.boundary.ScoredApplication;
import fi.cocreate.forum.panel.boundary.SelectionRun;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.AssignmentPlanner;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.DecisionOutcome;
import fi.cocreate.forum.panel.entity.PanelDecision;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.FacesClient;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The selection panel's workflow on the real database and SMTP server: appointment, rubric, assignment, conflicts
 * of interest, independent scoring, aggregation, a selection run with diversity rules, confirmation and the decision
 * mails; and, as a browser, that the pages refuse what the boundaries refuse.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PanelIT {

    static final String PAGE_PANELLIST = "panel-it-pages@test.cocreate.fi";
    static final String PAGE_OUTSIDER = "panel-it-outsider@test.cocreate.fi";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(PanelFixtures.class, Setup.class);
    }

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    @Inject
    PanelResults results;

    @Inject
    Selections selections;

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
    private record Setup(long callId, String staff, List<String> panellists, List<Long> applications,
            List<Long> criteria) {
    }

    private Setup setup(String title, int applicationCount, int panellistCount, int reviewers) throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Map<String, Object> made = inTx(() -> {
            Map<String, Object> m = new HashMap<>();
            ForumCall call = f.call(title);
            m.put("call", call);
            m.put("apps", f.applications(call, applicationCount).stream().map(ForumApplication::getId).toList());
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
            panels.appoint(callId, p, staff);
        }
        panels.configure(callId, reviewers, false, 1.0, 2.0, staff);
        List<Long> criteria = new ArrayList<>();
        criteria.add(panels.addCriterion(callId, LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise"), 2,
                PanelFixtures.levels("E"), staff).getId());
        criteria.add(panels.addCriterion(callId, LocalizedText.of("Motivaatio", "Motivation", "Motivation"), 1,
                PanelFixtures.levels("M"), staff).getId());
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
        return assignments.assignments(s.callId(), s.staff()).stream()
                .filter(a -> a.isActive() && a.getApplicationId() == application)
                .map(a -> a.getMember().getAccount().getEmail()).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void staffAppointOnlyPanelistAccountsAndOnlyStaffMayAppoint() throws Exception {
        Setup s = setup("Appointments", 1, 1, 1);
        Account applicant = inTx(() -> new PanelFixtures(em, accounts).account(TestAccounts.uniqueEmail("notpanel"),
                "Not Panel", Role.APPLICANT));
        assertEquals("panel.member.notPanelist", refusal(() -> panels.appoint(s.callId(), applicant.getEmail(),
                s.staff())));
        assertEquals("panel.member.already", refusal(() -> panels.appoint(s.callId(), s.panellists().get(0),
                s.staff())));
        assertEquals("panel.access.denied", refusal(() -> panels.appoint(s.callId(), s.panellists().get(0),
                s.panellists().get(0))));
        assertEquals("panel.access.denied", refusal(() -> panels.members(s.callId(), s.panellists().get(0))));
        List<PanelMember> members = panels.members(s.callId(), s.staff());
        assertEquals(List.of(s.panellists().get(0)), members.stream().map(m -> m.getAccount().getEmail()).toList());
        List<RubricCriterion> rubric = panels.rubric(s.callId(), s.staff());
        assertEquals(2, rubric.size());
        assertEquals("E niv\u00e5 3", rubric.get(0).getLevels().get(2).getText().getSv());
    }

    @Test
    @Order(2)
    void automaticAssignmentCoversEveryApplicationWithBalancedLoadAndStaffCanOverride() throws Exception {
        Setup s = setup("Assignment", 7, 3, 2);
        AssignmentPlanner.Plan plan = assignments.assignAutomatically(s.callId(), s.staff());
        assertEquals(14, plan.added().size());
        assertTrue(plan.shortfall().isEmpty());
        List<PanellistProgress> progress = assignments.progress(s.callId(), s.staff());
        assertEquals(List.of(4, 5, 5), progress.stream().map(PanellistProgress::assigned).sorted().toList());

        Assignment removed = assignments.assignments(s.callId(), s.staff()).get(0);
        assignments.remove(removed.getId(), s.staff());
        assertEquals(0, assignments.assignAutomatically(s.callId(), s.staff()).shortfall().size());
        List<Assignment> after = assignments.assignments(s.callId(), s.staff());
        assertTrue(after.stream().anyMatch(a -> a.getId().equals(removed.getId()) && a.isRemoved()),
                "a removed assignment stays removed");
        assertEquals(2, after.stream().filter(a -> a.isActive()
                && a.getApplicationId().equals(removed.getApplicationId())).count(), "coverage restored by another");

        assignments.add(removed.getApplicationId(), removed.getMember().getId(), s.staff());
        assertEquals(3, assignments.assignments(s.callId(), s.staff()).stream().filter(a -> a.isActive()
                && a.getApplicationId().equals(removed.getApplicationId())).count(), "staff may add beyond N");
        assertEquals("panel.access.denied", refusal(() -> assignments.assignAutomatically(s.callId(),
                s.panellists().get(0))));
    }

    @Test
    @Order(3)
    void conflictOfInterestHidesTheApplicationOnTheServerAndReassignsIt() throws Exception {
        Setup s = setup("Conflict", 2, 3, 2);
        assignments.assignAutomatically(s.callId(), s.staff());
        long app = s.applications().get(0);
        String conflicted = assignee(s, app);
        assertNotNull(reviews.open(app, conflicted));
        reviews.saveDraft(app, Map.of(s.criteria().get(0), 4), "draft", conflicted);

        reviews.declareConflict(app, "She is my sister-in-law.", conflicted);

        assertEquals("panel.access.conflict", refusal(() -> reviews.open(app, conflicted)));
        assertEquals("panel.access.conflict", refusal(() -> reviews.submit(app, all(s, 5), null, conflicted)));
        assertEquals("panel.access.conflict", refusal(() -> reviews.rubric(app, conflicted)));
        assertEquals("panel.access.conflict", refusal(() -> reviews.othersScores(app, conflicted)));
        assertEquals("panel.conflict.already", refusal(() -> reviews.declareConflict(app, null, conflicted)));
        assertTrue(reviews.myApplications(s.callId(), conflicted).stream()
                .noneMatch(a -> a.applicationId() == app), "not listed any more");
        List<Assignment> active = assignments.assignments(s.callId(), s.staff()).stream()
                .filter(a -> a.isActive() && a.getApplicationId() == app).toList();
        assertEquals(2, active.size(), "reassigned to keep coverage");
        assertTrue(active.stream().noneMatch(a -> a.getMember().getAccount().getEmail().equals(conflicted)));
        assertEquals("panel.assignment.conflict", refusal(() -> assignments.add(app,
                panels.members(s.callId(), s.staff()).stream()
                        .filter(m -> m.getAccount().getEmail().equals(conflicted)).findFirst().orElseThrow().getId(),
                s.staff())));
        assertEquals(1, assignments.progress(s.callId(), s.staff()).stream().mapToInt(PanellistProgress::conflicts)
                .sum());
    }

    @Test
    @Order(4)
    void scoringIsIndependentAndOnlyForAppointedAssignedPanellists() throws Exception {
        Setup s = setup("Independent", 1, 2, 2);
        assignments.assignAutomatically(s.callId(), s.staff());
        long app = s.applications().get(0);
        String first = s.panellists().get(0);
        String second = s.panellists().get(1);
        String outsider = inTx(() -> new PanelFixtures(em, accounts).panellist("outsider").getEmail());

        assertEquals("panel.access.notAppointed", refusal(() -> reviews.open(app, outsider)));
        assertEquals("panel.access.notAppointed", refusal(() -> reviews.submit(app, all(s, 3), null, outsider)));
        assertEquals("panel.access.notAppointed", refusal(() -> reviews.othersScores(app, outsider)));
        assertEquals("panel.access.notAppointed", refusal(() -> reviews.myApplications(s.callId(), outsider)));
        assertEquals("panel.access.denied", refusal(() -> reviews.open(app, s.staff())));

        assertEquals("panel.score.incomplete", refusal(() -> reviews.submit(app, Map.of(s.criteria().get(0), 3), null,
                first)));
        reviews.submit(app, all(s, 5), "Strong.", first);
        reviews.saveDraft(app, Map.of(s.criteria().get(0), 1), "not yet", second);

        assertEquals("panel.score.submitFirst", refusal(() -> reviews.othersScores(app, second)));
        assertEquals("panel.score.submitFirst", refusal(() -> reviews.discussion(app, second)));
        assertEquals("panel.score.submitFirst", refusal(() -> reviews.post(app, "I think...", second)));
        assertTrue(reviews.othersScores(app, first).isEmpty(), "a draft is never shown to others");
        reviews.post(app, "What do you think about the networks?", first);

        reviews.submit(app, all(s, 2), "Weak.", second);
        assertEquals("panel.score.alreadySubmitted", refusal(() -> reviews.submit(app, all(s, 5), null, second)));
        assertEquals(List.of("Strong."), reviews.othersScores(app, second).stream().map(x -> x.getComment()).toList());
        assertEquals(1, reviews.discussion(app, second).size());
        assertEquals(2, reviews.othersScores(app, s.staff()).size(), "staff see every submitted score");
        List<AssignedApplication> mine = reviews.myApplications(s.callId(), first);
        assertEquals("SUBMITTED", mine.get(0).state());
        reviews.open(app, first);
        long views = em.createQuery("select count(v) from ApplicationView v where v.applicationId = :a "
                + "and v.viewerEmail = :e", Long.class).setParameter("a", app).setParameter("e", first)
                .getSingleResult();
        assertTrue(views >= 1, "the panellist's view is in the audit");
        assertEquals(1, assignments.progress(s.callId(), s.staff()).stream()
                .filter(p -> p.email().equals(first)).findFirst().orElseThrow().submitted());
    }

    @Test
    @Order(5)
    void aggregationSelectionWithRulesConfirmationAndDecisionMails() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Setup s = setup("Selection", 0, 3, 3);
        String[] emails = { TestAccounts.uniqueEmail("sel-a"), TestAccounts.uniqueEmail("sel-b"),
            TestAccounts.uniqueEmail("sel-c"), TestAccounts.uniqueEmail("sel-d"), TestAccounts.uniqueEmail("sel-e") };
        List<Long> apps = inTx(() -> {
            ForumCall call = em.find(ForumCall.class, s.callId());
            List<Long> ids = List.of(
                    f.apply(call, "Ana Best", emails[0], "sv", Gender.WOMAN, 1980, "SY", "SE", ExpertiseArea.EDUCATION),
                    f.apply(call, "Ben Second", emails[1], "fi", Gender.MAN, 1975, "IQ", "FI", ExpertiseArea.HEALTH_AND_SOCIAL_SERVICES),
                    f.apply(call, "Cy Third", emails[2], "en", Gender.MAN, 1990, "AF", "FI", ExpertiseArea.LABOUR_MARKET),
                    f.apply(call, "Dana Iceland", emails[3], "en", Gender.WOMAN, 1995, "SO", "IS", ExpertiseArea.EQUALITY),
                    f.apply(call, "Eli Fifth", emails[4], "fi", Gender.NON_BINARY, 1960, "CL", "NO", ExpertiseArea.DEMOCRACY))
                    .stream().map(ForumApplication::getId).toList();
            return ids;
        });
        TestClockProducer.CLOCK.reset();
        assignments.assignAutomatically(s.callId(), s.staff());
        int[] scores = { 5, 4, 4, 2, 1 };
        for (int i = 0; i < apps.size(); i++) {
            for (String p : s.panellists()) {
                int value = scores[i];
                if (i == 2) {
                    value = p.equals(s.panellists().get(0)) ? 1 : 5;
                }
                reviews.submit(apps.get(i), all(s, value), null, p);
            }
        }

        List<ScoredApplication> aggregated = results.aggregate(s.callId(), s.staff());
        assertEquals(apps.get(0), aggregated.get(0).applicationId());
        assertEquals(5.0, aggregated.get(0).score().rawMean(), 1e-9);
        ScoredApplication contested = aggregated.stream().filter(r -> r.applicationId() == apps.get(2)).findFirst()
                .orElseThrow();
        assertTrue(contested.score().disagreement(), "1 against 5 and 5 is flagged for discussion");
        assertEquals(4.0, contested.score().range(), 1e-9);
        assertFalse(aggregated.get(0).score().disagreement());
        assertEquals("panel.access.denied", refusal(() -> results.aggregate(s.callId(), s.panellists().get(0))));

        selections.setSizes(s.callId(), 2, 1, s.staff());
        selections.setRule(s.callId(), SelectionDimension.HOME_COUNTRY, "IS", 1, null, s.staff());
        selections.setRule(s.callId(), SelectionDimension.GENDER, "NON_BINARY", 2, null, s.staff());
        SelectionRun impossible = selections.run(s.callId(), s.staff());
        assertEquals(SelectionStatus.INFEASIBLE, impossible.result().status());
        assertEquals(ViolationKind.MINIMUM_NOT_MET, impossible.result().violations().get(0).kind());
        assertEquals("gender=NON_BINARY", impossible.result().violations().get(0).rule().key());
        assertEquals(1, impossible.result().violations().get(0).amount());
        assertEquals("panel.selection.notOptimal", refusal(() -> selections.confirm(s.callId(), s.staff())));

        selections.rules(s.callId(), s.staff()).stream().filter(r -> r.getDimension() == SelectionDimension.GENDER)
                .forEach(r -> selections.removeRule(r.getId(), s.staff()));
        selections.lock(apps.get(2), false, s.staff());
        SelectionRun run = selections.run(s.callId(), s.staff());
        assertEquals(SelectionStatus.OPTIMAL, run.result().status());
        assertEquals(List.of(String.valueOf(apps.get(0)), String.valueOf(apps.get(3))), run.result().selectedIds());
        assertEquals(List.of(String.valueOf(apps.get(0)), String.valueOf(apps.get(1))), run.result().scoreOnlyIds());
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
        assertEquals(2, run.composition(SelectionDimension.HOME_COUNTRY).stream()
                .filter(c -> c.value().equals("FI")).findFirst().orElseThrow().pool());

        MailSinkClient sink = MailSinkClient.forTests();
        TestClockProducer.CLOCK.set(PanelFixtures.AFTER);
        try {
            selections.confirm(s.callId(), s.staff());
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        List<PanelDecision> decisions = selections.decisions(s.callId(), s.staff());
        assertEquals(5, decisions.size());
        assertEquals(2, decisions.stream().filter(d -> d.getOutcome() == DecisionOutcome.SELECTED).count());
        em.clear();
        assertEquals(ApplicationStatus.SELECTED, em.find(ForumApplication.class, apps.get(0)).getStatus());
        assertEquals(ApplicationStatus.WAITING_LIST, em.find(ForumApplication.class, apps.get(1)).getStatus());
        assertEquals(ApplicationStatus.NOT_SELECTED, em.find(ForumApplication.class, apps.get(2)).getStatus());
        assertEquals(ApplicationStatus.SELECTED, em.find(ForumApplication.class, apps.get(3)).getStatus());
        assertEquals(ApplicationStatus.NOT_SELECTED, em.find(ForumApplication.class, apps.get(4)).getStatus());
        assertEquals("panel.round.confirmed", refusal(() -> selections.confirm(s.callId(), s.staff())));
        assertEquals("panel.round.confirmed", refusal(() -> selections.lock(apps.get(1), null, s.staff())));

        reviews.myApplications(s.callId(), s.panellists().get(0));
        List<String> audited = em.createQuery("select e from fi.cocreate.audit.entity.AuditEntry e where "
                + "e.recordKind = :kind and e.recordId = :call order by e.id", fi.cocreate.audit.entity.AuditEntry.class)
                .setParameter("kind", fi.cocreate.audit.entity.AuditAction.RecordKind.CALL).setParameter("call", s.callId())
                .getResultStream().map(e -> e.getAction() + " " + e.getActorEmail() + " " + e.getDetail()).toList();
        assertEquals(List.of("PANEL_RESULTS_VIEWED " + s.staff() + " 5", "SELECTION_RUN " + s.staff() + " INFEASIBLE, 5",
                "SELECTION_RUN " + s.staff() + " OPTIMAL, 5", "SELECTION_CONFIRMED " + s.staff() + " 2",
                "PANELLIST_LIST_VIEWED " + s.panellists().get(0) + " null"), audited,
                "each look at the applicants' names and each run and confirmation, once; refusals leave no row");

        MimeMessage selected = sink.awaitMails(emails[0], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Du har valts till expertforumet", selected.getSubject());
        assertEquals("sv", selected.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(selected).contains("Ana Best"));
        MimeMessage waiting = sink.awaitMails(emails[1], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Olet asiantuntijafoorumin varalistalla", waiting.getSubject());
        assertEquals("fi", waiting.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(waiting).contains("sijalla 1"), MailSinkClient.text(waiting));
        MimeMessage lockedOut = sink.awaitMails(emails[2], 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Decision on your application to the expert forum", lockedOut.getSubject());
        assertEquals("P\u00e4\u00e4t\u00f6s hakemuksestasi asiantuntijafoorumiin",
                sink.awaitMails(emails[4], 1, Duration.ofSeconds(30)).get(0).getSubject());
        assertEquals("You have been selected to the expert forum",
                sink.awaitMails(emails[3], 1, Duration.ofSeconds(30)).get(0).getSubject());
        assertEquals(1, sink.to(emails[0]).size(), "one decision mail each");
    }

    @Test
    @Order(6)
    void labelsSayWhatTheRunDecidedLockedInBeyondTheForumSizeAndInfeasibleRunsIncluded() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Setup s = setup("Labels", 0, 1, 1);
        List<Long> apps = inTx(() -> {
            ForumCall call = em.find(ForumCall.class, s.callId());
            return List.of(
                    f.apply(call, "Top Score", TestAccounts.uniqueEmail("lab-a"), "en", Gender.WOMAN, 1980, "SY", "SE",
                            ExpertiseArea.EDUCATION),
                    f.apply(call, "Middle Score", TestAccounts.uniqueEmail("lab-b"), "en", Gender.MAN, 1975, "IQ",
                            "FI", ExpertiseArea.HEALTH_AND_SOCIAL_SERVICES),
                    f.apply(call, "Low Score", TestAccounts.uniqueEmail("lab-c"), "en", Gender.MAN, 1990, "AF", "FI",
                            ExpertiseArea.LABOUR_MARKET))
                    .stream().map(ForumApplication::getId).toList();
        });
        TestClockProducer.CLOCK.reset();
        assignments.assignAutomatically(s.callId(), s.staff());
        int[] scores = { 5, 3, 1 };
        for (int i = 0; i < apps.size(); i++) {
            reviews.submit(apps.get(i), all(s, scores[i]), null, s.panellists().get(0));
        }
        selections.setSizes(s.callId(), 1, 0, s.staff());
        selections.lock(apps.get(2), true, s.staff());

        SelectionRun run = selections.run(s.callId(), s.staff());
        CandidateRow lockedIn = row(run, apps.get(2));
        assertEquals("SELECTED", run.outcome(lockedIn));
        assertEquals(3, lockedIn.rank());
        assertFalse(run.withinTopK(lockedIn), "rank 3 of a forum of 1 is not among the top k by score");
        CandidateRow best = row(run, apps.get(0));
        assertEquals("NOT_SELECTED", run.outcome(best));
        assertTrue(run.withinTopK(best));

        selections.lock(apps.get(2), null, s.staff());
        selections.setRule(s.callId(), SelectionDimension.GENDER, "NON_BINARY", 1, null, s.staff());
        SelectionRun infeasible = selections.run(s.callId(), s.staff());
        assertEquals(SelectionStatus.INFEASIBLE, infeasible.result().status());
        assertTrue(infeasible.candidates().stream().allMatch(c -> "NO_PROPOSAL".equals(infeasible.outcome(c))),
                "no row claims a decision");
        assertEquals(1, row(infeasible, apps.get(0)).rank());
        assertEquals(2, row(infeasible, apps.get(1)).rank());
        assertEquals(3, row(infeasible, apps.get(2)).rank());
        assertTrue(infeasible.withinTopK(row(infeasible, apps.get(0))));
        assertFalse(infeasible.withinTopK(row(infeasible, apps.get(1))));
    }

    @Test
    @Order(7)
    void aRuleValueOutsideItsDimensionIsRefusedByTheServer() throws Exception {
        Setup s = setup("Rule values", 0, 1, 1);
        assertEquals("panel.rule.valueUnknown", refusal(() -> selections.setRule(s.callId(), SelectionDimension.GENDER,
                "DISCRIMINATION", 1, null, s.staff())));
        assertEquals("panel.rule.valueUnknown", refusal(() -> selections.setRule(s.callId(),
                SelectionDimension.HOME_COUNTRY, "US", 1, null, s.staff())));
        assertTrue(selections.rules(s.callId(), s.staff()).isEmpty(), "nothing stored");
        selections.setRule(s.callId(), SelectionDimension.HOME_COUNTRY, "IS", 1, null, s.staff());
        assertEquals(1, selections.rules(s.callId(), s.staff()).size());
    }

    @Test
    @Order(8)
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
        assignments.assignAutomatically(s.callId(), s.staff());
        String reviewer = assignee(s, app);
        String other = s.panellists().stream().filter(p -> !p.equals(reviewer)).findFirst().orElseThrow();

        assertArrayEquals(pdf, reviews.cv(app, reviewer).getContent());
        reviews.cv(app, reviewer);
        assertEquals(2L, em.createQuery("select count(v) from ApplicationView v where v.applicationId = :a "
                + "and v.purpose = fi.cocreate.forum.entity.ViewPurpose.CV", Long.class).setParameter("a", app)
                .getSingleResult(), "each view of the CV is recorded");
        assertEquals("panel.access.notAssigned", refusal(() -> reviews.cv(app, other)));
        reviews.declareConflict(app, "A former colleague.", reviewer);
        assertEquals("panel.access.conflict", refusal(() -> reviews.cv(app, reviewer)));
    }

    private static CandidateRow row(SelectionRun run, long applicationId) {
        return run.candidates().stream().filter(c -> c.applicationId() == applicationId).findFirst().orElseThrow();
    }

    /** Data for the page tests: a panellist assigned to two applications, and a panellist outside the panel. */
    @Test
    @Order(10)
    void preparePageScenario() throws Exception {
        PanelFixtures f = new PanelFixtures(em, accounts);
        Map<String, Object> made = inTx(() -> {
            Map<String, Object> m = new HashMap<>();
            ForumCall call = f.call("Page scenario");
            m.put("call", call.getId());
            f.apply(call, "Paula Pagetest", TestAccounts.uniqueEmail("page-a"), "en", Gender.WOMAN, 1980, "SY", "FI",
                    ExpertiseArea.EDUCATION);
            f.apply(call, "Quentin Pagetest", TestAccounts.uniqueEmail("page-b"), "en", Gender.MAN, 1970, "IR", "SE",
                    ExpertiseArea.EQUALITY);
            f.account(PAGE_PANELLIST, "Page Panellist", Role.PANELIST);
            f.account(PAGE_OUTSIDER, "Page Outsider", Role.PANELIST);
            m.put("staff", f.staff().getEmail());
            return m;
        });
        TestClockProducer.CLOCK.reset();
        long callId = (Long) made.get("call");
        String staff = (String) made.get("staff");
        panels.appoint(callId, PAGE_PANELLIST, staff);
        panels.configure(callId, 1, true, 1.0, 2.0, staff);
        panels.addCriterion(callId, LocalizedText.of("Verkostot", "N\u00e4tverk", "Networks and reach"), 1,
                PanelFixtures.levels("N"), staff);
        assertEquals(2, assignments.assignAutomatically(callId, staff).added().size());
    }

    private static final Pattern REVIEW_LINK = Pattern.compile("review\\.xhtml\\?application=(\\d+)");

    @Test
    @Order(11)
    @RunAsClient
    void pagesRefuseConflictedAndOutsidePanellistsToo() {
        String root = base.toString();
        FacesClient panellist = FacesClient.english(root);
        panellist.login(PAGE_PANELLIST, PanelFixtures.PASSWORD);
        HttpResponse<String> index = panellist.get("/forum/panel/index.xhtml");
        assertEquals(200, index.statusCode());
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
        HttpResponse<String> review = panellist.get(first);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("Pagetest"), "the application is shown");
        assertTrue(review.body().contains("Networks and reach"), "the rubric is shown");

        HttpResponse<String> declared = panellist.submit(first, "conflict",
                Map.of("reason", "We work in the same association."), "declare");
        assertEquals(200, declared.statusCode());
        assertEquals(403, panellist.get(first).statusCode(), "conflicted application refused");
        assertFalse(panellist.get("/forum/panel/index.xhtml").body().contains("application=" + ids.get(0)));
        assertEquals(200, panellist.get(second).statusCode());

        FacesClient outsider = FacesClient.english(root);
        outsider.login(PAGE_OUTSIDER, PanelFixtures.PASSWORD);
        assertEquals(403, outsider.get(second).statusCode(), "a panellist not appointed to the call is refused");
    }

    /** The staff pages render with the demo data, and a selection run shows the group, charts and reasons. */
    @Test
    @Order(12)
    @RunAsClient
    void staffPagesShowTheDemoPanelAndASelectionRun() {
        FacesClient staff = FacesClient.english(base.toString());
        staff.login(fi.cocreate.identity.control.DemoLogins.STAFF.email(), fi.cocreate.identity.control.DemoLogins.PASSWORD);
        HttpResponse<String> index = staff.get("/forum/staff/panel/index.xhtml");
        assertEquals(200, index.statusCode());
        Matcher demo = Pattern.compile("call\\.xhtml\\?call=(\\d+)\">Nordic forum for experts with migrant background<")
                .matcher(index.body());
        assertTrue(demo.find(), index.body());
        String call = demo.group(1);
        HttpResponse<String> setup = staff.get("/forum/staff/panel/call.xhtml?call=" + call);
        assertTrue(setup.body().contains("Conflicts of interest"), setup.body());
        assertTrue(staff.get("/forum/staff/panel/rubric.xhtml?call=" + call).body().contains("Networks and reach"));
        assertEquals(200, staff.get("/forum/staff/panel/assignments.xhtml?call=" + call).statusCode());
        HttpResponse<String> scores = staff.get("/forum/staff/panel/results.xhtml?call=" + call);
        assertTrue(scores.body().contains("Applications flagged for discussion:"), scores.body());
        Matcher discussion = Pattern.compile("discussion\\.xhtml\\?application=(\\d+)").matcher(scores.body());
        assertTrue(discussion.find(), scores.body());
        assertEquals(200, staff.get("/forum/staff/panel/discussion.xhtml?application=" + discussion.group(1))
                .statusCode());
        HttpResponse<String> run = staff.submit("/forum/staff/panel/selection.xhtml?call=" + call, "run", Map.of(),
                "run");
        assertEquals(200, run.statusCode());
        assertTrue(run.body().contains("Candidates and why they are in or out"), run.body());
        assertTrue(run.body().contains("Proven optimal"), run.body());
        assertTrue(run.body().contains("Applicant pool"), "composition table and chart");

        FacesClient panellist = FacesClient.english(base.toString());
        panellist.login(fi.cocreate.identity.control.DemoLogins.PANELIST.email(),
                fi.cocreate.identity.control.DemoLogins.PASSWORD);
        HttpResponse<String> home = panellist.get("/forum/panel/index.xhtml");
        Matcher review = REVIEW_LINK.matcher(home.body());
        assertTrue(review.find(), home.body());
        HttpResponse<String> page = panellist.get("/forum/panel/review.xhtml?application=" + review.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Relevance of expertise"), page.body());
        assertEquals(403, panellist.get("/forum/staff/panel/index.xhtml").statusCode(), "panel members are not staff");
    }
}
