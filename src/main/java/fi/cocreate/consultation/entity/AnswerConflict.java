package fi.cocreate.consultation.entity;

import fi.cocreate.identity.entity.Account;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An answer a representative saved from a page that showed an older revision of it, after a colleague had changed
 * the same answer: it is not written over the colleague's, and it is not thrown away either. It stays here, shown
 * beside the colleague's answer on the respond page, until its author saves that answer again (then it is resolved).
 */
@Entity
@Table(name = "answer_conflict")
@NamedQuery(
        name = AnswerConflict.OPEN_OF_AUTHOR,
        query = "select c from AnswerConflict c where c.response.id = "
                + ":responseId and c.author.id = :authorId and c.resolvedAt is null order by c.createdAt")
public class AnswerConflict implements Serializable {

    public static final String OPEN_OF_AUTHOR = "AnswerConflict.openOfAuthor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Lob
    @Column(name = "text")
    private String text;

    /** The chosen options' positions, comma-separated. */
    @Column(name = "selected_options", length = 200)
    private String selectedOptions;

    @Column(name = "scale_value")
    private Integer scaleValue;

    /** The revision of the colleague's answer that this one lost to. */
    @Column(name = "their_revision", nullable = false)
    private int theirRevision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected AnswerConflict() {}

    AnswerConflict(
            Response response, Question question, Account author, AnswerInput yours, int theirRevision, Instant now) {
        this.response = Objects.requireNonNull(response);
        this.question = Objects.requireNonNull(question);
        this.author = Objects.requireNonNull(author);
        this.text = yours.text();
        this.selectedOptions = yours.selectedOptions().isEmpty()
                ? null
                : new TreeSet<>(yours.selectedOptions())
                        .stream().map(String::valueOf).collect(Collectors.joining(","));
        this.scaleValue = yours.scaleValue();
        this.theirRevision = theirRevision;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Its author saved the answer again, having seen the colleague's: the kept copy has done its job. */
    public void resolve(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
        }
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** What the author had typed, as the form would post it. */
    public AnswerInput toInput() {
        Set<Integer> options = selectedOptions == null
                ? Set.of()
                : Arrays.stream(selectedOptions.split(","))
                        .map(Integer::valueOf)
                        .collect(Collectors.toSet());
        return new AnswerInput(question.getId(), text, options, scaleValue);
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

    public Account getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public int getTheirRevision() {
        return theirRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
