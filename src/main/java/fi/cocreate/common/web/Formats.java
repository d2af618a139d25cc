package fi.cocreate.common.web;

import fi.cocreate.common.DateTimes;
import fi.cocreate.common.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Shows instants in Helsinki time, shares and multilingual texts in the reader's language, for use in pages. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleSelection localeSelection;

    public String dateTime(Instant instant) {
        return DateTimes.dateTime(instant, localeSelection.getLocale());
    }

    public String date(Instant instant) {
        return DateTimes.date(instant, localeSelection.getLocale());
    }

    /** A share (0–1) as a whole percentage in the reader's locale: "85 %" in Finnish and Swedish, "85%" in English. */
    public String percent(double share) {
        return java.text.NumberFormat.getPercentInstance(localeSelection.getLocale())
                .format(share);
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }
}
