package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionOption;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Staff create and edit consultations and their questions. Questions are fixed once any organisation has started a
 * response, so that no answer ever loses the question it answered.
 */
@Stateless
public class ConsultationAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    AuditLog audit;

    @Inject
    Responses responses;

    @Inject
    Clock clock;

    @Inject
    Event<ConsultationAnnounced> announced;

    public Consultation create(
            LocalizedText process,
            LocalizedText title,
            LocalizedText description,
            Instant opensAt,
            Instant deadline,
            Collection<Theme> themes,
            Collection<TargetGroup> targetGroups) {
        representatives.staff();
        Consultation consultation = new Consultation(
                process, title, description, requireWindow(opensAt, deadline), deadline, clock.instant());
        consultation.classify(themes, targetGroups);
        em.persist(consultation);
        return consultation;
    }

    /** {@link #publish(long, Long)} without a page to compare with (an API or a test). */
    public boolean publish(long consultationId) {
        return publish(consultationId, null);
    }

    /**
     * Makes a draft public (lists, page, API, responses) from a page that showed it at {@code seenVersion}; answers
     * whether this call did. Publishing a published one (a replayed or double-clicked publish) keeps the first time
     * and leaves no audit row. A draft changed since the page showed it (edited, or published and unpublished again
     * by a colleague) is refused with {@code edit.changedMeanwhile}, naming who: a stale page does not undo their
     * decision.
     */
    public boolean publish(long consultationId, Long seenVersion) {
        Account staff = representatives.staff();
        Consultation consultation = find(consultationId);
        if (consultation.isPublished()) {
            return false;
        }
        LastEdit.requireSeen(seenVersion, consultation.getVersion(), consultation.getLastEdit());
        consultation.publish(clock.instant());
        consultation.edited(staff.getDisplayName(), clock.instant());
        audit.record(staff, AuditAction.CONSULTATION_PUBLISHED, consultationId, null);
        if (consultation.announce(clock.instant())) {
            announced.fire(new ConsultationAnnounced(consultationId));
        }
        return true;
    }

    /** {@link #unpublish(long, Long)} without a page to compare with (an API or a test). */
    public boolean unpublish(long consultationId) {
        return unpublish(consultationId, null);
    }

    /**
     * Hides a consultation again as a draft, from a page that showed it at {@code seenVersion}; responses already
     * saved stay. Answers whether this call did: a draft stays as it is, with no audit row (a replayed unpublish). A
     * consultation changed since the page showed it is refused as {@link #publish(long, Long)} refuses.
     */
    public boolean unpublish(long consultationId, Long seenVersion) {
        Account staff = representatives.staff();
        Consultation consultation = find(consultationId);
        if (!consultation.isPublished()) {
            return false;
        }
        LastEdit.requireSeen(seenVersion, consultation.getVersion(), consultation.getLastEdit());
        consultation.unpublish();
        consultation.edited(staff.getDisplayName(), clock.instant());
        audit.record(staff, AuditAction.CONSULTATION_UNPUBLISHED, consultationId, null);
        return true;
    }

    public Consultation update(
            long consultationId,
            LocalizedText process,
            LocalizedText title,
            LocalizedText description,
            Instant opensAt,
            Instant deadline,
            Collection<Theme> themes,
            Collection<TargetGroup> targetGroups,
            Long seenVersion) {
        Account editor = representatives.staff();
        Consultation consultation = find(consultationId);
        LastEdit.requireSeen(seenVersion, consultation.getVersion(), consultation.getLastEdit());
        consultation.edited(editor.getDisplayName(), clock.instant());
        consultation.describe(process, title, description);
        consultation.reschedule(requireWindow(opensAt, deadline), deadline);
        consultation.classify(themes, targetGroups);
        return consultation;
    }

    public Question addQuestion(
            long consultationId,
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<LocalizedText> options,
            Integer scaleMin,
            Integer scaleMax) {
        return addQuestion(consultationId, type, text, maxLength, options, scaleMin, scaleMax, null);
    }

    /**
     * Adds a question from an editing page that showed the consultation at {@code seenVersion}: the questions are
     * part of the consultation, so a page older than someone else's save of it (or of its questions) is refused.
     */
    public Question addQuestion(
            long consultationId,
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<LocalizedText> options,
            Integer scaleMin,
            Integer scaleMax,
            Long seenVersion) {
        Account editor = representatives.staff();
        Consultation consultation = find(consultationId);
        LastEdit.requireSeen(seenVersion, consultation.getVersion(), consultation.getLastEdit());
        requireNoResponses(consultation);
        Question question = consultation.addQuestion(
                type,
                text,
                maxLength,
                options == null
                        ? List.of()
                        : options.stream().map(QuestionOption::new).toList(),
                scaleMin,
                scaleMax);
        consultation.edited(editor.getDisplayName(), clock.instant());
        question.edited(editor.getDisplayName(), clock.instant());
        em.flush();
        return question;
    }

    public void removeQuestion(long consultationId, long questionId, Long seenVersion) {
        Account editor = representatives.staff();
        Consultation consultation = find(consultationId);
        LastEdit.requireSeen(seenVersion, consultation.getVersion(), consultation.getLastEdit());
        requireNoResponses(consultation);
        consultation.removeQuestion(questionId);
        consultation.edited(editor.getDisplayName(), clock.instant());
    }

    public Consultation find(long consultationId) {
        return Found.find(em, Consultation.class, consultationId, "consultation.notFound");
    }

    private void requireNoResponses(Consultation consultation) {
        if (responses.countOf(consultation.getId()) > 0) {
            throw new BusinessException("question.locked");
        }
    }

    private static Instant requireWindow(Instant opensAt, Instant deadline) {
        if (opensAt == null || deadline == null) {
            throw new BusinessException("consultation.windowRequired");
        }
        if (!deadline.isAfter(opensAt)) {
            throw new BusinessException("consultation.deadlineBeforeOpening");
        }
        return opensAt;
    }
}
