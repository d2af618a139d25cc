package fi.cocreate.consultation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reminder points before a deadline, as days (configured like {@code "3,1"}). A point is due from
 * {@code deadline - days} until the deadline. When several points are due at once (no server ran at the earlier one),
 * only the nearest to the deadline is mailed and the earlier ones are merely recorded.
 */
public final class ReminderPoints {

    private final List<Integer> days;

    private ReminderPoints(List<Integer> days) {
        this.days = days;
    }

    /** Parses a comma-separated list of positive whole days; ignores blanks, refuses anything else. */
    public static ReminderPoints parse(String config) {
        TreeSet<Integer> parsed = new TreeSet<>();
        if (config != null) {
            for (String part : config.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int value = Integer.parseInt(part.strip());
                if (value < 1) {
                    throw new IllegalArgumentException("Reminder days must be positive: " + config);
                }
                parsed.add(value);
            }
        }
        return new ReminderPoints(List.copyOf(parsed.descendingSet()));
    }

    /** The configured days, largest first. */
    public List<Integer> days() {
        return days;
    }

    /** The points already reached at {@code now} for this deadline, largest first; none at or after the deadline. */
    public List<Integer> dueAt(Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            return List.of();
        }
        List<Integer> due = new ArrayList<>();
        for (int d : days) {
            if (!now.isBefore(deadline.minus(Duration.ofDays(d)))) {
                due.add(d);
            }
        }
        return due;
    }

    /** The due point to mail for: the one nearest to the deadline. */
    public Optional<Integer> toMail(Instant deadline, Instant now) {
        List<Integer> due = dueAt(deadline, now);
        return due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1));
    }

    /** The earliest instant any point is due: reminders need not look at deadlines further away than this. */
    public Duration horizon() {
        return Duration.ofDays(days.isEmpty() ? 0 : days.get(0));
    }

    @Override
    public String toString() {
        return Arrays.toString(days.toArray());
    }
}
