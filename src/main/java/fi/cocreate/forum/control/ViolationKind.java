package fi.cocreate.forum.control;

/**
 * Machine-readable kind of a {@link RuleViolation}, so that the UI can phrase it in Finnish, Swedish or
 * English from the structured fields rather than from the English {@link RuleViolation#message()}.
 */
public enum ViolationKind {

    /** Fewer members with the rule's value are possible than its minimum ({@code amount} = shortfall). */
    MINIMUM_NOT_MET,

    /** More members with the rule's value are unavoidable than its maximum ({@code amount} = excess). */
    MAXIMUM_EXCEEDED,

    /**
     * In a dimension where each candidate has at most one value, the minimums add up to more than the forum
     * size ({@code amount} = excess over the forum size).
     */
    DIMENSION_MINIMUMS_EXCEED_SIZE,

    /**
     * In a dimension where each candidate has at most one value, the maximums (together with the available
     * candidates) leave fewer seats than the forum size ({@code amount} = seats missing).
     */
    DIMENSION_MAXIMUMS_BELOW_SIZE,

    /** Fewer candidates than the forum size are not locked out ({@code amount} = shortfall). */
    TOO_FEW_ELIGIBLE,

    /** More candidates are locked in than the forum size ({@code amount} = excess). */
    TOO_MANY_LOCKED_IN,

    /** A candidate is locked in and locked out at the same time. */
    CONFLICTING_LOCK,

    /**
     * The locks make the rules (more) unsatisfiable: without them the total shortfall and excess would be
     * smaller by {@code amount} ({@code possible} = what remains without locks, 0 = rules alone are fine).
     */
    LOCKS_BLOCK_RULES,

    /** The solver stopped at the time limit without an answer. */
    SOLVER_TIME_LIMIT
}
