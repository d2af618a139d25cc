package fi.cocreate.consultation.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * Beside one answer on the respond page after two representatives changed it at once: who changed it and when, and
 * the other text. {@code theirs}: the colleague's saved text is shown and the field keeps what the caller typed (not
 * saved yet). Otherwise the field shows the colleague's saved answer and the note the caller's own text of
 * {@code keptAt}, kept because it lost the race.
 */
public record AnswerConflictNote(boolean theirs, String by, Instant at, String text, Instant keptAt)
        implements Serializable {
}
