package fi.cocreate.consultation.control;

import fi.cocreate.common.ApplicationClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How an event's time and place read in mails, in the reader's language and in Helsinki time. */
public final class EventTexts {

    private EventTexts() {
    }

    /** For example "11 Sept 2020, 09:00 – 12:00" (the end's date only when it is another day). */
    public static String when(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(ApplicationClock.ZONE);
        ZonedDateTime to = end.atZone(ApplicationClock.ZONE);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
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
