package fi.cocreate.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one source of "now" for every rule in the app. Deadlines are instants judged on the server in Helsinki time;
 * tests replace this producer with a movable clock (an alternative) to cross a deadline without waiting.
 */
@ApplicationScoped
public class ApplicationClock {

    /** The zone in which the ministry states its deadlines and in which dates are shown. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /** A date and time as staff type it (Helsinki time) as an instant; none stays none. */
    public static Instant instantOf(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    /** An instant as a date and time in Helsinki, as forms show it; none stays none. */
    public static LocalDateTime localOf(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
