package fi.cocreate.consultation.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an event as an iCalendar file (RFC 5545) with ical4j: one VEVENT whose UID stays the same for the event, so a
 * calendar updates its entry instead of adding a second one; start and end in UTC; the place as LOCATION and a remote
 * link as URL.
 */
public final class EventCalendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final String PRODUCT = "-//Cocreate//Consultation events//EN";

    /** What the calendar entry says; {@code place}, {@code link} and {@code description} may be null. */
    public record Entry(
            long eventId,
            String host,
            String summary,
            String description,
            Instant start,
            Instant end,
            String place,
            String link) {

        public Entry {
            Objects.requireNonNull(host, "Host is required.");
            Objects.requireNonNull(summary, "Summary is required.");
            Objects.requireNonNull(start, "Start is required.");
            Objects.requireNonNull(end, "End is required.");
        }
    }

    private EventCalendar() {}

    /** The UID of an event's calendar entry: the same every time the event is downloaded or mailed. */
    public static String uid(long eventId, String host) {
        return "consultation-event-" + eventId + "@" + host;
    }

    /** The file name of an event's .ics download or attachment. */
    public static String filename(long eventId) {
        return "event-" + eventId + ".ics";
    }

    public static byte[] ics(Entry entry, Instant now) {
        VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(entry.eventId(), entry.host())));
        if (entry.place() != null && !entry.place().isBlank()) {
            event.add(new Location(entry.place()));
        }
        if (entry.link() != null && !entry.link().isBlank()) {
            event.add(new Url(URI.create(entry.link().strip())));
            if (entry.place() == null || entry.place().isBlank()) {
                event.add(new Location(entry.link().strip()));
            }
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
