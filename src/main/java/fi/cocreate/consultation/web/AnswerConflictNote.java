package fi.cocreate.consultation.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * Beside one answer on the respond page after two representatives changed it at once: who changed it and when, and
 * the other text. {@code theirs}: the colleague's saved text is shown and the field keeps what the caller typed (not
 * saved yet). Otherwise the field shows the colleague's saved answer and the note the caller's own text of
 * {@code keptAt}, kept because it lost the race. A class with getters rather than a record: EL 5 reads bean
 * properties only.
 */
public final class AnswerConflictNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean theirs;
    private final String by;
    private final Instant at;
    private final String text;
    private final Instant keptAt;

    AnswerConflictNote(boolean theirs, String by, Instant at, String text, Instant keptAt) {
        this.theirs = theirs;
        this.by = by;
        this.at = at;
        this.text = text;
        this.keptAt = keptAt;
    }

    public boolean isTheirs() {
        return theirs;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }

    public String getText() {
        return text;
    }

    public Instant getKeptAt() {
        return keptAt;
    }
}
