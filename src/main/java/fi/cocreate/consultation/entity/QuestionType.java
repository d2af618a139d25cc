package fi.cocreate.consultation.entity;

/**
 * How a question is answered. Every answer may carry free text up to the question's length limit; for the choice and
 * scale kinds that text is an optional comment beside the choice.
 */
public enum QuestionType {
    FREE_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String labelKey() {
        return "questionType." + name();
    }
}
