package fi.cocreate.forum.control;

/** The steps of the application form, in order; each is checked before the applicant moves on. */
public enum ApplicationStep {
    PERSONAL,
    BACKGROUND,
    EXPERTISE,
    MOTIVATION,
    REVIEW;

    public ApplicationStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public ApplicationStep previous() {
        return this == PERSONAL ? PERSONAL : values()[ordinal() - 1];
    }
}
