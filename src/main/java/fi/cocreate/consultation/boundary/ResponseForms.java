package fi.cocreate.consultation.boundary;

import fi.cocreate.common.NotFound;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The organisation's respond page in one call: {@link #formFor(long)} reads everything the page shows for the calling
 * representative's organisation, with a fixed number of queries whatever the number of questions, answers or files
 * (each collection is read by one batch query; see {@code StatementCountIT} and {@code ConsultationPagesIT}). Saving
 * and submitting are {@link Responses}' job.
 */
@Stateless
public class ResponseForms {

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    Responses responses;

    @Inject
    Attachments attachments;

    @Inject
    Extensions extensions;

    @Inject
    Clock clock;

    /**
     * The form of the calling representative's organisation for a published consultation, as of the server's clock.
     * Refused for anyone but a representative ({@code AccessDenied}), for a representative without an organisation
     * ({@code organisation.none}), and for an unknown or unpublished consultation ({@code consultation.notFound}).
     */
    public ResponseFormData formFor(long consultationId) {
        Account caller = representatives.representative();
        Organisation organisation = representatives.requireOrganisation(caller);
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null || !consultation.isPublished()) {
            throw new NotFound("consultation.notFound");
        }
        Response response =
                responses.findFor(consultationId, organisation.getId()).orElse(null);
        List<AnswerConflict> kept = response == null ? List.of() : responses.openConflicts(response, caller);
        List<AttachmentInfo> files = response == null ? List.of() : attachments.ofResponse(response.getId());
        return ResponseFormData.of(
                consultation,
                organisation,
                caller,
                response,
                kept,
                files,
                extensions.closesAt(consultation, organisation.getId()),
                clock.instant());
    }
}
