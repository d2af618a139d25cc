package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.control.HelsinkiTime;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.DraftSave;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Written responses. Representatives (the request's {@code Caller}) save drafts and submit for their own organisation
 * only; the organisation is always taken from the caller, and a response id from outside is checked against it. The
 * deadline is judged by the injected clock at the moment of saving. Find methods not named "mine" are for staff pages and
 * other boundaries (moderation, summaries), whose own callers are checked there. Staff entering a statement received
 * by email or post, or an event's output, is {@link EnteredResponses}; the receipt of a submission, {@link
 * SubmissionReceipts}.
 */
@Stateless
public class Responses {

    @Inject
    OperationalMetrics metrics;

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    Outbox outbox;

    @Inject
    Extensions extensions;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    SubmissionReceipts receipts;

    // ----- finds for staff pages and other boundaries

    public Response find(long responseId) {
        return Found.find(em, Response.class, responseId, "response.notFound");
    }

    /** A submitted response, for moderation; a draft is refused with {@code moderation.notSubmitted}. */
    public Response findSubmitted(long responseId) {
        Response response = find(responseId);
        if (!response.isSubmitted()) {
            throw new BusinessException("moderation.notSubmitted");
        }
        return response;
    }

    public Optional<Response> findByReference(String referenceNumber) {
        return em.createNamedQuery(Response.BY_REFERENCE, Response.class)
                .setParameter("reference", referenceNumber)
                .getResultStream()
                .findFirst();
    }

    /** How many responses (drafts and submitted) a consultation has, by one count query. */
    public long countOf(long consultationId) {
        return em.createQuery("select count(r) from Response r where r.consultation.id = :c", Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
    }

    /** Every response of a consultation, drafts included, by organisation name. */
    public List<Response> ofConsultation(long consultationId) {
        return em.createNamedQuery(Response.OF_CONSULTATION, Response.class)
                .setParameter("consultationId", consultationId)
                .getResultList();
    }

    /** The submitted responses of a consultation, in order of submission. */
    public List<Response> submittedOf(long consultationId) {
        return em.createNamedQuery(Response.SUBMITTED_OF_CONSULTATION, Response.class)
                .setParameter("consultationId", consultationId)
                .getResultList();
    }

    public Optional<Response> findFor(long consultationId, long organisationId) {
        return em.createNamedQuery(Response.BY_CONSULTATION_AND_ORGANISATION, Response.class)
                .setParameter("consultationId", consultationId)
                .setParameter("organisationId", organisationId)
                .getResultStream()
                .findFirst();
    }

    // ----- the representative's own responses

    /** The response of the caller's organisation to a consultation, if it has started one. */
    public Optional<Response> mineFor(long consultationId) {
        return findFor(consultationId, representatives.myOrganisation().getId());
    }

    /** A response by id, only if it belongs to the caller's organisation; any other id is simply not found. */
    public Response mine(long responseId) {
        Organisation organisation = representatives.myOrganisation();
        return Found.find(
                em,
                Response.class,
                responseId,
                r -> r.getOrganisation().getId().equals(organisation.getId()),
                "response.notFound");
    }

    /** All responses of the caller's organisation, newest first. */
    public List<Response> ofMyOrganisation() {
        Organisation organisation = representatives.myOrganisation();
        return em.createNamedQuery(Response.OF_ORGANISATION, Response.class)
                .setParameter("organisationId", organisation.getId())
                .getResultList();
    }

    /** Saves the caller's organisation's draft; starts the response on the first save. Refused after the deadline. */
    public ResponseVersion saveDraft(long consultationId, List<AnswerInput> answers, boolean publicationConsent) {
        return saveDraft(consultationId, answers, publicationConsent, (SeenResponse) null)
                .version();
    }

    /**
     * As {@link #saveDraft(long, List, boolean)} from a form that showed the response as {@code seen}: an
     * answer a colleague changed since then is not overwritten; what the caller typed for it is kept as a conflict
     * beside theirs (persisted, shown on the page), and the other answers are saved.
     */
    public DraftSave saveDraft(
            long consultationId, List<AnswerInput> answers, boolean publicationConsent, SeenResponse seen) {
        Account author = representatives.representative();
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now, seen);
        return kept(
                response,
                author,
                now,
                response.saveDraft(
                        answers,
                        publicationConsent,
                        author,
                        now,
                        closesAt(response),
                        seen == null ? null : seen.answerRevisions()));
    }

    /**
     * A drafter saves the draft and asks the organisation's approvers to submit it: each approver gets a mail (in
     * their own language) naming who asks, with a link to the response. With a conflict the draft is saved as
     * {@link #saveDraft(long, List, boolean, SeenResponse)} does and nobody is mailed yet.
     */
    public DraftSave askForApproval(
            long consultationId, List<AnswerInput> answers, boolean publicationConsent, SeenResponse seen) {
        DraftSave saved = saveDraft(consultationId, answers, publicationConsent, seen);
        if (saved.hasConflicts()) {
            return saved;
        }
        Account asking = representatives.representative();
        Response response = saved.version().getResponse();
        for (Account approver : response.getOrganisation().getApprovers()) {
            String language = SupportedLanguage.orDefault(approver.getLanguage());
            outbox.queue(
                    approver.getEmail(),
                    language,
                    MailKind.APPROVAL_REQUESTED,
                    approver.getDisplayName(),
                    asking.getDisplayName(),
                    response.getConsultation().getTitle().in(SupportedLanguage.locale(language)),
                    response.getOrganisation().getName(),
                    HelsinkiTime.format(closesAt(response), language),
                    links.page("/consultation/org/respond.xhtml?consultation=" + consultationId));
        }
        return saved;
    }

    /** Submits the caller's organisation's response and queues the receipt mail. Refused after the deadline. */
    public Response submit(long consultationId, List<AnswerInput> answers, boolean publicationConsent) {
        return submit(consultationId, answers, publicationConsent, null)
                .version()
                .getResponse();
    }

    /**
     * Submits the official response of the caller's organisation: only an approver may (others get
     * {@code response.approverRequired}, nothing saved). From a form that showed the response as {@code seen}: a
     * second submit of the same page (a double click, a second tab, a second approver) is refused with "already saved
     * or submitted by X at T"; if a colleague changed an answer since, nothing is submitted, the caller's text for it
     * is kept beside theirs and the other answers are saved as the draft. The receipt names the approver.
     */
    public DraftSave submit(
            long consultationId, List<AnswerInput> answers, boolean publicationConsent, SeenResponse seen) {
        Account author = representatives.representative();
        representatives.requireOrganisation(author).requireApprover(author);
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now, seen);
        if (seen != null) {
            response.requireNotSubmittedSince(seen.submittedVersion());
        }
        DraftSave saved = kept(
                response,
                author,
                now,
                response.submit(
                        answers,
                        publicationConsent,
                        author,
                        now,
                        id -> reference(consultationId, id),
                        closesAt(response),
                        seen == null ? null : seen.answerRevisions()));
        if (saved.submitted()) {
            ResponseVersion submitted = saved.version();
            receipts.recordDigest(response, submitted);
            receipts.send(author, response, submitted);
            metrics.submitted();
        }
        return saved;
    }

    /**
     * Persists the conflicts of a save, and resolves the caller's earlier kept answers for every question this save
     * wrote (they saved it again, having seen the colleague's).
     */
    private DraftSave kept(Response response, Account author, Instant now, DraftSave saved) {
        java.util.Set<Long> clashing = new java.util.HashSet<>();
        for (AnswerConflict conflict : saved.conflicts()) {
            em.persist(conflict);
            clashing.add(conflict.getQuestion().getId());
        }
        for (AnswerConflict earlier : openConflicts(response, author)) {
            if (!clashing.contains(earlier.getQuestion().getId())
                    && earlier.getCreatedAt().isBefore(now)) {
                earlier.resolve(now);
            }
        }
        return saved;
    }

    /** The author's answers of this response that lost to a colleague's change and are kept until saved again. */
    private List<AnswerConflict> openConflicts(Response response, Account author) {
        return em.createNamedQuery(AnswerConflict.OPEN_OF_AUTHOR, AnswerConflict.class)
                .setParameter("responseId", response.getId())
                .setParameter("authorId", author.getId())
                .getResultList();
    }

    /** Whether the caller may submit their organisation's official response (an approver of it). */
    public boolean mayApprove() {
        Account account = representatives.representative();
        return representatives
                .organisationOf(account)
                .map(o -> o.isApprover(account))
                .orElse(false);
    }

    /**
     * The organisation's response, started if there is none. Writes of one organisation's responses are serialised
     * by a row lock on the organisation, taken before the response is read: two saves at once (a double click, two
     * colleagues) then run one after the other, so the second sees the first's version and is refused by the version
     * check instead of failing at commit with an OptimisticLockException, and two first saves never both insert.
     */
    private Response startOrFind(Account author, long consultationId, Instant now, SeenResponse seen) {
        Organisation organisation = representatives.requireOrganisation(author);
        em.createNativeQuery("select id from organisation where id = ?1 for update")
                .setParameter(1, organisation.getId())
                .getResultList();
        Optional<Response> existing = findFor(consultationId, organisation.getId());
        if (existing.isPresent() || (seen != null && seen.started())) {
            // a page that showed a started response saves into that one, or finds it gone
            return Found.found(existing, "response.notFound");
        }
        Consultation consultation =
                Found.find(em, Consultation.class, consultationId, Consultation::isPublished, "consultation.notFound");
        Response response = new Response(
                consultation, organisation, author, now, extensions.closesAt(consultation, organisation.getId()));
        em.persist(response);
        em.flush();
        return response;
    }

    /** When this response's organisation stops being able to change it: the deadline, or its extension's end. */
    public Instant closesAt(Response response) {
        return extensions.closesAt(
                response.getConsultation(), response.getOrganisation().getId());
    }

    /** The reference number given at the first submission, e.g. {@code CC-3-00042}. */
    public static String reference(long consultationId, long responseId) {
        return String.format("CC-%d-%05d", consultationId, responseId);
    }
}
