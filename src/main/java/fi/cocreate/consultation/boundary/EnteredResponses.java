package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.Found;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseChannel;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Staff enter feedback that did not come through the respond page: a statement an organisation sent by email or post,
 * and the output of one of the consultation's events. Each method asks {@code caller.requireStaff()} (the account
 * goes into the response and the audit row); what a representative saves and submits is {@link Responses}.
 */
@Stateless
public class EnteredResponses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    OperationalMetrics metrics;

    @Inject
    Responses responses;

    @Inject
    SubmissionReceipts receipts;

    /**
     * Staff enter a statement that reached the ministry by email or post for the organisation: submitted as of its
     * arrival (marked late if it arrived at or after the deadline), with its content digest, audited. The
     * organisation's representatives get the receipt, which names the channel's arrival time as the received time.
     */
    public Response enterReceived(
            long consultationId,
            long organisationId,
            ResponseChannel via,
            Instant arrivedAt,
            List<AnswerInput> answers,
            boolean publicationConsent) {
        Account staffAccount = caller.requireStaff();
        Consultation consultation =
                Found.find(em, Consultation.class, consultationId, Consultation::isPublished, "consultation.notFound");
        Organisation organisation = Found.find(em, Organisation.class, organisationId, "consultation.notFound");
        em.createNativeQuery("select id from organisation where id = ?1 for update")
                .setParameter(1, organisationId)
                .getResultList();
        Instant now = clock.instant();
        Response response = responses.findFor(consultationId, organisationId).orElseGet(() -> {
            Response created = Response.received(consultation, organisation, staffAccount, now);
            em.persist(created);
            em.flush();
            return created;
        });
        ResponseVersion submitted = response.enterReceived(
                answers,
                publicationConsent,
                staffAccount,
                via,
                arrivedAt,
                now,
                id -> Responses.reference(consultationId, id));
        receipts.recordDigest(response, submitted);
        audit.record(AuditAction.RESPONSE_ENTERED, response.getId(), via.name() + " " + arrivedAt);
        for (Account representative : organisation.getRepresentatives()) {
            receipts.send(representative, response, submitted);
        }
        metrics.submitted();
        return response;
    }

    /**
     * Staff enter the notes and outputs of one of the consultation's workshops or events as feedback: a submitted
     * response whose source is the event (no organisation, nobody to send a receipt to), as of the event's start,
     * with its content digest, audited. Each call enters a new output; an event may have several.
     */
    public Response enterEventOutput(
            long consultationId, Long eventId, List<AnswerInput> answers, boolean publicationConsent) {
        Account staffAccount = caller.requireStaff();
        Consultation consultation =
                Found.find(em, Consultation.class, consultationId, Consultation::isPublished, "consultation.notFound");
        ConsultationEvent event = eventId == null ? null : em.find(ConsultationEvent.class, eventId);
        Instant now = clock.instant();
        Response response = Response.eventOutput(consultation, event, staffAccount, now);
        em.persist(response);
        em.flush();
        ResponseVersion submitted = response.submitEventOutput(
                answers, publicationConsent, staffAccount, now, id -> Responses.reference(consultationId, id));
        receipts.recordDigest(response, submitted);
        audit.record(
                AuditAction.RESPONSE_ENTERED,
                response.getId(),
                ResponseChannel.EVENT.name() + " " + event.getTitle().in(null));
        metrics.submitted();
        return response;
    }
}
