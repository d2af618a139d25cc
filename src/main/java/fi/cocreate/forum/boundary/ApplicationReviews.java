package fi.cocreate.forum.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ViewPurpose;
import fi.cocreate.forum.panel.boundary.PanelGuard;
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
import java.util.List;

/**
 * Applications as staff and the panel see them: one application and its CV (staff or a panellist who may review
 * it), a call's list and the decision (staff only), and who looked. Drafts are the applicant's own and are never
 * shown. Every look is recorded twice: per application in {@link ApplicationView} (which the applicant reads) and in
 * the administrator's audit log.
 */
@Stateless
public class ApplicationReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    PanelGuard guard;

    /**
     * Shows one application to staff or a panel member and records the view (who, when). Drafts are the applicant's
     * own and are never shown. A panellist sees only an application they may review ({@link #reviewer}). Once the
     * window has closed, a submitted application moves under review.
     */
    public ForumApplication viewForReview(long id) {
        Account viewer = reviewer(id);
        ForumApplication application = records().reviewable(id);
        Instant now = clock.instant();
        em.persist(new ApplicationView(id, viewer.getId(), viewer.getEmail(), ViewPurpose.DETAIL, now));
        audit.record(viewer, AuditAction.APPLICATION_VIEWED, id, null);
        application.startReview(now);
        return application;
    }

    /** The CV of an application for staff or a panellist who may review it ({@link #reviewer}); recorded as a view. */
    public ApplicationCv cvForReview(long id) {
        Account viewer = reviewer(id);
        records().reviewable(id);
        ApplicationCv cv = records().cvOf(id).orElseThrow(() -> new BusinessException("forum.cv.none"));
        em.persist(new ApplicationView(id, viewer.getId(), viewer.getEmail(), ViewPurpose.CV, clock.instant()));
        audit.record(viewer, AuditAction.APPLICATION_CV_VIEWED, id, null);
        return cv;
    }

    /**
     * The caller, who may look at this application for review: staff or an administrator, or a panellist appointed to
     * its call, assigned to it and without a declared conflict of interest on it (the panel's rules,
     * {@link PanelGuard#reviewer}). Refused with {@code AccessDenied} before anything is read or recorded, so a caller
     * of this boundary cannot skip the panel's check that the review page makes.
     */
    private Account reviewer(long id) {
        Account viewer = caller.require(Role.STAFF, Role.ADMIN, Role.PANELIST);
        if (!viewer.has(Role.STAFF) && !viewer.has(Role.ADMIN)) {
            guard.reviewer(guard.application(id));
        }
        return viewer;
    }

    /** The applications of a call for staff (drafts excluded); each listed application records a view. */
    public List<ForumApplication> listForStaff(long callId) {
        Account viewer = caller.require(Role.STAFF, Role.ADMIN);
        List<ForumApplication> list = em.createNamedQuery(ForumApplication.BY_CALL, ForumApplication.class)
                .setParameter("call", callId)
                .getResultList();
        return listed(list, viewer, callId);
    }

    /** Records the look at a call's list: a view of each listed application, and one audit row with their number. */
    private List<ForumApplication> listed(List<ForumApplication> list, Account viewer, long callId) {
        Instant now = clock.instant();
        for (ForumApplication application : list) {
            em.persist(
                    new ApplicationView(application.getId(), viewer.getId(), viewer.getEmail(), ViewPurpose.LIST, now));
        }
        audit.record(viewer, AuditAction.APPLICATIONS_LISTED, callId, String.valueOf(list.size()));
        return list;
    }

    /** Who has seen an application, newest first: for staff, and for the applicant about their own. */
    public List<ApplicationView> viewsOf(long id) {
        Account actor = caller.require(Role.STAFF, Role.ADMIN, Role.APPLICANT);
        if (!(actor.has(Role.STAFF) || actor.has(Role.ADMIN))) {
            records().owned(id, actor);
        }
        return em.createNamedQuery(ApplicationView.OF_APPLICATION, ApplicationView.class)
                .setParameter("application", id)
                .getResultList();
    }

    /**
     * Records the decision on an application: staff and administrators only, as {@code Selections.confirm}, its one
     * caller, is theirs. The panel scores; it does not decide.
     */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public ForumApplication decide(long id, ApplicationStatus decision) {
        ForumApplication application = records().reviewable(id);
        application.decide(decision, clock.instant());
        return application;
    }

    private ApplicationRecords records() {
        return new ApplicationRecords(em);
    }
}
