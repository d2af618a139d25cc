package fi.cocreate.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can set and move, to cross a deadline without waiting. Follows real time until it is set. Serializable
 * as the production clock is: view-scoped beans hold the injected clock and move between servers with the session.
 */
public final class MutableClock extends Clock implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private volatile Instant fixed;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        MutableClock copy = new MutableClock(otherZone);
        copy.fixed = fixed;
        return copy;
    }
}
