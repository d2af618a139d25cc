package fi.cocreate.consultation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The answer of one response version to one question: text, chosen options (by position) and a scale value. Each
 * change of its content moves its revision on and records who made it, so that a colleague's save from an older page
 * can tell that this answer changed since (see {@link ResponseVersion#write}); the revision carries over to the
 * next version.
 */
@Entity
@Table(name = "answer")
public class Answer implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private ResponseVersion responseVersion;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id")
    private Question question;

    @Lob
    @Column(name = "text")
    private String text;

    @Column(name = "scale_value")
    private Integer scaleValue;

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "answer_option", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "option_index")
    private Set<Integer> selectedOptions = new TreeSet<>();

    @Column(nullable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edited_by")
    private fi.cocreate.identity.entity.Account editedBy;

    @Column(name = "edited_at")
    private java.time.Instant editedAt;

    protected Answer() {}

    Answer(
            ResponseVersion responseVersion,
            Question question,
            AnswerInput input,
            fi.cocreate.identity.entity.Account by,
            java.time.Instant now) {
        this.responseVersion = Objects.requireNonNull(responseVersion);
        this.question = Objects.requireNonNull(question);
        change(input, by, now);
    }

    /** The next version's copy of this answer, with its revision and last editor. */
    Answer copyTo(ResponseVersion next) {
        Answer copy = new Answer();
        copy.responseVersion = next;
        copy.question = question;
        copy.text = text;
        copy.scaleValue = scaleValue;
        copy.selectedOptions.addAll(selectedOptions);
        copy.revision = revision;
        copy.editedBy = editedBy;
        copy.editedAt = editedAt;
        return copy;
    }

    /** Writes the input; the revision and the editor move only when the content changes. */
    final void change(AnswerInput input, fi.cocreate.identity.entity.Account by, java.time.Instant now) {
        question.check(input.text(), input.selectedOptions(), input.scaleValue());
        if (revision > 0 && sameAs(input)) {
            return;
        }
        this.text = input.text();
        this.scaleValue = input.scaleValue();
        this.selectedOptions.clear();
        this.selectedOptions.addAll(input.selectedOptions());
        this.revision++;
        this.editedBy = by;
        this.editedAt = now;
    }

    /** Whether the input says the same as this answer (an unchanged answer posted again). */
    public boolean sameAs(AnswerInput input) {
        return Objects.equals(text, input.text())
                && Objects.equals(scaleValue, input.scaleValue())
                && selectedOptions.equals(new TreeSet<>(input.selectedOptions()));
    }

    /** How many times its content has changed; a form keeps the one it showed. */
    public int getRevision() {
        return revision;
    }

    public fi.cocreate.identity.entity.Account getEditedBy() {
        return editedBy;
    }

    public java.time.Instant getEditedAt() {
        return editedAt;
    }

    public AnswerInput toInput() {
        return new AnswerInput(question.getId(), text, selectedOptions, scaleValue);
    }

    public Long getId() {
        return id;
    }

    public ResponseVersion getResponseVersion() {
        return responseVersion;
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public Set<Integer> getSelectedOptions() {
        return Collections.unmodifiableSet(selectedOptions);
    }
}
