package fi.cocreate.forum.panel.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
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
import java.util.List;

/**
 * Staff set up a call's selection panel: the round's settings, the panel members (PANELIST accounts) and the scoring
 * rubric. Staff only: the class's {@link RolesRequired} refuses anyone else before a method runs.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class Panels {

    @PersistenceContext
    EntityManager em;

    @Inject
    PanelGuard guard;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public PanelRound round(long callId) {
        return guard.round(callId);
    }

    public PanelRound configure(long callId, int reviewers, boolean normalise, double spread, double range) {
        PanelRound round = guard.round(callId);
        round.configure(reviewers, normalise, spread, range);
        return round;
    }

    /**
     * Turns blind review of the call on or off: refused once anyone has started scoring (a draft counts) or the
     * applicants were revealed. Audited.
     */
    public PanelRound setBlind(long callId, boolean blind) {
        Account staff = caller.requireStaff();
        PanelRound round = guard.round(callId);
        boolean before = round.isBlind();
        round.setBlind(blind, scoringStarted(callId));
        if (before != blind) {
            audit.record(staff, AuditAction.PANEL_BLIND_REVIEW_SET, callId, String.valueOf(blind));
        }
        return round;
    }

    /** Reveals the applicants of a blind call to its panel (names, attributes and CVs); cannot be undone. Audited. */
    public PanelRound reveal(long callId) {
        Account staff = caller.requireStaff();
        PanelRound round = guard.round(callId);
        round.reveal(staff.getEmail(), clock.instant());
        audit.record(staff, AuditAction.PANEL_APPLICANTS_REVEALED, callId, null);
        return round;
    }

    /** Whether any panellist has started scoring in the call (a draft counts). */
    public boolean scoringStarted(long callId) {
        return em.createNamedQuery(ScoreSheet.BY_CALL, ScoreSheet.class)
                .setParameter("call", callId)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isPresent();
    }

    // ---- members

    public List<PanelMember> members(long callId) {
        guard.call(callId);
        return em.createNamedQuery(PanelMember.BY_CALL, PanelMember.class)
                .setParameter("call", callId)
                .getResultList();
    }

    /** Every account with the PANELIST role, for staff to choose from. */
    public List<Account> panellists() {
        return em.createNamedQuery(Account.ALL, Account.class)
                .getResultStream()
                .filter(a -> a.has(Role.PANELIST))
                .toList();
    }

    /** Appoints a PANELIST account to the call's panel. */
    public PanelMember appoint(long callId, String panellistEmail) {
        guard.round(callId).requireOpen();
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(panellistEmail == null ? "" : panellistEmail))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null || !account.has(Role.PANELIST)) {
            throw new BusinessException("panel.member.notPanelist", panellistEmail);
        }
        boolean already = em.createNamedQuery(PanelMember.BY_CALL_AND_EMAIL, PanelMember.class)
                .setParameter("call", callId)
                .setParameter("email", account.getEmail())
                .getResultStream()
                .findAny()
                .isPresent();
        if (already) {
            throw new BusinessException("panel.member.already", account.getEmail());
        }
        PanelMember member = new PanelMember(callId, account, clock.instant());
        em.persist(member);
        return member;
    }

    /** Removes a member who has not submitted any score yet; their assignments go with them. */
    public void dismiss(long memberId) {
        PanelMember member = Found.find(em, PanelMember.class, memberId, "panel.member.notFound");
        guard.round(member.getCallId()).requireOpen();
        boolean scored = em.createNamedQuery(ScoreSheet.BY_CALL, ScoreSheet.class)
                .setParameter("call", member.getCallId())
                .getResultStream()
                .anyMatch(s -> s.getMember().getId().equals(memberId) && s.isSubmitted());
        if (scored) {
            throw new BusinessException("panel.member.hasScores");
        }
        em.createQuery("delete from ScoreSheet s where s.member = :m")
                .setParameter("m", member)
                .executeUpdate();
        em.createQuery("delete from Assignment a where a.member = :m")
                .setParameter("m", member)
                .executeUpdate();
        em.createQuery("delete from ConflictOfInterest c where c.member = :m")
                .setParameter("m", member)
                .executeUpdate();
        em.remove(member);
    }

    // ---- rubric

    public List<RubricCriterion> rubric(long callId) {
        guard.call(callId);
        return criteria(em, callId);
    }

    static List<RubricCriterion> criteria(EntityManager em, long callId) {
        return em.createNamedQuery(RubricCriterion.BY_CALL, RubricCriterion.class)
                .setParameter("call", callId)
                .getResultList();
    }

    public RubricCriterion addCriterion(long callId, LocalizedText name, double weight, List<LocalizedText> levels) {
        guard.round(callId).requireOpen();
        requireNoScores(callId);
        int next = criteria(em, callId).stream()
                        .mapToInt(RubricCriterion::getSortOrder)
                        .max()
                        .orElse(-1)
                + 1;
        RubricCriterion criterion = new RubricCriterion(callId, next, name, weight, levels);
        em.persist(criterion);
        return criterion;
    }

    /** Changes a criterion's texts and weight; the aggregation always uses the current weights. */
    public RubricCriterion updateCriterion(
            long criterionId, LocalizedText name, double weight, List<LocalizedText> levels) {
        return updateCriterion(criterionId, name, weight, levels, null);
    }

    /** As above, from a page that showed the criterion at {@code seenVersion}: refused if someone saved it since. */
    public RubricCriterion updateCriterion(
            long criterionId, LocalizedText name, double weight, List<LocalizedText> levels, Long seenVersion) {
        String staffEmail = caller.requireStaff().getEmail();
        RubricCriterion criterion = findCriterion(criterionId);
        LastEdit.requireSeen(seenVersion, criterion.getVersion(), criterion.getLastEdit());
        guard.round(criterion.getCallId()).requireOpen();
        criterion.update(name, weight, levels);
        criterion.edited(staffEmail, clock.instant());
        return criterion;
    }

    /** Removes a criterion while nobody has scored on the rubric yet. */
    public void removeCriterion(long criterionId) {
        removeCriterion(criterionId, null);
    }

    /** As above, from a page that showed the criterion at {@code seenVersion}: refused if someone saved it since. */
    public void removeCriterion(long criterionId, Long seenVersion) {
        RubricCriterion criterion = findCriterion(criterionId);
        LastEdit.requireSeen(seenVersion, criterion.getVersion(), criterion.getLastEdit());
        guard.round(criterion.getCallId()).requireOpen();
        requireNoScores(criterion.getCallId());
        em.remove(criterion);
    }

    private RubricCriterion findCriterion(long id) {
        return Found.find(em, RubricCriterion.class, id, "panel.rubric.notFound");
    }

    private void requireNoScores(long callId) {
        if (scoringStarted(callId)) {
            throw new BusinessException("panel.rubric.inUse");
        }
    }
}
