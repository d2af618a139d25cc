package fi.cocreate.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates and times are written, in pages, mails and PDFs alike, in Helsinki time: one pattern per
 * language, so a date reads the same on every page. Finnish and Swedish write {@code 29.12.2026 klo 21.58} /
 * {@code 29.12.2026 kl. 21.58}; English uses the European day-month order and a 24-hour clock
 * ({@code 29 December 2026, 21:58}), never the US default.
 */
public final class DateTimes {

    private DateTimes() {}

    public static DateTimeFormatter dateTimeFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(
                        switch (language(locale)) {
                            case "fi" -> "d.M.yyyy 'klo' H.mm";
                            case "sv" -> "d.M.yyyy 'kl.' H.mm";
                            default -> "d MMMM yyyy, HH:mm";
                        },
                        locale)
                .withZone(ApplicationClock.ZONE);
    }

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(language(locale)) ? "d MMMM yyyy" : "d.M.yyyy", locale)
                .withZone(ApplicationClock.ZONE);
    }

    public static DateTimeFormatter timeFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(language(locale)) ? "HH:mm" : "H.mm", locale)
                .withZone(ApplicationClock.ZONE);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTimeFormatter(locale).format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : dateFormatter(locale).format(instant);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormatter(locale).format(date);
    }

    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : timeFormatter(locale).format(instant);
    }

    private static String language(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        return "sv".equals(language) || "en".equals(language) ? language : "fi";
    }
}
