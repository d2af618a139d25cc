package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/** Staff write a consultation's summary as statements and publish it once the consultation's deadline has passed. */
@Stateless
public class Summaries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OwnThemes ownThemes;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<SummaryPublished> published;

    @Inject
    SummaryMails mails;

    /** The consultation's summary, started empty the first time staff open it. */
    public ConsultationSummary of(long consultationId) {
        caller.requireStaff();
        ConsultationSummary summary = find(consultationId).orElseGet(() -> {
            ConsultationSummary created = new ConsultationSummary(consultation(consultationId), clock.instant());
            em.persist(created);
            return created;
        });
        summary.getStatements().size();
        return summary;
    }

    public SummaryStatement addStatement(long consultationId, SummarySection section, Theme theme, LocalizedText text) {
        return addStatement(consultationId, section, theme, text, null);
    }

    /*
     * The statements are written by several staff: adding, removing and publishing take the summary's version the
     * page showed (null for callers without a page) and refuse a stale page, naming who changed the summary, so
     * nobody publishes statements they have not seen. Each change records its author and moves the version.
     */

    public SummaryStatement addStatement(
            long consultationId, SummarySection section, Theme theme, LocalizedText text, Long seenVersion) {
        ConsultationSummary summary = editable(consultationId, seenVersion);
        ownThemes.requireUsable(consultationId, theme);
        SummaryStatement statement = summary.addStatement(section, theme, text);
        statement.edited(caller.email().orElseThrow(), clock.instant());
        em.flush();
        return statement;
    }

    public void removeStatement(long consultationId, long statementId) {
        removeStatement(consultationId, statementId, null);
    }

    public void removeStatement(long consultationId, long statementId, Long seenVersion) {
        ConsultationSummary summary = editable(consultationId, seenVersion);
        em.createQuery("delete from Citation c where c.statement.id = :statement and c.statement.summary.id = :summary")
                .setParameter("statement", statementId)
                .setParameter("summary", summary.getId())
                .executeUpdate();
        summary.removeStatement(statementId);
    }

    /**
     * Publishes the summary (refused before the deadline), then, in the same transaction, tells observers
     * ({@link SummaryPublished}) and queues a mail to the representatives of every organisation that responded.
     */
    public ConsultationSummary publish(long consultationId) {
        return publish(consultationId, null, false);
    }

    public ConsultationSummary publish(long consultationId, Long seenVersion) {
        return publish(consultationId, seenVersion, false);
    }

    /**
     * Publishes the summary. Every statement about the feedback must rest on a citation or be staff's own conclusion;
     * if accepted responses are left uncited, staff must say they publish anyway ({@code uncitedConfirmed}).
     */
    public ConsultationSummary publish(long consultationId, Long seenVersion, boolean uncitedConfirmed) {
        return publish(consultationId, seenVersion, uncitedConfirmed, true);
    }

    /**
     * As {@link #publish(long, Long, boolean)}; moreover, if proposals in accepted responses have no recorded reaction
     * of the ministry, staff must say they publish them unanswered ({@code unansweredConfirmed}), as the staff page
     * asks. (The shorter overloads, for callers without that question, take it as confirmed.)
     */
    public ConsultationSummary publish(
            long consultationId, Long seenVersion, boolean uncitedConfirmed, boolean unansweredConfirmed) {
        ConsultationSummary summary = of(consultationId);
        LastEdit.requireSeen(seenVersion, summary.getVersion(), summary.getLastEdit());
        // The entity's own rules first (published already, before the deadline, empty), then what rests on what.
        if (!summary.isPublished()
                && summary.mayBePublishedAt(clock.instant())
                && !summary.getStatements().isEmpty()) {
            List<SummaryStatement> uncited = summary.uncited(new java.util.HashSet<>(em.createQuery(
                            "select distinct c.statement.id from Citation c where c.statement.summary.id = :s",
                            Long.class)
                    .setParameter("s", summary.getId())
                    .getResultList()));
            if (!uncited.isEmpty()) {
                throw new BusinessException(
                        "summary.uncited",
                        uncited.stream()
                                .map(st -> String.valueOf(st.getPosition()))
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            SummaryCoverage coverage = coverageOf(consultationId, false);
            if (!uncitedConfirmed && !coverage.isComplete()) {
                throw new BusinessException("summary.uncoveredConfirm", coverage.uncited(), coverage.accepted());
            }
            ConsultationSummary.requireProposalsAnswered(unansweredProposals(consultationId), unansweredConfirmed);
        }
        summary.edited(caller.email().orElseThrow(), clock.instant());
        summary.publish(clock.instant());
        audit.record(AuditAction.SUMMARY_PUBLISHED, consultationId);
        published.fire(new SummaryPublished(consultationId));
        mails.queueSummaryPublished(summary.getConsultation());
        return summary;
    }

    /** How many proposals in accepted (or redacted) submitted responses have no recorded reaction of the ministry. */
    public long unansweredProposals(long consultationId) {
        caller.requireStaff();
        return em.createQuery(
                        "select count(p.id) from Proposal p join p.response r where r.consultation.id = :c"
                                + " and r.state = fi.cocreate.consultation.entity.ResponseState.SUBMITTED and p.reaction is null and"
                                + " exists (select m.id from ResponseModeration m where m.response.id = r.id and m.state in"
                                + " (fi.cocreate.consultation.entity.ModerationState.ACCEPTED,"
                                + " fi.cocreate.consultation.entity.ModerationState.REDACTED))",
                        Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
    }

    /** Cites a submitted response of the same consultation, or one passage of it, as a ground of the statement. */
    public Citation cite(long consultationId, long statementId, long responseId, Long passageId) {
        SummaryStatement statement = unpublishedStatement(consultationId, statementId);
        // Only a submitted response of this consultation, and only a passage of that response: an id of another
        // consultation's response, posted by hand, is not found here.
        Response response = Found.find(
                em,
                Response.class,
                responseId,
                r -> r.isSubmitted() && r.getConsultation().getId() == consultationId,
                "response.notFound");
        Passage passage = passageId == null
                ? null
                : Found.find(
                        em,
                        Passage.class,
                        passageId,
                        p -> p.getResponse().getId().equals(response.getId()),
                        "response.notFound");
        Citation citation = new Citation(statement, response, passage);
        em.persist(citation);
        return citation;
    }

    /**
     * Marks a statement as staff's own conclusion, which rests on no response (or takes the mark away); only before
     * publishing. The page's statement version guards against a change made meanwhile.
     */
    public SummaryStatement markOwnConclusion(long consultationId, long statementId, boolean own, Long seenVersion) {
        SummaryStatement statement = unpublishedStatement(consultationId, statementId);
        LastEdit.requireSeen(seenVersion, statement.getVersion(), statement.getLastEdit());
        statement.markOwnConclusion(own);
        statement.edited(caller.email().orElseThrow(), clock.instant());
        return statement;
    }

    /**
     * The summary's coverage of the feedback: accepted (or redacted) submitted responses, how many of them a
     * statement cites, and the first uncited responses and passages. Bounded queries, whatever the volume.
     */
    public SummaryCoverage coverage(long consultationId) {
        caller.requireStaff();
        return coverageOf(consultationId, true);
    }

    /** The same figures for the public page: counts only, no names. */
    public SummaryCoverage publicCoverage(long consultationId) {
        return coverageOf(consultationId, false);
    }

    /**
     * In a query over responses {@code r} left joined to their organisation {@code o} and event {@code ev}: who the
     * feedback is from, the organisation's name or, for an event's output, the event's title (Finnish first).
     */
    static final String SOURCE_NAME = "coalesce(o.name, ev.title.fi, ev.title.sv, ev.title.en)";

    private SummaryCoverage coverageOf(long consultationId, boolean listed) {
        // Report queries over ids only (no entity comparison, no theta join): nothing here loads an entity.
        String isAccepted = " exists (select m.id from ResponseModeration m where m.response.id = r.id and m.state in"
                + " (fi.cocreate.consultation.entity.ModerationState.ACCEPTED,"
                + " fi.cocreate.consultation.entity.ModerationState.REDACTED))";
        String accepted =
                " from Response r left join r.organisation o left join r.event ev where r.consultation.id = :c and r.state ="
                        + " fi.cocreate.consultation.entity.ResponseState.SUBMITTED and" + isAccepted;
        String cited = " exists (select c.id from Citation c where c.response.id = r.id)";
        long total = em.createQuery("select count(r.id)" + accepted, Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
        long covered = em.createQuery("select count(r.id)" + accepted + " and" + cited, Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
        if (!listed) {
            return new SummaryCoverage(total, covered, List.of(), 0, List.of());
        }
        List<SummaryCoverage.Uncited> responses = em.createQuery(
                        "select r.id, " + SOURCE_NAME + accepted + " and not" + cited + " order by o.name, r.id",
                        Object[].class)
                .setParameter("c", consultationId)
                .setMaxResults(SummaryCoverage.LISTED)
                .getResultStream()
                .map(r -> new SummaryCoverage.Uncited((Long) r[0], null, (String) r[1], null))
                .toList();
        String passages =
                " from Passage p join p.response r left join r.organisation o left join r.event ev where r.consultation.id = :c and"
                        + isAccepted + " and not exists (select c.id from Citation c where c.passage.id = p.id)";
        long uncitedPassages = em.createQuery("select count(p.id)" + passages, Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
        List<SummaryCoverage.Uncited> firstPassages = uncitedPassages == 0
                ? List.of()
                : em.createQuery(
                                "select r.id, p.id, " + SOURCE_NAME + ", p.quote" + passages + " order by o.name, p.id",
                                Object[].class)
                        .setParameter("c", consultationId)
                        .setMaxResults(SummaryCoverage.LISTED)
                        .getResultStream()
                        .map(p -> new SummaryCoverage.Uncited((Long) p[0], (Long) p[1], (String) p[2], (String) p[3]))
                        .toList();
        return new SummaryCoverage(total, covered, responses, uncitedPassages, firstPassages);
    }

    /** Cites a passage: the response it was quoted from is cited with it. */
    public Citation citePassage(long consultationId, long statementId, long passageId) {
        Passage passage = Found.find(em, Passage.class, passageId, "response.notFound");
        return cite(consultationId, statementId, passage.getResponse().getId(), passageId);
    }

    public void removeCitation(long consultationId, long citationId) {
        ConsultationSummary summary = unpublished(consultationId);
        Citation citation = em.find(Citation.class, citationId);
        if (citation != null && citation.getStatement().getSummary().getId().equals(summary.getId())) {
            em.remove(citation);
        }
    }

    /**
     * Every citation of the summary (staff see all of them, public or not), with its response, the response's
     * organisation and event, and its passage read in the same statement (the editor shows them all).
     */
    public List<Citation> citations(long consultationId) {
        ConsultationSummary summary = of(consultationId);
        return em.createNamedQuery(Citation.OF_SUMMARY, Citation.class)
                .setHint(QueryHints.FETCH, "c.response")
                .setHint(QueryHints.LEFT_FETCH, "c.response.organisation")
                .setHint(QueryHints.LEFT_FETCH, "c.response.event")
                .setHint(QueryHints.LEFT_FETCH, "c.passage")
                .setParameter("summary", summary.getId())
                .getResultList();
    }

    /** The unpublished summary, checked against the version a page showed, marked as edited by the caller. */
    private ConsultationSummary editable(long consultationId, Long seenVersion) {
        ConsultationSummary summary = unpublished(consultationId);
        LastEdit.requireSeen(seenVersion, summary.getVersion(), summary.getLastEdit());
        summary.edited(caller.email().orElseThrow(), clock.instant());
        return summary;
    }

    /** The consultation's summary, refused once it is published: a published summary is not changed. */
    private ConsultationSummary unpublished(long consultationId) {
        ConsultationSummary summary = of(consultationId);
        if (summary.isPublished()) {
            throw new BusinessException("summary.alreadyPublished");
        }
        return summary;
    }

    /** A statement of the unpublished summary. */
    private SummaryStatement unpublishedStatement(long consultationId, long statementId) {
        return Found.found(
                unpublished(consultationId).getStatements().stream()
                        .filter(s -> s.getId() == statementId)
                        .findFirst(),
                "summary.statementNotFound");
    }

    Optional<ConsultationSummary> find(long consultationId) {
        return em.createNamedQuery(ConsultationSummary.OF_CONSULTATION, ConsultationSummary.class)
                .setParameter("consultation", consultationId)
                .getResultStream()
                .findFirst();
    }

    public List<Consultation> consultations() {
        caller.requireStaff();
        return em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
    }

    private Consultation consultation(long id) {
        return Found.find(em, Consultation.class, id, "consultation.notFound");
    }
}
