package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A proposal that staff marked in an answer of a submitted response (its words must occur in the answer as
 * submitted), and the ministry's reaction to it: adopted, partly adopted, not adopted or out of scope, with the
 * reason. The reason is required for every reaction but {@link ProposalReaction#ADOPTED}: the guidance asks the
 * ministry to say why a proposal was not (or only partly) taken into account; an adopted one may say how.
 */
@Entity
@Table(name = "response_proposal")
@NamedQuery(
        name = Proposal.OF_RESPONSE,
        query = "select p from Proposal p where p.response.id = :response order by p.id")
@NamedQuery(
        name = Proposal.ANSWERED_OF_CONSULTATION,
        query = "select p from Proposal p join fetch p.response r join fetch r.organisation"
                + " where r.consultation.id = :consultation and p.reaction is not null order by p.id")
public class Proposal {

    public static final String OF_RESPONSE = "Proposal.ofResponse";
    public static final String ANSWERED_OF_CONSULTATION = "Proposal.answeredOfConsultation";

    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id")
    private Question question;

    @Lob
    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "reaction", length = 20)
    private ProposalReaction reaction;

    @Lob
    @Column(name = "reason")
    private String reason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 254)
    private String createdBy;

    @Version
    private long version;

    protected Proposal() {}

    public Proposal(Response response, Question question, String text, Instant now, String by) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        this.question = Objects.requireNonNull(question, "Question is required.");
        if (!response.isSubmitted()) {
            throw new BusinessException("moderation.notSubmitted");
        }
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new BusinessException("proposal.textRequired").about("text");
        }
        if (given.length() > MAX_TEXT) {
            throw new BusinessException("proposal.textTooLong", MAX_TEXT).about("text");
        }
        String answer = response.submittedVersion()
                .flatMap(v -> v.answerTo(question.getId()))
                .map(Answer::getText)
                .orElse(null);
        if (answer == null || !answer.contains(given)) {
            throw new BusinessException("proposal.notInAnswer").about("text");
        }
        this.text = given;
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.createdBy = by;
    }

    /**
     * Records the ministry's reaction (replacing an earlier one). {@code seenVersion} is the version the page showed:
     * an answer from a page opened before a colleague's answer is refused, naming them.
     */
    public void answer(ProposalReaction reaction, String reason, Long seenVersion, Instant now, String by) {
        LastEdit.requireSeen(
                seenVersion,
                version,
                answeredAt == null ? new LastEdit(createdBy, createdAt) : new LastEdit(answeredBy, answeredAt));
        if (reaction == null) {
            throw new BusinessException("proposal.reactionRequired").about("reaction");
        }
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() && reaction.needsReason()) {
            throw new BusinessException("proposal.reasonRequired").about("reason");
        }
        if (given.length() > MAX_REASON) {
            throw new BusinessException("proposal.reasonTooLong", MAX_REASON).about("reason");
        }
        this.reaction = reaction;
        this.reason = given.isEmpty() ? null : given;
        this.answeredAt = Objects.requireNonNull(now, "The time is required.");
        this.answeredBy = by;
    }

    public boolean isAnswered() {
        return reaction != null;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public ProposalReaction getReaction() {
        return reaction;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
