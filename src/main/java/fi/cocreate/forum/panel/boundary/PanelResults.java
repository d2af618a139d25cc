package fi.cocreate.forum.panel.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.control.AggregationResult;
import fi.cocreate.forum.control.ApplicationScore;
import fi.cocreate.forum.control.PanelScore;
import fi.cocreate.forum.control.Rubric;
import fi.cocreate.forum.control.ScoreAggregation;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.panel.control.Calibration;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel's scores aggregated per application with the existing {@link ScoreAggregation}: weighted mean, optional
 * per-panellist normalisation (z-scores), spread, and the disagreement flag. Only submitted scores count.
 */
@Stateless
public class PanelResults {

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

    /** Every application in the selection, best ranking score first, unscored ones last. */
    public List<ScoredApplication> aggregate(long callId) {
        Account staff = caller.requireStaff();
        List<ScoredApplication> rows = compute(callId);
        audit.record(staff, AuditAction.PANEL_RESULTS_VIEWED, callId, String.valueOf(rows.size()));
        return rows;
    }

    /**
     * Each panellist's scores against the panel's, and who moves into or out of the top k (the forum size) because
     * of the z-score normalisation. Staff only; the look at the names is audited like the results.
     */
    public PanelCalibration calibration(long callId) {
        Account staff = caller.requireStaff();
        PanelRound round = guard.round(callId);
        List<ForumApplication> pool = applications.findInSelection(callId);
        List<RubricCriterion> criteria = Panels.criteria(em, callId);
        Map<String, String> applicants = new HashMap<>();
        pool.forEach(a -> applicants.put(String.valueOf(a.getId()), a.getFullName()));
        Map<String, String> panellists = new HashMap<>();
        em.createNamedQuery(PanelMember.BY_CALL, PanelMember.class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(m -> panellists.put(m.panellistKey(), m.getAccount().getDisplayName()));
        Calibration.Report report = Calibration.none(round.getForumSize());
        if (!criteria.isEmpty()) {
            Rubric rubric = new Rubric(
                    criteria.stream().map(RubricCriterion::toCriterion).toList());
            report = Calibration.of(
                    rubric,
                    round.aggregationSettings(),
                    pool.stream().map(a -> String.valueOf(a.getId())).toList(),
                    submitted(callId, applicants.keySet(), rubric),
                    round.getForumSize());
        }
        audit.record(staff, AuditAction.PANEL_RESULTS_VIEWED, callId, String.valueOf(pool.size()));
        return new PanelCalibration(report, panellists, applicants, round.isNormalise());
    }

    private List<PanelScore> submitted(long callId, Set<String> ids, Rubric rubric) {
        return em.createNamedQuery(ScoreSheet.BY_CALL, ScoreSheet.class)
                .setParameter("call", callId)
                .getResultStream()
                .flatMap(s -> s.toPanelScores().stream())
                .filter(s -> ids.contains(s.applicationId())
                        && rubric.criterion(s.criterionId()).isPresent())
                .toList();
    }

    /** The aggregation without a role check, for other boundaries ({@link Selections}). */
    public List<ScoredApplication> compute(long callId) {
        PanelRound round = guard.round(callId);
        List<ForumApplication> pool = applications.findInSelection(callId);
        List<RubricCriterion> criteria = Panels.criteria(em, callId);
        List<ScoredApplication> rows = new ArrayList<>();
        if (criteria.isEmpty()) {
            pool.forEach(a -> rows.add(new ScoredApplication(a.getId(), a.getFullName(), null, 0)));
            return rows;
        }
        Rubric rubric =
                new Rubric(criteria.stream().map(RubricCriterion::toCriterion).toList());
        Set<String> ids = new HashSet<>();
        List<String> order = new ArrayList<>();
        pool.forEach(a -> {
            ids.add(String.valueOf(a.getId()));
            order.add(String.valueOf(a.getId()));
        });
        List<PanelScore> scores = submitted(callId, ids, rubric);
        AggregationResult result = new ScoreAggregation(rubric, round.aggregationSettings()).aggregate(order, scores);
        for (ForumApplication a : pool) {
            ApplicationScore score = result.find(String.valueOf(a.getId())).orElse(null);
            double ranking = score == null ? 0 : round.isNormalise() ? score.normalisedMean() : score.rawMean();
            rows.add(new ScoredApplication(a.getId(), a.getFullName(), score, ranking));
        }
        rows.sort(Comparator.comparing((ScoredApplication r) -> !r.isScored())
                .thenComparing(Comparator.comparingDouble(ScoredApplication::rankingScore)
                        .reversed())
                .thenComparingLong(ScoredApplication::applicationId));
        return rows;
    }
}
