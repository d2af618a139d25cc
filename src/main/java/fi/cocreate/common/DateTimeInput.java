package fi.cocreate.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff type into a date-time field, read the way people write it: {@code 31.12.2026 22:03} and
 * {@code 31.12.2026 22.03} alike (also with {@code klo}/{@code kl.} before the time), or the ISO form
 * {@code 2026-12-31 22:03}. Shown back as {@code 31.12.2026 22:03}. Plain Java: the Faces converter only wraps it.
 */
public final class DateTimeInput {

    public static final String PATTERN_HINT = "31.12.2026 16:00";

    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:,|klo|kl\\.?|at)?\\s*(\\d{1,2})[:.](\\d{2})");
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+|T)(\\d{1,2})[:.](\\d{2})");

    private DateTimeInput() {}

    /** The date and time typed, or empty when it is not a real date and time in one of the accepted forms. */
    public static Optional<LocalDateTime> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim().replaceAll("\\s+", " ");
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (dayFirst.matches()) {
                return Optional.of(of(
                        dayFirst.group(3), dayFirst.group(2), dayFirst.group(1), dayFirst.group(4), dayFirst.group(5)));
            }
            if (iso.matches()) {
                return Optional.of(of(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31.2. or 25:00: looks right, is not a date
        }
        return Optional.empty();
    }

    public static String format(LocalDateTime value) {
        return value == null
                ? ""
                : String.format(
                        "%d.%d.%d %02d:%02d",
                        value.getDayOfMonth(),
                        value.getMonthValue(),
                        value.getYear(),
                        value.getHour(),
                        value.getMinute());
    }

    private static LocalDateTime of(String year, String month, String day, String hour, String minute) {
        return LocalDateTime.of(
                LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
                LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute)));
    }
}
