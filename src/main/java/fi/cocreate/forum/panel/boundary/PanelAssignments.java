package fi.cocreate.forum.panel.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.control.AssignmentPlanner;
import fi.cocreate.forum.panel.control.AssignmentPlanner.Pair;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.ConflictOfInterest;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Who scores which application: the automatic assignment ({@link AssignmentPlanner}: at least N panellists per
 * application, balanced load, conflicts respected), staff's overrides, the progress per panellist and per application,
 * and reminders to the panellists who are behind.
 */
@Stateless
public class PanelAssignments {

    private static final Logger LOG = Logger.getLogger(PanelAssignments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PanelGuard guard;

    @Inject
    Caller caller;

    @Inject
    ForumApplications applications;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    AuditLog audit;

    /** Every assignment of the call, removed ones included (they block the automatic assignment). */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<Assignment> assignments(long callId) {
        return byCall(callId);
    }

    /** The applications that can be assigned and scored: submitted and not yet decided. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<ForumApplication> assignable(long callId) {
        return scorable(callId);
    }

    /** Runs the automatic assignment, keeping what exists. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public AssignmentPlanner.Plan assignAutomatically(long callId) {
        return rebalance(callId);
    }

    /** Staff add one assignment by hand (or give back one they removed). Refused when the panellist declared a conflict. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public Assignment add(long applicationId, long memberId) {
        ForumApplication application = guard.application(applicationId);
        PanelMember member = Found.find(
                em,
                PanelMember.class,
                memberId,
                m -> m.getCallId().equals(application.getCall().getId()),
                "panel.member.notFound");
        guard.round(member.getCallId()).requireOpen();
        if (guard.hasConflict(member, applicationId)) {
            throw new BusinessException("panel.assignment.conflict");
        }
        Instant now = clock.instant();
        Assignment existing = em.createNamedQuery(Assignment.BY_APPLICATION_AND_MEMBER, Assignment.class)
                .setParameter("application", applicationId)
                .setParameter("member", member)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            if (existing.isActive()) {
                throw new BusinessException("panel.assignment.exists");
            }
            existing.restore(now);
            return existing;
        }
        Assignment assignment = new Assignment(applicationId, member, true, now);
        em.persist(assignment);
        return assignment;
    }

    /** Staff take an assignment away; refused once the panellist has submitted their score for it. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void remove(long assignmentId) {
        Assignment assignment = Found.find(em, Assignment.class, assignmentId, "panel.assignment.notFound");
        guard.round(assignment.getCallId()).requireOpen();
        boolean submitted = em.createNamedQuery(ScoreSheet.BY_APPLICATION_AND_MEMBER, ScoreSheet.class)
                .setParameter("application", assignment.getApplicationId())
                .setParameter("member", assignment.getMember())
                .getResultStream()
                .anyMatch(ScoreSheet::isSubmitted);
        if (submitted) {
            throw new BusinessException("panel.assignment.scored");
        }
        assignment.remove();
    }

    /** Progress per panellist, for staff. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<PanellistProgress> progress(long callId) {
        guard.call(callId);
        List<PanelMember> members = em.createNamedQuery(PanelMember.BY_CALL, PanelMember.class)
                .setParameter("call", callId)
                .getResultList();
        Map<Long, int[]> counts = new HashMap<>();
        members.forEach(m -> counts.put(m.getId(), new int[4]));
        byCall(callId).stream()
                .filter(Assignment::isActive)
                .forEach(a -> counts.get(a.getMember().getId())[0]++);
        em.createNamedQuery(ScoreSheet.BY_CALL, ScoreSheet.class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(s -> counts.get(s.getMember().getId())[s.isSubmitted() ? 1 : 2]++);
        em.createNamedQuery(ConflictOfInterest.BY_CALL, ConflictOfInterest.class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(c -> counts.get(c.getMember().getId())[3]++);
        List<PanellistProgress> rows = new ArrayList<>();
        for (PanelMember m : members) {
            int[] c = counts.get(m.getId());
            rows.add(new PanellistProgress(
                    m.getId(),
                    m.getAccount().getDisplayName(),
                    m.getAccount().getEmail(),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    m.getRemindedAt()));
        }
        return rows;
    }

    /**
     * Progress per application, for staff: how many of the panellists assigned to it have submitted their score, in
     * application order.
     */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<ApplicationProgress> applicationProgress(long callId) {
        int wanted = guard.round(callId).getReviewersPerApplication();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ForumApplication application : applications.findInSelection(callId)) {
            counts.put(application.getId(), new int[2]);
            names.put(application.getId(), application.getFullName());
        }
        byCall(callId).stream()
                .filter(Assignment::isActive)
                .filter(a -> counts.containsKey(a.getApplicationId()))
                .forEach(a -> counts.get(a.getApplicationId())[0]++);
        em.createNamedQuery(ScoreSheet.BY_CALL, ScoreSheet.class)
                .setParameter("call", callId)
                .getResultStream()
                .filter(ScoreSheet::isSubmitted)
                .filter(sheet -> counts.containsKey(sheet.getApplicationId()))
                .forEach(sheet -> counts.get(sheet.getApplicationId())[1]++);
        List<ApplicationProgress> rows = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new ApplicationProgress(
                        e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], wanted)));
        return rows;
    }

    /**
     * Mails every panellist who is behind (an assigned application without a submitted score) a reminder in their
     * language, through the outbox in this transaction. A panellist reminded within
     * {@link PanelMember#REMINDER_INTERVAL} is skipped, so a second click sends nothing. Two clicks at once (two staff
     * members) are decided by one conditional UPDATE per panellist ({@link PanelMember#RECORD_REMINDER}): the first
     * records the reminder and queues the mail, the other waits for its row lock, changes nothing and counts the
     * panellist as reminded recently, so each panellist gets one mail and neither click fails. Panellists are taken
     * in the same order by every click, so two clicks cannot deadlock.
     */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public Reminders remindThoseBehind(long callId) {
        Account staff = caller.requireStaff();
        guard.round(callId).requireOpen();
        ForumCall call = guard.call(callId);
        Map<Long, PanellistProgress> byMember = new HashMap<>();
        progress(callId).forEach(p -> byMember.put(p.memberId(), p));
        Instant now = clock.instant();
        List<String> sent = new ArrayList<>();
        int skipped = 0;
        for (PanelMember member : em.createNamedQuery(PanelMember.BY_CALL, PanelMember.class)
                .setParameter("call", callId)
                .getResultList()) {
            PanellistProgress p = byMember.get(member.getId());
            if (p == null || !p.behind()) {
                continue;
            }
            int recorded = em.createQuery(PanelMember.RECORD_REMINDER)
                    .setParameter("id", member.getId())
                    .setParameter("now", now)
                    .setParameter("before", PanelMember.lastRemindable(now))
                    .executeUpdate();
            if (recorded == 0) {
                skipped++;
                continue;
            }
            Account account = member.getAccount();
            String language = SupportedLanguage.orDefault(account.getLanguage());
            outbox.queue(
                    account.getEmail(),
                    language,
                    MailKind.PANEL_REMINDER,
                    account.getDisplayName(),
                    call.getTitle().in(SupportedLanguage.locale(language)),
                    p.submitted(),
                    p.assigned(),
                    links.page("/forum/panel/index.xhtml"));
            sent.add(account.getEmail());
        }
        audit.record(staff, AuditAction.PANELLISTS_REMINDED, callId, sent.size() + " sent, " + skipped + " skipped");
        return new Reminders(sent, skipped);
    }

    /**
     * Adds the assignments the planner finds for the call, keeping the existing ones. Used by staff and after a
     * conflict of interest, so that coverage is restored where possible. For other boundaries only (no role check).
     */
    public AssignmentPlanner.Plan rebalance(long callId) {
        PanelRound round = guard.round(callId);
        round.requireOpen();
        List<PanelMember> members = em.createNamedQuery(PanelMember.BY_CALL, PanelMember.class)
                .setParameter("call", callId)
                .getResultList();
        Map<String, PanelMember> byKey = new HashMap<>();
        members.forEach(m -> byKey.put(String.valueOf(m.getId()), m));
        List<String> apps =
                scorable(callId).stream().map(a -> String.valueOf(a.getId())).toList();
        List<Pair> existing = new ArrayList<>();
        List<Pair> blocked = new ArrayList<>();
        for (Assignment a : byCall(callId)) {
            Pair pair = new Pair(
                    String.valueOf(a.getApplicationId()),
                    String.valueOf(a.getMember().getId()));
            (a.isActive() ? existing : blocked).add(pair);
        }
        em.createNamedQuery(ConflictOfInterest.BY_CALL, ConflictOfInterest.class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(c -> blocked.add(new Pair(
                        String.valueOf(c.getApplicationId()),
                        String.valueOf(c.getMember().getId()))));
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(
                apps,
                List.copyOf(byKey.keySet()).stream().sorted().toList(),
                round.getReviewersPerApplication(),
                existing,
                blocked);
        Instant now = clock.instant();
        for (Pair pair : plan.added()) {
            em.persist(new Assignment(Long.parseLong(pair.applicationId()), byKey.get(pair.panellistId()), false, now));
        }
        LOG.fine(() -> "Assigned " + plan.added().size() + " for call " + callId + ", shortfall " + plan.shortfall());
        return plan;
    }

    private List<Assignment> byCall(long callId) {
        return em.createNamedQuery(Assignment.BY_CALL, Assignment.class)
                .setParameter("call", callId)
                .getResultList();
    }

    private List<ForumApplication> scorable(long callId) {
        return applications.findByCallAndStatus(callId, ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW);
    }
}
