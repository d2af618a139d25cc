package fi.cocreate.consultation.control;

import fi.cocreate.common.DateTimes;
import fi.cocreate.common.SupportedLanguage;
import java.time.Instant;

/** Instants written into mails in Helsinki time, whatever the server's own zone. */
public final class HelsinkiTime {

    private HelsinkiTime() {}

    public static String format(Instant instant, String language) {
        return DateTimes.dateTime(instant, SupportedLanguage.locale(language));
    }
}
