package fi.cocreate.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing staff removed from the public text of a moderated response, with who, when and why; the original answer
 * stays for staff. Three kinds: a {@link Kind#PASSAGE} removes a span of one answer wherever it occurs (the public
 * sees "[removed]" in their language instead), an {@link Kind#ANSWER} replaces one answer with a text of staff's (or
 * with the mark alone), and a {@link Kind#RESPONSE} replaces all answers with one text: the redaction of before
 * per-answer redaction, carried over by migration V370. Made and withdrawn only through {@link ResponseModeration}.
 */
@Entity
@Table(name = "answer_redaction")
public class AnswerRedaction {

    /** What a redaction removes. Labels: {@code redaction.kind.NAME} in {@code i18n.consultation}. */
    public enum Kind {
        PASSAGE,
        ANSWER,
        RESPONSE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "moderation_id")
    private ResponseModeration moderation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id")
    private Question question;

    @Lob
    @Column(name = "passage")
    private String passage;

    @Lob
    @Column(name = "replacement")
    private String replacement;

    @Column(name = "reason", length = ResponseModeration.MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 254)
    private String createdBy;

    @Version
    private long version;

    protected AnswerRedaction() {}

    AnswerRedaction(
            ResponseModeration moderation,
            Question question,
            String passage,
            String replacement,
            String reason,
            Instant createdAt,
            String createdBy) {
        this.moderation = Objects.requireNonNull(moderation, "Moderation is required.");
        this.question = question;
        this.passage = passage;
        this.replacement = replacement;
        this.reason = reason;
        this.createdAt = Objects.requireNonNull(createdAt, "The time is required.");
        this.createdBy = createdBy;
    }

    public Kind getKind() {
        return question == null ? Kind.RESPONSE : passage != null ? Kind.PASSAGE : Kind.ANSWER;
    }

    boolean concerns(long questionId) {
        return question != null && question.getId() == questionId;
    }

    public Long getId() {
        return id;
    }

    /** The question whose answer is redacted; null for a whole-response redaction. */
    public Question getQuestion() {
        return question;
    }

    /** The removed span (staff only); null unless {@link Kind#PASSAGE}. */
    public String getPassage() {
        return passage;
    }

    /** What the public sees instead of the answer or response; null for a passage, or an answer shown as removed. */
    public String getReplacement() {
        return replacement;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
