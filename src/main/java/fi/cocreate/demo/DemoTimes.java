package fi.cocreate.demo;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** The moments the demo steps share: their dates in Helsinki time, and the demo's forum call of 2021. */
final class DemoTimes {

    private DemoTimes() {}

    /** A date and time in Helsinki, as the demo's stories give them. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ApplicationClock.ZONE)
                .toInstant();
    }

    /** The call of 2021 that the forum and panel demo steps fill, or null before the forum demo made it. */
    static ForumCall call2021(ForumCalls calls, Clock clock) {
        return calls.all().stream()
                .filter(c -> c.getOpensAt().atZone(clock.getZone()).getYear() == 2021)
                .findFirst()
                .orElse(null);
    }
}
