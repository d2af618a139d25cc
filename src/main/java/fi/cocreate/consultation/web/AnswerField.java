package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.ResponseFormData.QuestionView;
import fi.cocreate.consultation.boundary.ResponseFormData.SavedAnswer;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.QuestionType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the form holds for one question while the representative types; kept in the view when a save is refused. The
 * question's choices and scale values are made once, when the field is, so the page's getters do no work.
 */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final QuestionView question;
    private final List<Choice> choices;
    private final List<Integer> scaleValues;
    private String text;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private Integer scale;
    /** The other text to show beside this answer after a conflict, or null. */
    private AnswerConflictNote conflict;

    AnswerField(QuestionView question, SavedAnswer saved) {
        this.question = question;
        List<Choice> options = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            options.add(new Choice(String.valueOf(i), question.options().get(i)));
        }
        this.choices = List.copyOf(options);
        this.scaleValues = question.scaleMin() == null || question.scaleMax() == null
                ? List.of()
                : IntStream.rangeClosed(question.scaleMin(), question.scaleMax())
                        .boxed()
                        .toList();
        if (saved != null) {
            text = saved.text();
            scale = saved.scaleValue();
            if (question.type() == QuestionType.SINGLE_CHOICE
                    && !saved.selectedOptions().isEmpty()) {
                single = String.valueOf(saved.selectedOptions().iterator().next());
            }
            saved.selectedOptions().forEach(i -> multiple.add(String.valueOf(i)));
        }
    }

    AnswerInput toInput() {
        Set<Integer> selected = new LinkedHashSet<>();
        if (question.type() == QuestionType.SINGLE_CHOICE && single != null && !single.isBlank()) {
            selected.add(Integer.valueOf(single));
        } else if (question.type() == QuestionType.MULTIPLE_CHOICE && multiple != null) {
            multiple.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(Integer::valueOf)
                    .forEach(selected::add);
        }
        return new AnswerInput(question.id(), text, selected, question.type() == QuestionType.SCALE ? scale : null);
    }

    /**
     * Shows {@code note} beside this answer (the colleague's text, or the caller's text kept from an earlier save);
     * null shows none.
     */
    void show(AnswerConflictNote note) {
        this.conflict = note;
    }

    public AnswerConflictNote getConflict() {
        return conflict;
    }

    public QuestionView getQuestion() {
        return question;
    }

    /** The options of a choice question, with their positions as values. */
    public List<Choice> getChoices() {
        return choices;
    }

    public List<Integer> getScaleValues() {
        return scaleValues;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMultiple() {
        return multiple;
    }

    public void setMultiple(List<String> multiple) {
        this.multiple = multiple;
    }

    public Integer getScale() {
        return scale;
    }

    public void setScale(Integer scale) {
        this.scale = scale;
    }
}
