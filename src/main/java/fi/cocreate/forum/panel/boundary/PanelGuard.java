package fi.cocreate.forum.panel.boundary;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.Found;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.ConflictOfInterest;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The panel's ownership rules, in one place: whether the calling panellist is appointed to the call, and whether they
 * may see an application (assigned, no declared conflict); and the finds every panel boundary shares. Who is calling
 * and their roles come from {@link Caller}. Refusals are {@link AccessDenied}, so the page says why and nothing is
 * changed.
 */
@Stateless
public class PanelGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public ForumCall call(long callId) {
        return Found.find(em, ForumCall.class, callId, "forum.call.notFound");
    }

    /** The call's selection round, created with defaults on first use. */
    public PanelRound round(long callId) {
        PanelRound round = em.find(PanelRound.class, callId);
        if (round == null) {
            round = new PanelRound(callId, call(callId).getForumSize());
            em.persist(round);
        }
        return round;
    }

    /** An application that has reached the selection (never a draft or a withdrawn one). */
    public ForumApplication application(long applicationId) {
        return Found.find(
                em,
                ForumApplication.class,
                applicationId,
                a -> a.getStatus() != ApplicationStatus.DRAFT && a.getStatus() != ApplicationStatus.WITHDRAWN,
                "panel.application.notFound");
    }

    /** The calling panellist's appointment to the call; refused when they are not appointed. */
    public PanelMember member(long callId) {
        Account account = caller.require(Role.PANELIST);
        return em.createNamedQuery(PanelMember.BY_CALL_AND_EMAIL, PanelMember.class)
                .setParameter("call", callId)
                .setParameter("email", account.getEmail())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AccessDenied("panel.access.notAppointed"));
    }

    public boolean hasConflict(PanelMember member, long applicationId) {
        return em.createNamedQuery(ConflictOfInterest.COUNT_FOR, Long.class)
                        .setParameter("application", applicationId)
                        .setParameter("member", member)
                        .getSingleResult()
                > 0;
    }

    /**
     * The calling panellist may work on this application: appointed to its call, assigned to it, and without a declared
     * conflict of interest. Returns their appointment.
     */
    public PanelMember reviewer(ForumApplication application) {
        PanelMember member = member(application.getCall().getId());
        if (hasConflict(member, application.getId())) {
            throw new AccessDenied("panel.access.conflict");
        }
        boolean assigned = em.createNamedQuery(Assignment.BY_APPLICATION_AND_MEMBER, Assignment.class)
                .setParameter("application", application.getId())
                .setParameter("member", member)
                .getResultStream()
                .anyMatch(Assignment::isActive);
        if (!assigned) {
            throw new AccessDenied("panel.access.notAssigned");
        }
        return member;
    }
}
