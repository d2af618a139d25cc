package fi.cocreate.consultation.entity;

import java.io.Serializable;
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
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** The answer of one response version to one question: text, chosen options (by position) and a scale value. */
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

    protected Answer() {
    }

    Answer(ResponseVersion responseVersion, Question question, AnswerInput input) {
        this.responseVersion = Objects.requireNonNull(responseVersion);
        this.question = Objects.requireNonNull(question);
        change(input);
    }

    final void change(AnswerInput input) {
        question.check(input.text(), input.selectedOptions(), input.scaleValue());
        this.text = input.text();
        this.scaleValue = input.scaleValue();
        this.selectedOptions.clear();
        this.selectedOptions.addAll(input.selectedOptions());
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
