package fi.cocreate.consultation.entity;

import fi.cocreate.identity.entity.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of a response. A draft version changes in place; once submitted it never changes again, and a later
 * edit makes the next version. Every version is kept.
 */
@Entity
@Table(name = "response_version")
public class ResponseVersion implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @Column(nullable = false)
    private int number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "publication_consent", nullable = false)
    private boolean publicationConsent;

    /** The approver who submitted this version; none for a version staff entered from an email or a letter. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by")
    private Account approvedBy;

    /** SHA-256 of the submitted content in ResponseDigest's canonical form; set once, at submission. */
    @Column(length = 64)
    private String digest;

    @BatchFetch(BatchFetchType.EXISTS)
    @OneToMany(mappedBy = "responseVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<Answer> answers = new ArrayList<>();

    protected ResponseVersion() {}

    ResponseVersion(Response response, int number, Account author, Instant now) {
        this.response = Objects.requireNonNull(response);
        this.number = number;
        this.author = Objects.requireNonNull(author);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new draft version starting from the answers of this one, each with its revision and last editor. */
    ResponseVersion successor(Account author, Instant now) {
        ResponseVersion next = new ResponseVersion(response, number + 1, author, now);
        answers.forEach(a -> next.answers.add(a.copyTo(next)));
        next.publicationConsent = publicationConsent;
        return next;
    }

    void write(List<AnswerInput> inputs, boolean consent, Account author, Instant now) {
        write(inputs, consent, author, now, null);
    }

    /**
     * Writes the inputs from a form that showed each answer at a revision ({@code seenRevisions} by question id, 0 or
     * absent for an answer that did not exist yet; null checks nothing). An answer that someone changed since the
     * form showed it is left as they saved it when the input differs from it: those inputs are returned, unwritten,
     * for the caller to keep beside it. Every other answer is written.
     */
    List<AnswerInput> write(
            List<AnswerInput> inputs,
            boolean consent,
            Account author,
            Instant now,
            java.util.Map<Long, Integer> seenRevisions) {
        if (isSubmitted()) {
            throw new IllegalStateException("A submitted version never changes.");
        }
        List<Question> questions = response.getConsultation().getQuestions();
        List<AnswerInput> clashes = new ArrayList<>();
        for (AnswerInput input : inputs) {
            Question question = questions.stream()
                    .filter(q -> q.getId() == input.questionId())
                    .findFirst()
                    .orElseThrow(() -> new fi.cocreate.common.BusinessException("answer.unknownQuestion"));
            Optional<Answer> existing = answerTo(question.getId());
            if (seenRevisions != null
                    && changedSince(existing, seenRevisions.getOrDefault(question.getId(), 0), input)) {
                question.check(input.text(), input.selectedOptions(), input.scaleValue());
                clashes.add(input);
            } else if (existing.isPresent()) {
                existing.get().change(input, author, now);
            } else if (!input.isEmpty()) {
                answers.add(new Answer(this, question, input, author, now));
            }
        }
        this.publicationConsent = consent;
        this.author = author;
        this.updatedAt = now;
        return clashes;
    }

    private static boolean changedSince(Optional<Answer> existing, int seenRevision, AnswerInput input) {
        int current = existing.map(Answer::getRevision).orElse(0);
        if (current == seenRevision) {
            return false;
        }
        return existing.map(a -> !a.sameAs(input)).orElse(!input.isEmpty());
    }

    void markSubmitted(Instant now, Account approver) {
        this.submittedAt = now;
        this.approvedBy = approver;
    }

    /** The approver's name, for the history page; null when there is none. */
    public String getApprovedByName() {
        return approvedBy == null ? null : approvedBy.getDisplayName();
    }

    /** Who approved and submitted this version; empty for one staff entered, or before submission. */
    public Optional<Account> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Answer> answerTo(long questionId) {
        return answers.stream()
                .filter(a -> a.getQuestion().getId() == questionId)
                .findFirst();
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public int getNumber() {
        return number;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    /** The answers in the order of the questions. */
    public List<Answer> getAnswers() {
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparingInt(a -> a.getQuestion().getPosition()));
        return Collections.unmodifiableList(sorted);
    }

    /** Records the digest of what was submitted, once: a submitted version never changes, nor does its digest. */
    public void recordDigest(String sha256) {
        if (submittedAt == null) {
            throw new IllegalStateException("Only a submitted version has a digest.");
        }
        if (digest != null && !digest.equals(sha256)) {
            throw new IllegalStateException("The digest of a submitted version is fixed.");
        }
        this.digest = java.util.Objects.requireNonNull(sha256);
    }

    public String getDigest() {
        return digest;
    }
}
