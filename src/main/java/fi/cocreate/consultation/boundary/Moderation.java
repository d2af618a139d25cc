package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.consultation.entity.AnswerRedaction;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Staff's moderation decisions on the submitted responses of a consultation: its state (accept, hide, redact, each
 * audited), theme tags and quoted passages. What staff read of the moderation is {@link ModeratedResponses}. Every method is
 * for staff only, checked before it runs by {@link RolesRequired}.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Responses responses;

    @Inject
    SummaryMails mails;

    @Inject
    OwnThemes ownThemes;

    /*
     * The state changes take the moderation version the page showed (ModeratedResponse.moderationVersion, null for
     * callers without a page): a decision made on a page opened before someone else's decision is refused, naming
     * them, so that "accepted" from a stale page never silently replaces "hidden, contains personal data".
     */

    public void accept(long responseId) {
        accept(responseId, null);
    }

    public void hide(long responseId, String reason) {
        hide(responseId, reason, null);
    }

    public void redact(long responseId, String publicText) {
        redact(responseId, publicText, null);
    }

    public void accept(long responseId, Long seenVersion) {
        moderationOf(responseId, seenVersion)
                .accept(clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_ACCEPTED, responseId);
    }

    public void markReceived(long responseId, Long seenVersion) {
        moderationOf(responseId, seenVersion)
                .markReceived(clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_RECEIVED, responseId);
    }

    /** Hides the response from the public with a reason; the organisation is told why (again only if it changed). */
    public void hide(long responseId, String reason, Long seenVersion) {
        ResponseModeration moderation = moderationOf(responseId, seenVersion);
        boolean news = moderation.getState() != ModerationState.HIDDEN
                || !java.util.Objects.equals(moderation.getHiddenReason(), reason == null ? null : reason.strip());
        moderation.hide(reason, clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_HIDDEN, responseId, moderation.getHiddenReason());
        if (news) {
            mails.queueResponseHidden(moderation.getResponse(), moderation.getHiddenReason());
        }
    }

    /** Replaces every answer in public with one text (a whole-response redaction) and accepts the response. */
    public void redact(long responseId, String publicText, Long seenVersion) {
        moderationOf(responseId, seenVersion)
                .redact(publicText, clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_REDACTED, responseId);
    }

    /** Accepts the response with the redactions it has ("redacted"); refused while it has none. */
    public void acceptRedacted(long responseId, Long seenVersion) {
        moderationOf(responseId, seenVersion)
                .acceptRedacted(clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_ACCEPTED, responseId, AuditAction.RESPONSE_REDACTED.name());
    }

    /*
     * Redactions per answer and passage. The history (AuditLog.historyOf) keeps who, when, which answer and why, never
     * the removed words: those stay only in the redaction, for staff.
     */

    /** Replaces one answer in public (blank replacement: the answer shows only as removed), with the reason. */
    public void redactAnswer(long responseId, long questionId, String replacement, String reason, Long seenVersion) {
        ResponseModeration moderation = moderationOf(responseId, seenVersion);
        Question question = questionOf(moderation.getResponse(), questionId);
        AnswerRedaction done = moderation.redactAnswer(
                question, replacement, reason, clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_REDACTED, responseId, detail(done));
    }

    /** Removes a passage of one answer from the public text, with the reason. */
    public void redactPassage(long responseId, long questionId, String passage, String reason, Long seenVersion) {
        ResponseModeration moderation = moderationOf(responseId, seenVersion);
        Question question = questionOf(moderation.getResponse(), questionId);
        AnswerRedaction done = moderation.redactPassage(
                question, passage, reason, clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.RESPONSE_REDACTED, responseId, detail(done));
    }

    /** Withdraws one redaction: the public sees that text again (if the response is public). */
    public void withdrawRedaction(long responseId, long redactionId, Long seenVersion) {
        ResponseModeration moderation = moderationOf(responseId, seenVersion);
        AnswerRedaction withdrawn = moderation.withdrawRedaction(
                redactionId, clock.instant(), caller.email().orElseThrow());
        audit.record(AuditAction.REDACTION_WITHDRAWN, responseId, detail(withdrawn));
    }

    private static String detail(AnswerRedaction r) {
        String where = r.getQuestion() == null ? "" : r.getQuestion().getPosition() + ". ";
        return where + r.getKind().name() + (r.getReason() == null ? "" : ": " + r.getReason());
    }

    private static Question questionOf(Response response, long questionId) {
        return response.getConsultation()
                .question(questionId)
                .orElseThrow(() -> new BusinessException("redaction.noAnswer").about("question"));
    }

    /** Tags the whole response with a theme (once). */
    public void tag(long responseId, Theme theme) {
        Response response = responses.findSubmitted(responseId);
        ownThemes.requireUsable(response.getConsultation().getId(), theme);
        boolean present = em.createQuery(
                                "select count(t) from ThemeTag t where t.response.id = :r"
                                        + " and t.passage is null and t.theme = :theme",
                                Long.class)
                        .setParameter("r", responseId)
                        .setParameter("theme", theme)
                        .getSingleResult()
                > 0;
        if (!present) {
            em.persist(new ThemeTag(response, theme));
        }
    }

    public void untag(long tagId) {
        ThemeTag tag = em.find(ThemeTag.class, tagId);
        if (tag != null) {
            em.remove(tag);
        }
    }

    /** Quotes a span of one answer as a passage and tags it with a theme. */
    public Passage addPassage(long responseId, long questionId, String quote, Theme theme) {
        Response response = responses.findSubmitted(responseId);
        Question question = response.getConsultation()
                .question(questionId)
                .orElseThrow(() -> new BusinessException("passage.notInAnswer").about("quote"));
        ownThemes.requireUsable(response.getConsultation().getId(), theme);
        Passage passage = new Passage(response, question, quote, clock.instant());
        em.persist(passage);
        if (theme != null) {
            em.persist(new ThemeTag(passage, theme));
        }
        return passage;
    }

    public void removePassage(long passageId) {
        Passage passage = em.find(Passage.class, passageId);
        if (passage != null) {
            em.createQuery("delete from ThemeTag t where t.passage.id = :p")
                    .setParameter("p", passageId)
                    .executeUpdate();
            em.createQuery("delete from ThemeRejection r where r.passage.id = :p")
                    .setParameter("p", passageId)
                    .executeUpdate();
            em.createQuery("delete from Citation c where c.passage.id = :p")
                    .setParameter("p", passageId)
                    .executeUpdate();
            em.remove(passage);
        }
    }

    private ResponseModeration moderationOf(long responseId, Long seenVersion) {
        Response response = responses.findSubmitted(responseId);
        java.util.Optional<ResponseModeration> existing = em.createQuery(
                        "select m from ResponseModeration m where m.response.id = :r", ResponseModeration.class)
                .setParameter("r", responseId)
                .getResultStream()
                .findFirst();
        LastEdit.requireSeen(
                seenVersion,
                existing.map(ResponseModeration::getVersion).orElse(ModeratedResponse.NOT_MODERATED),
                existing.map(m -> new LastEdit(m.getModeratedBy(), m.getModeratedAt()))
                        .orElse(null));
        return existing.orElseGet(() -> {
            ResponseModeration created = new ResponseModeration(
                    response, clock.instant(), caller.email().orElseThrow());
            em.persist(created);
            return created;
        });
    }
}
