package fi.cocreate.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time from an opening instant up to, not including, a closing one: a consultation's feedback period,
 * a forum call's application window, an event's start and end. "At the closing instant" is already too late, so
 * a deadline of 16:00 accepts 15:59:59.999 and refuses 16:00:00. Entities embed it under their own column names.
 */
@Embeddable
public class TimeWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected TimeWindow() {}

    private TimeWindow(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /**
     * The window between the two instants, both required; one that does not close after it opens is refused with
     * {@code refusalKey} (each kind of window says so in its own words).
     */
    public static TimeWindow between(Instant opensAt, Instant closesAt, String refusalKey) {
        Objects.requireNonNull(opensAt, "Opening time is required.");
        Objects.requireNonNull(closesAt, "Closing time is required.");
        if (!closesAt.isAfter(opensAt)) {
            throw new BusinessException(refusalKey);
        }
        return new TimeWindow(opensAt, closesAt);
    }

    /** Whether the instant lies in the window: from the opening, up to but not including the closing. */
    public boolean contains(Instant now) {
        return hasOpened(now) && !hasClosed(now);
    }

    public boolean hasOpened(Instant now) {
        return !now.isBefore(opensAt);
    }

    public boolean hasClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
