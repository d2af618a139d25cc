package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A quoted span of one answer of a submitted response, which staff tag with themes and cite in summary statements.
 * The quote must occur word for word in the answer as submitted.
 */
@Entity
@Table(name = "response_passage")
@NamedQuery(
        name = Passage.OF_CONSULTATION,
        query = "select p from Passage p where p.response.consultation.id = :consultation order by p.id")
public class Passage {

    public static final String OF_CONSULTATION = "Passage.ofConsultation";

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
    @Column(nullable = false)
    private String quote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Passage() {}

    public Passage(Response response, Question question, String quote, Instant createdAt) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        this.question = Objects.requireNonNull(question, "Question is required.");
        String given = quote == null ? "" : quote.strip();
        if (given.isEmpty()) {
            throw new BusinessException("passage.quoteRequired").about("quote");
        }
        String answer = response.submittedVersion()
                .flatMap(v -> v.answerTo(question.getId()))
                .map(Answer::getText)
                .orElse(null);
        if (answer == null || !answer.contains(given)) {
            throw new BusinessException("passage.notInAnswer").about("quote");
        }
        this.quote = given;
        this.createdAt = Objects.requireNonNull(createdAt);
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

    public String getQuote() {
        return quote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
