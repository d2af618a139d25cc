package fi.cocreate.forum.control;

/**
 * Machine-readable reason why a candidate is in or out of the selected forum, for the UI to translate.
 *
 * <p>The reasons compare the selected group with the score-only group ({@link SelectionResult#scoreOnlyIds()}:
 * the locked-in candidates plus the best-scored others, ignoring the diversity rules), so they describe
 * exactly what the diversity rules changed. The rules concerned are in {@link CandidateDecision#rules()}.
 */
public enum DecisionReason {

    /** Selected because the panel locked the candidate in. */
    IN_LOCKED,

    /** Selected, and would also be selected on score alone. */
    IN_TOP_SCORE,

    /**
     * Selected instead of a higher-scored candidate, because a minimum rule needs this member: the rules
     * listed are minimums that would fail without them.
     */
    IN_REQUIRED_BY_RULE,

    /**
     * Selected instead of a higher-scored candidate without being needed by a minimum: a seat was freed by
     * a maximum rule (listed) that excluded higher-scored candidates, and this was the best way to fill it.
     */
    IN_REPLACEMENT,

    /** Not selected because the panel locked the candidate out. */
    OUT_LOCKED,

    /**
     * Not selected although a lower-scored candidate was: the rules listed are the maximums this candidate
     * would break and the minimums that needed the lower-scored members instead.
     */
    OUT_DISPLACED_BY_RULE,

    /** Not selected: every selected (not locked-in) member scored higher. */
    OUT_LOWER_SCORE
}
