package fi.cocreate.consultation.control;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.SupportedLanguage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants written into mails in Helsinki time, whatever the server's own zone. */
public final class HelsinkiTime {

    private HelsinkiTime() {
    }

    public static String format(Instant instant, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(SupportedLanguage.locale(language)).withZone(ApplicationClock.ZONE).format(instant);
    }
}
