package fi.cocreate.forum.panel.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.ConflictOfInterest;
import fi.cocreate.forum.panel.entity.DiscussionPost;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A panellist's work: their assigned applications, scoring each one independently, declaring conflicts of interest,
 * and the discussion. Enforced here, not in the page: a panellist not appointed to the call, not assigned to the
 * application or with a declared conflict is refused; nobody sees others' scores or the discussion of an application
 * before submitting their own score for it (staff always may). The caller is {@link Caller}'s; the ownership rules are
 * {@link PanelGuard}'s.
 */
@Stateless
public class PanelReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    PanelGuard guard;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ForumApplications applications;

    @Inject
    ApplicationReviews reviews;

    @Inject
    PanelAssignments assignments;

    @Inject
    Clock clock;

    /** The calls the calling panellist is appointed to. */
    public List<PanelMember> myPanels() {
        Account account = caller.require(Role.PANELIST);
        return em.createNamedQuery(PanelMember.BY_EMAIL, PanelMember.class)
                .setParameter("email", account.getEmail())
                .getResultList();
    }

    /**
     * The panellist's assigned applications in the call, conflicted ones left out; in a blind call before the reveal
     * without the applicants' names.
     */
    public List<AssignedApplication> myApplications(long callId) {
        PanelMember member = guard.member(callId);
        boolean hidden = guard.round(callId).hidesApplicants();
        audit.record(member.getAccount(), AuditAction.PANELLIST_LIST_VIEWED, callId, null);
        List<AssignedApplication> rows = new ArrayList<>();
        List<Assignment> mine = em.createQuery(
                        "select a from Assignment a where a.member = :m and a.removed = false "
                                + "order by a.applicationId",
                        Assignment.class)
                .setParameter("m", member)
                .getResultList();
        for (Assignment assignment : mine) {
            long id = assignment.getApplicationId();
            if (guard.hasConflict(member, id)) {
                continue;
            }
            Optional<ForumApplication> application = applications.find(id);
            if (application.isEmpty()) {
                continue;
            }
            String state = sheet(member, id)
                    .map(s -> s.isSubmitted() ? "SUBMITTED" : "DRAFT")
                    .orElse("NOT_STARTED");
            rows.add(new AssignedApplication(
                    id, hidden ? null : application.get().getFullName(), state));
        }
        return rows;
    }

    /**
     * Opens an assigned application for scoring; the view is recorded in the application's audit. In a blind call
     * before staff reveal the applicants, the answer has no identity or diversity attributes and no CV.
     */
    public ReviewedApplication open(long applicationId) {
        PanelMember member = guard.reviewer(guard.application(applicationId));
        ForumApplication application = reviews.viewForReview(applicationId);
        return guard.round(member.getCallId()).hidesApplicants()
                ? ReviewedApplication.blind(application)
                : ReviewedApplication.open(application);
    }

    /**
     * The CV of an application assigned to the panellist (not one they declared a conflict on); every view is written
     * to the application's audit. Refused in a blind call until staff reveal the applicants: a CV names its author.
     */
    public ApplicationCv cv(long applicationId) {
        PanelMember member = guard.reviewer(guard.application(applicationId));
        if (guard.round(member.getCallId()).hidesApplicants()) {
            throw new BusinessException("panel.blind.cvHidden");
        }
        return reviews.cvForReview(applicationId);
    }

    /** The rubric the panellist scores this application on. */
    public List<RubricCriterion> rubric(long applicationId) {
        ForumApplication application = guard.application(applicationId);
        guard.reviewer(application);
        return Panels.criteria(em, application.getCall().getId());
    }

    /** The panellist's own score sheet for the application, if they started one. */
    public Optional<ScoreSheet> mySheet(long applicationId) {
        PanelMember member = guard.reviewer(guard.application(applicationId));
        return sheet(member, applicationId);
    }

    public ScoreSheet saveDraft(long applicationId, Map<Long, Integer> values, String comment) {
        return write(applicationId, values, comment, false);
    }

    /** Submits the score: complete and final. */
    public ScoreSheet submit(long applicationId, Map<Long, Integer> values, String comment) {
        return write(applicationId, values, comment, true);
    }

    private ScoreSheet write(long applicationId, Map<Long, Integer> values, String comment, boolean submit) {
        ForumApplication application = guard.application(applicationId);
        PanelMember member = guard.reviewer(application);
        guard.round(member.getCallId()).requireOpen();
        if (!application.getStatus().isInSelection()) {
            throw new BusinessException("panel.score.decided");
        }
        List<Long> criteria = Panels.criteria(em, member.getCallId()).stream()
                .map(RubricCriterion::getId)
                .toList();
        if (criteria.isEmpty()) {
            throw new BusinessException("panel.rubric.empty");
        }
        Instant now = clock.instant();
        ScoreSheet sheet = sheet(member, applicationId).orElse(null);
        if (sheet == null) {
            sheet = new ScoreSheet(applicationId, member, now);
            em.persist(sheet);
        }
        if (submit) {
            sheet.submit(values, comment, criteria, now);
        } else {
            sheet.saveDraft(values, comment, criteria, now);
        }
        return sheet;
    }

    /**
     * The other panellists' submitted scores and comments on the application. A panellist sees them only after
     * submitting their own; staff always.
     */
    @RolesRequired({Role.PANELIST, Role.STAFF, Role.ADMIN})
    public List<ScoreSheet> othersScores(long applicationId) {
        ForumApplication application = guard.application(applicationId);
        PanelMember me = caller.isStaff() ? null : requireSubmitted(application);
        return em.createNamedQuery(ScoreSheet.BY_APPLICATION, ScoreSheet.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .filter(ScoreSheet::isSubmitted)
                .filter(s -> me == null || !s.getMember().getId().equals(me.getId()))
                .toList();
    }

    /**
     * Declares a conflict of interest. From now on the application is neither shown to nor scorable by the
     * panellist: their assignment and any score they gave are dropped, and another panellist is assigned if
     * possible so that the application keeps its coverage.
     */
    public void declareConflict(long applicationId, String reason) {
        ForumApplication application = guard.application(applicationId);
        PanelMember member = guard.member(application.getCall().getId());
        guard.round(member.getCallId()).requireOpen();
        if (guard.hasConflict(member, applicationId)) {
            throw new BusinessException("panel.conflict.already");
        }
        if (reason != null && reason.length() > ConflictOfInterest.MAX_REASON) {
            throw new BusinessException("panel.conflict.reasonTooLong", ConflictOfInterest.MAX_REASON);
        }
        em.persist(new ConflictOfInterest(applicationId, member, reason, clock.instant()));
        sheet(member, applicationId).ifPresent(em::remove);
        em.createNamedQuery(Assignment.BY_APPLICATION_AND_MEMBER, Assignment.class)
                .setParameter("application", applicationId)
                .setParameter("member", member)
                .getResultStream()
                .forEach(Assignment::remove);
        em.flush();
        assignments.rebalance(member.getCallId());
    }

    /** The application's discussion thread: for staff, and for panellists who have submitted their score for it. */
    @RolesRequired({Role.PANELIST, Role.STAFF, Role.ADMIN})
    public List<DiscussionPost> discussion(long applicationId) {
        ForumApplication application = guard.application(applicationId);
        if (!caller.isStaff()) {
            requireSubmitted(application);
        }
        return em.createNamedQuery(DiscussionPost.BY_APPLICATION, DiscussionPost.class)
                .setParameter("application", applicationId)
                .getResultList();
    }

    public DiscussionPost post(long applicationId, String body) {
        ForumApplication application = guard.application(applicationId);
        Account actor = caller.require(Role.PANELIST, Role.STAFF, Role.ADMIN);
        if (!caller.isStaff()) {
            requireSubmitted(application);
        }
        DiscussionPost post =
                new DiscussionPost(application.getCall().getId(), applicationId, actor, body, clock.instant());
        em.persist(post);
        return post;
    }

    private PanelMember requireSubmitted(ForumApplication application) {
        PanelMember member = guard.reviewer(application);
        if (sheet(member, application.getId()).filter(ScoreSheet::isSubmitted).isEmpty()) {
            throw new BusinessException("panel.score.submitFirst");
        }
        return member;
    }

    private Optional<ScoreSheet> sheet(PanelMember member, long applicationId) {
        return em.createNamedQuery(ScoreSheet.BY_APPLICATION_AND_MEMBER, ScoreSheet.class)
                .setParameter("application", applicationId)
                .setParameter("member", member)
                .getResultStream()
                .findFirst();
    }
}
