package fi.cocreate.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Who saved a record last, and when: kept on every record that several people edit, so that a save from a page
 * opened before someone else's save can be refused with a message naming them ({@link #requireSeen}). The entity's
 * JPA {@code @Version} decides whether the page is stale; this says by whom.
 */
@Embeddable
public class LastEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss").withZone(ApplicationClock.ZONE);

    @Column(name = "last_edited_by", length = 254)
    private String by;

    @Column(name = "last_edited_at")
    private Instant at;

    protected LastEdit() {}

    public LastEdit(String by, Instant at) {
        this.by = by;
        this.at = Objects.requireNonNull(at, "The time of the edit is required.");
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }

    /**
     * Refuses a save made from a form that showed {@code seenVersion} when the record is now at {@code currentVersion}:
     * someone saved in between. The message ({@code edit.changedMeanwhile}) names them and the time (Helsinki).
     * A null {@code seenVersion} means the caller did not open a form (an API or a test) and is not checked.
     */
    public static void requireSeen(Long seenVersion, long currentVersion, LastEdit last) {
        requireSeen(seenVersion, currentVersion, last, "edit.changedMeanwhile");
    }

    /** As {@link #requireSeen(Long, long, LastEdit)}, with the record's own message key (same two arguments). */
    public static void requireSeen(Long seenVersion, long currentVersion, LastEdit last, String messageKey) {
        if (seenVersion != null && seenVersion != currentVersion) {
            throw new BusinessException(
                    messageKey,
                    last == null || last.by == null ? "?" : last.by,
                    last == null || last.at == null ? "?" : SHOWN.format(last.at));
        }
    }
}
