package fi.cocreate.consultation.web;

import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the form holds for one question while the representative types; kept in the view when a save is refused. */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Question question;
    private String text;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private Integer scale;
    /** The other text to show beside this answer after a conflict, or null. */
    private AnswerConflictNote conflict;

    AnswerField(Question question, Answer saved) {
        this.question = question;
        if (saved != null) {
            text = saved.getText();
            scale = saved.getScaleValue();
            if (question.getType() == QuestionType.SINGLE_CHOICE
                    && !saved.getSelectedOptions().isEmpty()) {
                single = String.valueOf(saved.getSelectedOptions().iterator().next());
            }
            saved.getSelectedOptions().forEach(i -> multiple.add(String.valueOf(i)));
        }
    }

    AnswerInput toInput() {
        Set<Integer> selected = new LinkedHashSet<>();
        if (question.getType() == QuestionType.SINGLE_CHOICE && single != null && !single.isBlank()) {
            selected.add(Integer.valueOf(single));
        } else if (question.getType() == QuestionType.MULTIPLE_CHOICE && multiple != null) {
            multiple.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(Integer::valueOf)
                    .forEach(selected::add);
        }
        return new AnswerInput(
                question.getId(), text, selected, question.getType() == QuestionType.SCALE ? scale : null);
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

    public Question getQuestion() {
        return question;
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
