package fi.cocreate.forum.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Why no forum can be selected: one failing rule or lock, with the numbers needed to explain it.
 *
 * <p>Example: {@code MINIMUM_NOT_MET}, rule {@code homeCountry=Iceland} minimum 2, {@code limit} 2,
 * {@code possible} 1, {@code amount} 1, message "minimum 2 with homeCountry = Iceland: only 1 possible
 * (short by 1)". The {@code message} is English for logs and developers; the UI should build its own text
 * from {@link #kind()} and the numbers.
 *
 * @param kind         what failed
 * @param rule         the failing rule, or {@code null} when the violation is not about one rule
 * @param dimension    the dimension concerned, or {@code null}
 * @param candidateIds candidates concerned (conflicting locks), otherwise empty
 * @param limit        the number the rule or forum size asks for (the minimum, maximum or forum size)
 * @param possible     the number that can actually be reached
 * @param amount       by how much the limit is missed (always positive for a failure)
 * @param message      English explanation
 */
public record RuleViolation(
        ViolationKind kind,
        DiversityRule rule,
        String dimension,
        List<String> candidateIds,
        int limit,
        int possible,
        int amount,
        String message)
        implements Serializable {

    public RuleViolation {
        Objects.requireNonNull(kind, "kind");
        candidateIds = List.copyOf(Objects.requireNonNull(candidateIds, "candidateIds"));
        Objects.requireNonNull(message, "message");
    }

    static RuleViolation minimumNotMet(DiversityRule rule, int possible) {
        int amount = rule.minimum() - possible;
        return new RuleViolation(
                ViolationKind.MINIMUM_NOT_MET,
                rule,
                rule.dimension(),
                List.of(),
                rule.minimum(),
                possible,
                amount,
                "minimum " + rule.minimum() + " with " + rule.dimension() + " = " + rule.value() + ": only " + possible
                        + " possible (short by " + amount + ")");
    }

    static RuleViolation maximumExceeded(DiversityRule rule, int needed) {
        int amount = needed - rule.maximum();
        return new RuleViolation(
                ViolationKind.MAXIMUM_EXCEEDED,
                rule,
                rule.dimension(),
                List.of(),
                rule.maximum(),
                needed,
                amount,
                "maximum " + rule.maximum() + " with " + rule.dimension() + " = " + rule.value() + ": at least "
                        + needed + " needed (over by " + amount + ")");
    }
}
