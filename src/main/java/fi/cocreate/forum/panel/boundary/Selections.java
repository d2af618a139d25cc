package fi.cocreate.forum.panel.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.control.Candidate;
import fi.cocreate.forum.control.CandidateDecision;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.control.ApplicantProfile;
import fi.cocreate.forum.panel.control.DiversityPrice;
import fi.cocreate.forum.panel.control.OriginRegions;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.DecisionOutcome;
import fi.cocreate.forum.panel.entity.PanelDecision;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.forum.panel.entity.SelectionLock;
import fi.cocreate.forum.panel.entity.SelectionRule;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forum selection: staff set the forum size, the diversity rules and locks, run the proven-optimal
 * selector on the aggregated scores (through {@link SelectionCache}, which keeps the last result per call), and
 * confirm. A staff run also prices the rules ({@link DiversityPrice}: the score given up against the plain top k, and
 * per rule by solving once more without it, each through the cache), in the background: a run answers with its group
 * at once and with the price when it was ready within a short wait, else marked pending for a later run. Confirming records every decision, moves every
 * application to SELECTED, WAITING_LIST or NOT_SELECTED and queues a decision mail to every applicant in their
 * language, all in one transaction.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class Selections {

    @Inject
    OperationalMetrics metrics;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    PanelGuard guard;

    @Inject
    Caller caller;

    @Inject
    PanelResults results;

    @Inject
    ForumApplications applications;

    @Inject
    ApplicationReviews reviews;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    SelectionCache cache;

    @Inject
    RegionsOfOrigin regions;

    // ---- settings, rules and locks

    public PanelRound setSizes(long callId, int forumSize, int waitingListSize) {
        PanelRound round = guard.round(callId);
        round.setForumSize(forumSize);
        round.setWaitingListSize(waitingListSize);
        return round;
    }

    public List<SelectionRule> rules(long callId) {
        return rulesOf(callId);
    }

    /** Adds a rule, or changes the limits of the existing rule for the same dimension and value. */
    public SelectionRule setRule(
            long callId, SelectionDimension dimension, String value, int minimum, Integer maximum) {
        return setRule(callId, dimension, value, minimum, maximum, null);
    }

    /**
     * As above, from a page that showed the rule for this dimension and value at {@code seenVersion}
     * ({@link #RULE_NOT_SHOWN} if it showed none): a change over someone else's newer save is refused, naming them.
     */
    public SelectionRule setRule(
            long callId, SelectionDimension dimension, String value, int minimum, Integer maximum, Long seenVersion) {
        String staffEmail = caller.requireStaff().getEmail();
        guard.round(callId).requireOpen();
        SelectionRule fresh = new SelectionRule(callId, dimension, value, minimum, maximum);
        for (SelectionRule rule : rulesOf(callId)) {
            if (rule.getDimension() == dimension && rule.getValue().equals(fresh.getValue())) {
                LastEdit.requireSeen(seenVersion, rule.getVersion(), rule.getLastEdit());
                rule.change(minimum, maximum);
                rule.edited(staffEmail, clock.instant());
                return rule;
            }
        }
        fresh.edited(staffEmail, clock.instant());
        em.persist(fresh);
        return fresh;
    }

    /** The version a page passes for a rule it did not show. */
    public static final long RULE_NOT_SHOWN = -1;

    public void removeRule(long ruleId) {
        removeRule(ruleId, null);
    }

    public void removeRule(long ruleId, Long seenVersion) {
        SelectionRule rule = Found.find(em, SelectionRule.class, ruleId, "panel.rule.notFound");
        LastEdit.requireSeen(seenVersion, rule.getVersion(), rule.getLastEdit());
        guard.round(rule.getCallId()).requireOpen();
        em.remove(rule);
    }

    /** Locks a candidate in (true) or out (false), or removes the lock (null). */
    public void lock(long applicationId, Boolean in) {
        ForumApplication application = guard.application(applicationId);
        long callId = application.getCall().getId();
        guard.round(callId).requireOpen();
        SelectionLock lock = em.createNamedQuery(SelectionLock.BY_APPLICATION, SelectionLock.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (in == null) {
            if (lock != null) {
                em.remove(lock);
            }
        } else if (lock == null) {
            em.persist(new SelectionLock(callId, applicationId, in));
        } else {
            lock.change(in);
        }
    }

    public List<PanelDecision> decisions(long callId) {
        return em.createNamedQuery(PanelDecision.BY_CALL, PanelDecision.class)
                .setParameter("call", callId)
                .getResultList();
    }

    // ---- running and confirming

    /** Runs the selection on the current scores, rules and locks; changes nothing. */
    public SelectionRun run(long callId) {
        Account staff = caller.requireStaff();
        SelectionRun run = compute(callId, true);
        audit.record(
                staff,
                AuditAction.SELECTION_RUN,
                callId,
                run.result().status() + ", " + run.candidates().size());
        return run;
    }

    /**
     * Confirms the decision: only a proven-optimal group, and only when every application has been scored. Returns
     * the run that was confirmed.
     */
    public SelectionRun confirm(long callId) {
        Account staff = caller.requireStaff();
        PanelRound round = guard.round(callId);
        round.requireOpen();
        SelectionRun run = compute(callId, false);
        if (!run.unscored().isEmpty()) {
            throw new BusinessException(
                    "panel.selection.unscored", run.unscored().size());
        }
        if (run.result().status() != SelectionStatus.OPTIMAL) {
            throw new BusinessException("panel.selection.notOptimal");
        }
        Instant now = clock.instant();
        ForumCall call = guard.call(callId);
        for (CandidateRow row : run.candidates()) {
            DecisionOutcome outcome = row.isSelected()
                    ? DecisionOutcome.SELECTED
                    : row.waitingPosition() > 0 ? DecisionOutcome.WAITING_LIST : DecisionOutcome.NOT_SELECTED;
            CandidateDecision decision = row.decision();
            em.persist(new PanelDecision(
                    callId,
                    row.applicationId(),
                    outcome,
                    decision.rank(),
                    row.waitingPosition() > 0 ? row.waitingPosition() : null,
                    decision.reason(),
                    now));
            ForumApplication application =
                    reviews.decide(row.applicationId(), ApplicationStatus.valueOf(outcome.name()));
            notify(application, call, outcome, row.waitingPosition());
        }
        round.confirm(staff.getEmail(), now);
        audit.record(
                staff,
                AuditAction.SELECTION_CONFIRMED,
                callId,
                String.valueOf(run.result().selectedIds().size()));
        return run;
    }

    private void notify(ForumApplication application, ForumCall call, DecisionOutcome outcome, int position) {
        String email = application.getApplicantEmail();
        if (email == null || email.isBlank()) {
            return;
        }
        String language = SupportedLanguage.orDefault(application.getLanguage());
        MailKind kind = switch (outcome) {
            case SELECTED -> MailKind.FORUM_DECISION_SELECTED;
            case WAITING_LIST -> MailKind.FORUM_DECISION_WAITING_LIST;
            case NOT_SELECTED -> MailKind.FORUM_DECISION_NOT_SELECTED;
        };
        outbox.queue(
                email,
                language,
                kind,
                application.getFullName(),
                call.getTitle().in(SupportedLanguage.locale(language)),
                position,
                links.page("/forum/apply/index.xhtml"));
    }

    private SelectionRun compute(long callId, boolean priced) {
        PanelRound round = guard.round(callId);
        ForumCall call = guard.call(callId);
        int referenceYear = call.getClosesAt().atZone(clock.getZone()).getYear();
        List<ScoredApplication> scored = results.compute(callId);
        Map<Long, ForumApplication> byId = new HashMap<>();
        applications.findInSelection(callId).forEach(a -> byId.put(a.getId(), a));
        Map<Long, Boolean> locks = new HashMap<>();
        em.createNamedQuery(SelectionLock.BY_CALL, SelectionLock.class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(l -> locks.put(l.getApplicationId(), l.isLockedIn()));

        OriginRegions.Mapping regionMapping = regions.mapping(callId);
        List<Candidate> candidates = new ArrayList<>();
        List<Long> unscored = new ArrayList<>();
        for (ScoredApplication row : scored) {
            ForumApplication application = byId.get(row.applicationId());
            if (!row.isScored()) {
                unscored.add(row.applicationId());
            } else if (application != null) {
                candidates.add(profile(application)
                        .toCandidate(row.score(), round.isNormalise(), referenceYear, regionMapping));
            }
        }
        Set<String> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        Set<String> in = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        locks.forEach((id, lockedIn) -> {
            if (ids.contains(String.valueOf(id))) {
                (lockedIn ? in : out).add(String.valueOf(id));
            }
        });
        List<fi.cocreate.forum.control.DiversityRule> rules =
                rulesOf(callId).stream().map(SelectionRule::toDiversityRule).toList();
        if (candidates.isEmpty()) {
            throw new BusinessException("panel.selection.noCandidates");
        }
        long solving = System.nanoTime();
        SelectionProblem problem = new SelectionProblem(candidates, round.getForumSize(), rules, in, out);
        SelectionResult result = cache.select(callId, problem);
        metrics.solverRan(java.time.Duration.ofNanos(System.nanoTime() - solving));
        // the price needs one more solve per rule: computed in the background, shown when ready (SelectionCache)
        DiversityPrice.Report price =
                priced ? cache.price(callId, problem, result).orElse(null) : null;
        boolean pricePending = priced && price == null;

        Map<String, Candidate> candidateById = new HashMap<>();
        candidates.forEach(c -> candidateById.put(c.id(), c));
        Set<String> topK = new HashSet<>(result.scoreOnlyIds());
        Map<String, Integer> waiting = new HashMap<>();
        for (int i = 0; i < result.waitingList().size() && i < round.getWaitingListSize(); i++) {
            waiting.put(result.waitingList().get(i), i + 1);
        }
        Map<String, CandidateDecision> decisionById = new HashMap<>();
        result.decisions().forEach(d -> decisionById.put(d.candidateId(), d));
        // the place in the score ranking, also when the run found no group (then there are no decisions)
        Map<String, Integer> rankById = new HashMap<>();
        List<Candidate> byScore = new ArrayList<>(candidates);
        byScore.sort(java.util.Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparingLong(c -> Long.parseLong(c.id())));
        for (int i = 0; i < byScore.size(); i++) {
            rankById.put(byScore.get(i).id(), i + 1);
        }
        List<CandidateRow> rows = new ArrayList<>();
        List<String> order = result.hasGroup()
                ? result.decisions().stream()
                        .map(CandidateDecision::candidateId)
                        .toList()
                : scored.stream()
                        .filter(ScoredApplication::isScored)
                        .map(s -> String.valueOf(s.applicationId()))
                        .toList();
        for (String id : order) {
            Candidate c = candidateById.get(id);
            long applicationId = Long.parseLong(id);
            rows.add(new CandidateRow(
                    applicationId,
                    byId.get(applicationId).getFullName(),
                    c.score(),
                    c.attributes(),
                    decisionById.get(id),
                    locks.get(applicationId),
                    topK.contains(id),
                    waiting.getOrDefault(id, 0),
                    decisionById.containsKey(id) ? decisionById.get(id).rank() : rankById.get(id)));
        }
        return new SelectionRun(result, round.getForumSize(), rows, unscored, price, pricePending);
    }

    static ApplicantProfile profile(ForumApplication application) {
        Set<String> areas = new LinkedHashSet<>();
        for (ExpertiseArea area : application.getExpertise()) {
            areas.add(area.name());
        }
        String origin = application.getCountryOfOrigin() != null
                ? application.getCountryOfOrigin()
                : application.getCountryOfBirth();
        return new ApplicantProfile(
                application.getId(),
                areas,
                application.getGender() == null ? null : application.getGender().name(),
                application.getYearOfBirth(),
                origin,
                application.getNewHomeCountry());
    }

    private List<SelectionRule> rulesOf(long callId) {
        return em.createNamedQuery(SelectionRule.BY_CALL, SelectionRule.class)
                .setParameter("call", callId)
                .getResultList();
    }
}
