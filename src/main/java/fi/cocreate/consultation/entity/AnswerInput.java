package fi.cocreate.consultation.entity;

import java.io.Serializable;
import java.util.Set;

/** What a representative typed or chose for one question, before the rules of the question have checked it. */
public record AnswerInput(long questionId, String text, Set<Integer> selectedOptions, Integer scaleValue)
        implements Serializable {

    public AnswerInput {
        text = text == null || text.isBlank() ? null : text;
        selectedOptions = selectedOptions == null ? Set.of() : Set.copyOf(selectedOptions);
    }

    public static AnswerInput text(long questionId, String text) {
        return new AnswerInput(questionId, text, Set.of(), null);
    }

    public boolean isEmpty() {
        return text == null && selectedOptions.isEmpty() && scaleValue == null;
    }
}
