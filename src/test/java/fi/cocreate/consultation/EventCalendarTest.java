package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.control.EventCalendar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The .ics of an event: a valid iCalendar that parses back with the stable UID, UTC times, place and link. */
class EventCalendarTest {

    private static final Instant START = Instant.parse("2020-09-11T06:00:00Z");
    private static final Instant END = Instant.parse("2020-09-11T09:00:00Z");

    private static VEvent parse(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void eventParsesBackWithUtcTimesSummaryAndStableUid() throws Exception {
        EventCalendar.Entry entry = new EventCalendar.Entry(
                42,
                "cocreate.example.fi",
                "Kuulemistilaisuus; järjestöt, 2020",
                "Kuvaus\nrivillä kaksi",
                START,
                END,
                "Eteläesplanadi 4, Helsinki",
                null);
        VEvent event = parse(EventCalendar.ics(entry, Instant.parse("2020-08-01T00:00:00Z")));
        assertEquals("20200911T060000Z", value(event, Property.DTSTART));
        assertEquals("20200911T090000Z", value(event, Property.DTEND));
        assertEquals("Kuulemistilaisuus; järjestöt, 2020", value(event, Property.SUMMARY));
        assertEquals("consultation-event-42@cocreate.example.fi", value(event, Property.UID));
        assertEquals("Eteläesplanadi 4, Helsinki", value(event, Property.LOCATION));
        assertEquals("Kuvaus\nrivillä kaksi", value(event, Property.DESCRIPTION));
        assertEquals("20200801T000000Z", value(event, Property.DTSTAMP));
    }

    @Test
    void theUidStaysTheSameWhenTheEventChangesOrIsDownloadedAgain() throws Exception {
        EventCalendar.Entry before = new EventCalendar.Entry(7, "h", "Old", null, START, END, null, null);
        EventCalendar.Entry after = new EventCalendar.Entry(
                7, "h", "New", null, START.plusSeconds(3600), END.plusSeconds(3600), null, null);
        assertEquals(
                value(parse(EventCalendar.ics(before, START)), Property.UID),
                value(parse(EventCalendar.ics(after, END)), Property.UID));
        assertArrayEquals(EventCalendar.ics(before, START), EventCalendar.ics(before, START), "same input, same file");
    }

    @Test
    void aRemoteEventCarriesItsLinkAsUrlAndLocation() throws Exception {
        EventCalendar.Entry entry = new EventCalendar.Entry(
                3, "h", "Remote", null, START, END, null, "https://meet.example.org/organisations");
        VEvent event = parse(EventCalendar.ics(entry, START));
        assertEquals("https://meet.example.org/organisations", value(event, Property.URL));
        assertEquals("https://meet.example.org/organisations", value(event, Property.LOCATION));
        String text = new String(EventCalendar.ics(entry, START), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(text.contains("METHOD:PUBLISH"));
        assertFalse(text.contains("DESCRIPTION"), "nothing invented when there is no description");
    }
}
