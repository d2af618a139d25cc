package fi.cocreate.consultation.boundary;

import fi.cocreate.common.Found;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.Attachment;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    Extensions extensions;

    @Inject
    Clock clock;

    /**
     * The form of the calling representative's organisation for a published consultation, as of the server's clock.
     * Refused for anyone but a representative ({@code AccessDenied}), for a representative without an organisation
     * ({@code organisation.none}), and for an unknown or unpublished consultation ({@code consultation.notFound}).
     * Questions, options, answers and their chosen options are read as values, one query each: an entity graph would
     * read each question's options by a query of its own (EclipseLink batches no collection of embeddables that hold
     * an embeddable).
     */
    public ResponseFormData formFor(long consultationId) {
        Account caller = representatives.representative();
        Organisation organisation = representatives.requireOrganisation(caller);
        Consultation consultation =
                Found.find(em, Consultation.class, consultationId, Consultation::isPublished, "consultation.notFound");
        Response response =
                responses.findFor(consultationId, organisation.getId()).orElse(null);
        ResponseFormData.ResponseView view = null;
        Map<Long, ResponseFormData.SavedAnswer> answers = Map.of();
        boolean consent = false;
        List<AnswerConflict> kept = List.of();
        List<AttachmentInfo> files = List.of();
        if (response != null) {
            Object[] latest = em.createQuery(
                            "select v.submittedAt, v.publicationConsent from ResponseVersion v"
                                    + " where v.response.id = :r and v.number = :n",
                            Object[].class)
                    .setParameter("r", response.getId())
                    .setParameter("n", response.getCurrentVersion())
                    .getSingleResult();
            String digest = response.getSubmittedVersion() == null
                    ? null
                    : em.createQuery(
                                    "select v.digest from ResponseVersion v where v.response.id = :r and v.number = :n",
                                    String.class)
                            .setParameter("r", response.getId())
                            .setParameter("n", response.getSubmittedVersion())
                            .getSingleResult();
            view = new ResponseFormData.ResponseView(
                    response.getId(),
                    response.getState(),
                    response.getReferenceNumber(),
                    response.isSubmitted(),
                    latest[0] == null,
                    organisation.isVerified(),
                    digest,
                    response.getSubmittedVersion());
            consent = (Boolean) latest[1];
            answers = answers(response);
            kept = em.createNamedQuery(AnswerConflict.OPEN_OF_AUTHOR, AnswerConflict.class)
                    .setParameter("responseId", response.getId())
                    .setParameter("authorId", caller.getId())
                    .getResultList();
            files = em.createNamedQuery(Attachment.INFO_OF_RESPONSE, AttachmentInfo.class)
                    .setParameter("responseId", response.getId())
                    .getResultList();
        }
        return ResponseFormData.of(
                consultation,
                questions(consultationId),
                organisation,
                caller,
                view,
                answers,
                consent,
                kept,
                files,
                extensions.closesAt(consultation, organisation.getId()),
                clock.instant());
    }

    /** The consultation's questions in order, with their options' labels: two queries. */
    private List<ResponseFormData.QuestionView> questions(long consultationId) {
        Map<Long, List<LocalizedText>> options = new HashMap<>();
        for (Object row : em.createNativeQuery("select o.question_id, o.label_fi, o.label_sv, o.label_en"
                        + " from question_option o join question q on q.id = o.question_id"
                        + " where q.consultation_id = ?1 order by o.question_id, o.position")
                .setParameter(1, consultationId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            options.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(LocalizedText.of((String) r[1], (String) r[2], (String) r[3]));
        }
        return em
                .createQuery(
                        "select q.id, q.position, q.type, q.text.fi, q.text.sv, q.text.en, q.maxLength, q.scaleMin,"
                                + " q.scaleMax from Question q where q.consultation.id = :c order by q.position",
                        Object[].class)
                .setParameter("c", consultationId)
                .getResultList()
                .stream()
                .map(r -> new ResponseFormData.QuestionView(
                        (Long) r[0],
                        (Integer) r[1],
                        (QuestionType) r[2],
                        LocalizedText.of((String) r[3], (String) r[4], (String) r[5]),
                        (Integer) r[6],
                        options.getOrDefault((Long) r[0], List.of()),
                        (Integer) r[7],
                        (Integer) r[8]))
                .toList();
    }

    /** The answers of the response's latest version by question id, with their chosen options: two queries. */
    private Map<Long, ResponseFormData.SavedAnswer> answers(Response response) {
        Map<Long, Set<Integer>> chosen = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select a.id, o from Answer a join a.selectedOptions o"
                                + " where a.responseVersion.response.id = :r and a.responseVersion.number = :n",
                        Object[].class)
                .setParameter("r", response.getId())
                .setParameter("n", response.getCurrentVersion())
                .getResultList()) {
            chosen.computeIfAbsent((Long) r[0], id -> new HashSet<>()).add((Integer) r[1]);
        }
        Map<Long, ResponseFormData.SavedAnswer> answers = new LinkedHashMap<>();
        for (Object[] r : em.createQuery(
                        "select a.id, a.question.id, a.text, a.scaleValue, a.revision, e.displayName, a.editedAt"
                                + " from Answer a left join a.editedBy e"
                                + " where a.responseVersion.response.id = :r and a.responseVersion.number = :n",
                        Object[].class)
                .setParameter("r", response.getId())
                .setParameter("n", response.getCurrentVersion())
                .getResultList()) {
            long questionId = (Long) r[1];
            answers.put(
                    questionId,
                    new ResponseFormData.SavedAnswer(
                            questionId,
                            (String) r[2],
                            chosen.getOrDefault((Long) r[0], Set.of()),
                            (Integer) r[3],
                            (Integer) r[4],
                            (String) r[5],
                            (Instant) r[6]));
        }
        return answers;
    }
}
