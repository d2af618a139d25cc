package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.control.PublicVisibility;
import fi.cocreate.consultation.control.RedactedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Staff's decision on one submitted response: received, accepted for publication, hidden (with a reason) or
 * redacted: accepted with {@link AnswerRedaction}s, each removing a passage of one answer or replacing one answer
 * (the original stays for staff). Redactions apply whatever the state, so a state change never shows what staff
 * removed; an accepted response with redactions is {@link ModerationState#REDACTED}, and withdrawing its last
 * redaction makes it accepted again.
 */
@Entity
@Table(name = "response_moderation")
@NamedQuery(
        name = ResponseModeration.OF_CONSULTATION,
        query = "select m from ResponseModeration m where m.response.consultation.id = :consultation")
public class ResponseModeration {

    public static final String OF_CONSULTATION = "ResponseModeration.ofConsultation";

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModerationState state;

    @Column(name = "hidden_reason", length = MAX_REASON)
    private String hiddenReason;

    @OneToMany(mappedBy = "moderation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<AnswerRedaction> redactions = new ArrayList<>();

    @Column(name = "moderated_at", nullable = false)
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    /** The submitted version of the response that the decision was made on. */
    @Column(name = "moderated_version")
    private Integer moderatedVersion;

    @Version
    private long version;

    protected ResponseModeration() {}

    public ResponseModeration(Response response, Instant now, String by) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        if (!response.isSubmitted()) {
            throw new BusinessException("moderation.notSubmitted");
        }
        this.state = ModerationState.RECEIVED;
        stamp(now, by);
    }

    public void markReceived(Instant now, String by) {
        set(ModerationState.RECEIVED, null, now, by);
    }

    /** Accepts the response for publication; with redactions it is accepted as redacted. */
    public void accept(Instant now, String by) {
        set(redactions.isEmpty() ? ModerationState.ACCEPTED : ModerationState.REDACTED, null, now, by);
    }

    /** Hides the response from the public; a reason is required so colleagues and the organisation can be told why. */
    public void hide(String reason, Instant now, String by) {
        set(ModerationState.HIDDEN, requiredReason(reason, "moderation.reasonRequired"), now, by);
    }

    /** Accepts the response with what staff removed; refused while nothing is removed. */
    public void acceptRedacted(Instant now, String by) {
        if (redactions.isEmpty()) {
            throw new BusinessException("moderation.redactionRequired");
        }
        set(ModerationState.REDACTED, null, now, by);
    }

    /**
     * Replaces every answer with one text without personal data (the whole-response redaction of before, kept for
     * callers that have one text): it replaces an earlier whole-response redaction and accepts the response.
     */
    public AnswerRedaction redact(String publicText, Instant now, String by) {
        String given = publicText == null ? "" : publicText.strip();
        if (given.isEmpty()) {
            throw new BusinessException("moderation.redactedTextRequired");
        }
        redactions.removeIf(r -> r.getKind() == AnswerRedaction.Kind.RESPONSE);
        return added(new AnswerRedaction(this, null, null, given, null, now, by), true, now, by);
    }

    /**
     * Replaces one answer in public with {@code replacement} (blank: the answer shows only as removed), replacing an
     * earlier replacement of the same answer. The reason is required: the moderation history keeps why.
     */
    public AnswerRedaction redactAnswer(Question question, String replacement, String reason, Instant now, String by) {
        Objects.requireNonNull(question, "Question is required.");
        answerText(question.getId()).orElseThrow(() -> new BusinessException("redaction.noAnswer").about("question"));
        String why = requiredReason(reason, "redaction.reasonRequired");
        String given = replacement == null || replacement.isBlank() ? null : replacement.strip();
        redactions.removeIf(r -> r.getKind() == AnswerRedaction.Kind.ANSWER && r.concerns(question.getId()));
        return added(new AnswerRedaction(this, question, null, given, why, now, by), false, now, by);
    }

    /**
     * Removes a passage of one answer from the public text wherever it occurs in that answer; the passage must occur
     * word for word in the answer as submitted, and the reason is required.
     */
    public AnswerRedaction redactPassage(Question question, String passage, String reason, Instant now, String by) {
        Objects.requireNonNull(question, "Question is required.");
        String given = passage == null ? "" : passage.strip();
        if (given.isEmpty()) {
            throw new BusinessException("redaction.passageRequired").about("passage");
        }
        if (!answerText(question.getId()).map(a -> a.contains(given)).orElse(false)) {
            throw new BusinessException("redaction.notInAnswer").about("passage");
        }
        String why = requiredReason(reason, "redaction.reasonRequired");
        boolean present = redactions.stream()
                .anyMatch(r -> r.getKind() == AnswerRedaction.Kind.PASSAGE
                        && r.concerns(question.getId())
                        && r.getPassage().equals(given));
        if (present) {
            throw new BusinessException("redaction.alreadyRemoved").about("passage");
        }
        return added(new AnswerRedaction(this, question, given, null, why, now, by), false, now, by);
    }

    /** Withdraws one redaction; a redacted response left with none is accepted as it is. */
    public AnswerRedaction withdrawRedaction(long redactionId, Instant now, String by) {
        AnswerRedaction redaction = redactions.stream()
                .filter(r -> r.getId() != null && r.getId() == redactionId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("redaction.notFound"));
        redactions.remove(redaction);
        ModerationState next =
                state == ModerationState.REDACTED && redactions.isEmpty() ? ModerationState.ACCEPTED : state;
        set(next, hiddenReason, now, by);
        return redaction;
    }

    private AnswerRedaction added(AnswerRedaction redaction, boolean accept, Instant now, String by) {
        redactions.add(redaction);
        // Redacting an accepted response makes it "accepted as redacted"; received and hidden ones stay as they are.
        ModerationState next = accept || state == ModerationState.ACCEPTED ? ModerationState.REDACTED : state;
        set(next, next == ModerationState.HIDDEN ? hiddenReason : null, now, by);
        return redaction;
    }

    private Optional<String> answerText(long questionId) {
        return response.submittedVersion()
                .flatMap(v -> v.answerTo(questionId))
                .map(Answer::getText)
                .filter(t -> !t.isBlank());
    }

    private static String requiredReason(String reason, String missingKey) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new BusinessException(missingKey).about("reason");
        }
        if (given.length() > MAX_REASON) {
            throw new BusinessException("moderation.reasonTooLong", MAX_REASON).about("reason");
        }
        return given;
    }

    /** The whole-response text that replaces every answer in public, if staff redacted the response as a whole. */
    public Optional<String> wholeResponseText() {
        return redactions.stream()
                .filter(r -> r.getKind() == AnswerRedaction.Kind.RESPONSE)
                .map(AnswerRedaction::getReplacement)
                .findFirst();
    }

    /** What the public sees of one answer: the original with the removed passages marked, or the replacement. */
    public RedactedText publicText(long questionId, String original) {
        if (wholeResponseText().isPresent()) {
            return RedactedText.removed();
        }
        Optional<AnswerRedaction> replaced = answerReplacement(questionId);
        if (replaced.isPresent()) {
            return replaced.get().getReplacement() == null
                    ? RedactedText.removed()
                    : RedactedText.replacedBy(replaced.get().getReplacement());
        }
        return RedactedText.without(original, removedPassages(questionId));
    }

    /**
     * What the public sees of a span of one answer (a cited passage, a proposal): the span with what was removed
     * inside it marked; only the mark when the answer or the response was replaced as a whole.
     */
    public RedactedText publicSpan(long questionId, String original, String span) {
        if (wholeResponseText().isPresent() || answerReplacement(questionId).isPresent()) {
            return RedactedText.removed();
        }
        return RedactedText.spanOf(original, span, removedPassages(questionId));
    }

    /** Whether something was removed from this answer (then quoting it needs the answer's text). */
    public boolean redactsAnswer(long questionId) {
        return wholeResponseText().isPresent() || redactions.stream().anyMatch(r -> r.concerns(questionId));
    }

    private Optional<AnswerRedaction> answerReplacement(long questionId) {
        return redactions.stream()
                .filter(r -> r.getKind() == AnswerRedaction.Kind.ANSWER && r.concerns(questionId))
                .findFirst();
    }

    private List<String> removedPassages(long questionId) {
        return redactions.stream()
                .filter(r -> r.getKind() == AnswerRedaction.Kind.PASSAGE && r.concerns(questionId))
                .map(AnswerRedaction::getPassage)
                .toList();
    }

    public List<AnswerRedaction> getRedactions() {
        return Collections.unmodifiableList(redactions);
    }

    /** Whether the public may see the response now (see {@link PublicVisibility}). */
    public boolean isPublic() {
        return PublicVisibility.isPublic(
                response.isSubmitted(), state, response.isPublicationConsent(), coversSubmittedVersion());
    }

    /** False once the organisation has submitted a newer version than the one staff decided on. */
    public boolean coversSubmittedVersion() {
        return Objects.equals(moderatedVersion, response.getSubmittedVersion());
    }

    private void set(ModerationState state, String reason, Instant now, String by) {
        this.state = state;
        this.hiddenReason = reason;
        stamp(now, by);
    }

    private void stamp(Instant now, String by) {
        this.moderatedAt = Objects.requireNonNull(now);
        this.moderatedBy = by;
        this.moderatedVersion = response.getSubmittedVersion();
    }

    /** The optimistic-lock version; the moderation page keeps the one it showed. */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public ModerationState getState() {
        return state;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }
}
