package fi.cocreate.consultation.boundary;

import fi.cocreate.common.NotFound;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.control.HelsinkiTime;
import fi.cocreate.consultation.control.ReceiptText;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

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
        Account author = representatives.representative(principal);
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now);
        return response.saveDraft(answers, publicationConsent, author, now);
    }

    /** Submits the caller's organisation's response and queues the receipt mail. Refused after the deadline. */
    public Response submit(String principal, long consultationId, List<AnswerInput> answers,
            boolean publicationConsent) {
        Account author = representatives.representative(principal);
        Instant now = clock.instant();
        Response response = startOrFind(author, consultationId, now);
        ResponseVersion submitted = response.submit(answers, publicationConsent, author, now, id -> reference(
                consultationId, id));
        queueReceipt(author, response, submitted);
        return response;
    }

    private Response startOrFind(Account author, long consultationId, Instant now) {
        Organisation organisation = representatives.requireOrganisation(author);
        Optional<Response> existing = findFor(consultationId, organisation.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new NotFound("consultation.notFound");
        }
        Response response = new Response(consultation, organisation, author, now);
        em.persist(response);
        em.flush();
        return response;
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
                ReceiptText.answers(response.getConsultation(), version, language),
                links.page("/consultation/org/respond.xhtml?consultation=" + response.getConsultation().getId()));
    }
}
