package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A question of a consultation, in fi/sv/en. Free text up to {@code maxLength} characters, optionally with a single
 * or multiple choice among options, or a value on a scale; {@link #check} guards what an answer may hold.
 */
@Entity
@Table(name = "question")
public class Question implements Serializable {

    public static final int DEFAULT_MAX_LENGTH = 5000;
    public static final int MAX_MAX_LENGTH = 50000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 20)
    private QuestionType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "text_fi")),
        @AttributeOverride(name = "sv", column = @Column(name = "text_sv")),
        @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    })
    private LocalizedText text;

    @Column(name = "max_length", nullable = false)
    private int maxLength;

    @Column(name = "scale_min")
    private Integer scaleMin;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<QuestionOption> options = new ArrayList<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected Question() {}

    Question(
            Consultation consultation,
            int position,
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<QuestionOption> options,
            Integer scaleMin,
            Integer scaleMax) {
        this.consultation = Objects.requireNonNull(consultation);
        this.position = position;
        redefine(type, text, maxLength, options, scaleMin, scaleMax);
    }

    /** Changes the question; the rules are the same as for a new one. */
    public final void redefine(
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<QuestionOption> options,
            Integer scaleMin,
            Integer scaleMax) {
        this.type = Objects.requireNonNull(type, "Question type is required.");
        this.text = Objects.requireNonNull(text, "Question text is required.");
        if (maxLength < 1 || maxLength > MAX_MAX_LENGTH) {
            throw new BusinessException("question.maxLengthRange", MAX_MAX_LENGTH);
        }
        this.maxLength = maxLength;
        List<QuestionOption> given = options == null ? List.of() : options;
        if (type.hasOptions() && given.size() < 2) {
            throw new BusinessException("question.optionsRequired");
        }
        this.options.clear();
        if (type.hasOptions()) {
            this.options.addAll(given);
        }
        if (type == QuestionType.SCALE) {
            if (scaleMin == null || scaleMax == null || scaleMin >= scaleMax) {
                throw new BusinessException("question.scaleRange");
            }
            this.scaleMin = scaleMin;
            this.scaleMax = scaleMax;
        } else {
            this.scaleMin = null;
            this.scaleMax = null;
        }
    }

    /** Refuses an answer this question cannot hold: text too long, an unknown option, several for a single choice. */
    public void check(String answerText, Collection<Integer> selectedOptions, Integer scaleValue) {
        if (answerText != null && answerText.codePointCount(0, answerText.length()) > maxLength) {
            throw new BusinessException("answer.tooLong", position, maxLength);
        }
        Collection<Integer> selected = selectedOptions == null ? List.of() : selectedOptions;
        if (!selected.isEmpty()) {
            if (!type.hasOptions() || (type == QuestionType.SINGLE_CHOICE && selected.size() > 1)) {
                throw new BusinessException("answer.badChoice", position);
            }
            for (Integer index : selected) {
                if (index == null || index < 0 || index >= options.size()) {
                    throw new BusinessException("answer.badChoice", position);
                }
            }
        }
        if (scaleValue != null && (type != QuestionType.SCALE || scaleValue < scaleMin || scaleValue > scaleMax)) {
            throw new BusinessException("answer.badScale", position);
        }
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getType() {
        return type;
    }

    public LocalizedText getText() {
        return text;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public List<QuestionOption> getOptions() {
        return Collections.unmodifiableList(options);
    }

    /** The optimistic-lock version; an editing page keeps the one it showed and the boundary compares it. */
    public long getVersion() {
        return version;
    }

    /** Who saved this last and when, to name them to someone saving from an older page; null before any edit. */
    public LastEdit getLastEdit() {
        return lastEdit;
    }

    /** Records a save by {@code by} (a display name or email) at {@code at}; the version moves with it. */
    public void edited(String by, java.time.Instant at) {
        this.lastEdit = new LastEdit(by, at);
    }
}
