package fi.cocreate.consultation.control;

import fi.cocreate.common.ApplicationClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an event's time and place read in mails, in the reader's language and in Helsinki time. */
public final class EventTexts {

    private EventTexts() {}

    /** For example "11 September 2020, 12:00 – 15:00" (the end's date only when it is another day). */
    public static String when(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(ApplicationClock.ZONE);
        ZonedDateTime to = end.atZone(ApplicationClock.ZONE);
        DateTimeFormatter dateTime = fi.cocreate.common.DateTimes.dateTimeFormatter(locale);
        DateTimeFormatter time = fi.cocreate.common.DateTimes.timeFormatter(locale);
        boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
        return dateTime.format(from) + " \u2013 " + (sameDay ? time : dateTime).format(to);
    }

    /** The place, the remote link, or both. */
    public static String where(String place, String remoteLink) {
        boolean hasPlace = place != null && !place.isBlank();
        boolean hasLink = remoteLink != null && !remoteLink.isBlank();
        if (hasPlace && hasLink) {
            return place + ", " + remoteLink;
        }
        return hasPlace ? place : hasLink ? remoteLink : "\u2013";
    }
}
