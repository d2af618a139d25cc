package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.consultation.entity.ResponseChannel;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.common.NotFound;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.control.HelsinkiTime;
import fi.cocreate.consultation.control.ReceiptText;
import fi.cocreate.consultation.control.ResponseDigest;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.common.SupportedLanguage;
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
 * Written responses. Representatives (by their principal name) save drafts and submit for their own organisation only;
 * the organisation is always taken from the caller, and a response id from outside is checked against it. The deadline
 * is judged by the injected clock at the moment of saving. Find methods without a principal are for staff pages and
 * other boundaries (moderation, summaries), whose own callers are checked there.
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
    fi.cocreate.identity.boundary.Caller caller;

    @Inject
    fi.cocreate.audit.boundary.AuditLog audit;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /** The version a form passes when it showed no response yet (the organisation had not started one). */
    public static final long NOT_STARTED = -1;

    // ----- finds for staff pages and other boundaries

    public Response find(long responseId) {
        Response response = em.find(Response.class, responseId);
        if (response == null) {
            throw new NotFound("response.notFound");
        }
        return response;
    }

    public Optional<Response> findByReference(String referenceNumber) {
        return em.createNamedQuery(Response.BY_REFERENCE, Response.class).setParameter("reference", referenceNumber)
                .getResultStream().findFirst();
    }

    /** Every response of a consultation, drafts included, by organisation name. */
    /** How many responses (drafts and submitted) a consultation has, by one count query. */
    public long countOf(long consultationId) {
        return em.createQuery("select count(r) from Response r where r.consultation.id = :c", Long.class)
                .setParameter("c", consultationId).getSingleResult();
    }

    public List<Response> ofConsultation(long consultationId) {
        return em.createNamedQuery(Response.OF_CONSULTATION, Response.class)
                .setParameter("consultationId", consultationId).getResultList();
    }

    /** The submitted responses of a consultation, in order of submission. */
    public List<Response> submittedOf(long consultationId) {
        return em.createNamedQuery(Response.SUBMITTED_OF_CONSULTATION, Response.class)
                .setParameter("consultationId", consultationId).getResultList();
    }

    public Optional<Response> findFor(long consultationId, long organisationId) {
        return em.createNamedQuery(Response.BY_CONSULTATION_AND_ORGANISATION, Response.class)
                .setParameter("consultationId", consultationId).setParameter("organisationId", organisationId)
                .getResultStream().findFirst();
    }

    // ----- the representative's own responses

    /** The response of the caller's organisation to a consultation, if it has started one. */
    public Optional<Response> mineFor(String principal, long consultationId) {
        Organisation organisation = representatives.requireOrganisation(representatives.representative(principal));
        return findFor(consultationId, organisation.getId());
    }

    /** A response by id, only if it belongs to the caller's organisation; any other id is simply not found. */
    public Response mine(String principal, long responseId) {
        Organisation organisation = representatives.requireOrganisation(representatives.representative(principal));
        Response response = em.find(Response.class, responseId);
        if (response == null || !response.getOrganisation().getId().equals(organisation.getId())) {
            throw new NotFound("response.notFound");
        }
        return response;
    }

    /** All responses of the caller's organisation, newest first. */
    public List<Response> ofMyOrganisation(String principal) {
        Organisation organisation = representatives.requireOrganisation(representatives.representative(principal));
        return em.createNamedQuery(Response.OF_ORGANISATION, Response.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }

    /** Saves the caller's organisation's draft; starts the response on the first save. Refused after the deadline. */
    public ResponseVersion saveDraft(String principal, long consultationId, List<AnswerInput> answers,
            boolean publicationConsent) {
        return saveDraft(principal, consultationId, answers, publicationConsent, null);
    }

    /**
     * As {@link #saveDraft(String, long, List, boolean)} from a form that showed the response at {@code seenVersion}
     * ({@link #NOT_STARTED} if there was none): refused, naming who and when, if someone saved it since.
     */
    public ResponseVersion saveDraft(String principal, long consultationId, List<AnswerInput> answers,
            boolean publicationConsent, Long seenVersion) {
        Account author = representatives.representative(principal);
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now, seenVersion);
        return response.saveDraft(answers, publicationConsent, author, now, closesAt(response));
    }

    /** Submits the caller's organisation's response and queues the receipt mail. Refused after the deadline. */
    public Response submit(String principal, long consultationId, List<AnswerInput> answers,
            boolean publicationConsent) {
        return submit(principal, consultationId, answers, publicationConsent, null);
    }

    /**
     * As {@link #submit(String, long, List, boolean)} from a form that showed the response at {@code seenVersion}: a
     * second submit of the same page (a double click, a second tab) is refused with "already saved by X at T".
     */
    public Response submit(String principal, long consultationId, List<AnswerInput> answers,
            boolean publicationConsent, Long seenVersion) {
        Account author = representatives.representative(principal);
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now, seenVersion);
        ResponseVersion submitted = response.submit(answers, publicationConsent, author, now, id -> reference(
                consultationId, id), closesAt(response));
        submitted.recordDigest(digestOf(response, submitted));
        queueReceipt(author, response, submitted);
        metrics.submitted();
        return response;
    }

    /**
     * The organisation's response, started if there is none. Writes of one organisation's responses are serialised
     * by a row lock on the organisation, taken before the response is read: two saves at once (a double click, two
     * colleagues) then run one after the other, so the second sees the first's version and is refused by the version
     * check instead of failing at commit with an OptimisticLockException, and two first saves never both insert.
     */
    private Response startOrFind(Account author, long consultationId, Instant now, Long seenVersion) {
        Organisation organisation = representatives.requireOrganisation(author);
        em.createNativeQuery("select id from organisation where id = ?1 for update")
                .setParameter(1, organisation.getId()).getResultList();
        Optional<Response> existing = findFor(consultationId, organisation.getId());
        if (existing.isPresent()) {
            existing.get().requireSeen(seenVersion);
            return existing.get();
        }
        if (seenVersion != null && seenVersion != NOT_STARTED) {
            throw new NotFound("response.notFound");
        }
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null || !consultation.isPublished()) {
            throw new NotFound("consultation.notFound");
        }
        Response response = new Response(consultation, organisation, author, now,
                extensions.closesAt(consultation, organisation.getId()));
        em.persist(response);
        em.flush();
        return response;
    }

    /**
     * Staff enter a statement that reached the ministry by email or post for the organisation: submitted as of its
     * arrival (marked late if it arrived at or after the deadline), with its content digest, audited. The
     * organisation's representatives get the receipt, which names the channel's arrival time as the received time.
     */
    public Response enterReceived(long consultationId, long organisationId, ResponseChannel via, Instant arrivedAt,
            List<AnswerInput> answers, boolean publicationConsent) {
        Account staffAccount = caller.requireStaff();
        Consultation consultation = em.find(Consultation.class, consultationId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (consultation == null || !consultation.isPublished() || organisation == null) {
            throw new NotFound("consultation.notFound");
        }
        em.createNativeQuery("select id from organisation where id = ?1 for update").setParameter(1, organisationId)
                .getResultList();
        Instant now = clock.instant();
        Response response = findFor(consultationId, organisationId).orElseGet(() -> {
            Response created = Response.received(consultation, organisation, staffAccount, now);
            em.persist(created);
            em.flush();
            return created;
        });
        ResponseVersion submitted = response.enterReceived(answers, publicationConsent, staffAccount, via, arrivedAt,
                now, id -> reference(consultationId, id));
        submitted.recordDigest(digestOf(response, submitted));
        audit.record(AuditAction.RESPONSE_ENTERED, response.getId(), via.name() + " " + arrivedAt);
        for (Account representative : organisation.getRepresentatives()) {
            queueReceipt(representative, response, submitted);
        }
        metrics.submitted();
        return response;
    }

    /** When the caller's organisation stops being able to respond: the deadline, or its extension's end. */
    public Instant closesAtFor(String principal, Consultation consultation) {
        return representatives.organisationOf(representatives.representative(principal))
                .map(o -> extensions.closesAt(consultation, o.getId())).orElse(consultation.getDeadline());
    }

    /** When this response's organisation stops being able to change it: the deadline, or its extension's end. */
    public Instant closesAt(Response response) {
        return extensions.closesAt(response.getConsultation(), response.getOrganisation().getId());
    }

    /** The digest of the version's answers, consent and the response's attached files (their bytes and names). */
    private String digestOf(Response response, ResponseVersion version) {
        List<ResponseDigest.File> files = em.createQuery("select a.fileName, a.content from Attachment a"
                + " where a.response.id = :r and a.addedIn <= :v and (a.removedIn is null or a.removedIn > :v)"
                + " order by a.id", Object[].class).setParameter("r", response.getId())
                .setParameter("v", version.getNumber()).getResultStream()
                .map(row -> ResponseDigest.File.of((String) row[0], (byte[]) row[1])).toList();
        return ResponseDigest.ofVersion(response.getConsultation().getId(), version, files);
    }

    /** The reference number given at the first submission, e.g. {@code CC-3-00042}. */
    public static String reference(long consultationId, long responseId) {
        return String.format("CC-%d-%05d", consultationId, responseId);
    }

    private void queueReceipt(Account author, Response response, ResponseVersion version) {
        String language = SupportedLanguage.orDefault(author.getLanguage());
        var locale = SupportedLanguage.locale(language);
        outbox.queue(author.getEmail(), language, MailKind.RESPONSE_RECEIPT,
                author.getDisplayName(),
                response.getConsultation().getTitle().in(locale),
                response.getOrganisation().getName(),
                response.getReferenceNumber(),
                HelsinkiTime.format(version.getSubmittedAt(), language),
                version.getNumber(),
                ReceiptText.answers(response.getConsultation(), version, language, em.createNamedQuery(
                        fi.cocreate.consultation.entity.Attachment.INFO_OF_VERSION,
                        fi.cocreate.consultation.entity.AttachmentInfo.class).setParameter("responseId", response.getId())
                        .setParameter("version", version.getNumber()).getResultList().stream().map(fi.cocreate.consultation.entity.AttachmentInfo::fileName).toList()),
                links.page("/consultation/org/respond.xhtml?consultation=" + response.getConsultation().getId()),
                version.getDigest(),
                links.page("/consultation/receipt.xhtml?reference=" + response.getReferenceNumber() + "&digest="
                        + version.getDigest()));
    }
}
