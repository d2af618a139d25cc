package fi.cocreate.common.web;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants in Helsinki time and multilingual texts in the reader's language, for use in pages. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleSelection localeSelection;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(localeSelection.getLocale()).withZone(ApplicationClock.ZONE).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(localeSelection.getLocale()).withZone(ApplicationClock.ZONE).format(instant);
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }
}
