package fi.cocreate.forum.control;

/**
 * Outcome of a forum selection.
 */
public enum SelectionStatus {

    /** A group was found and proven to have the highest possible total score under all rules and locks. */
    OPTIMAL,

    /**
     * The time limit cut the search: the group satisfies all rules and locks, and no group can beat its total by more
     * than {@link SelectionResult#gap()}, but it was not proven optimal. Run again with a longer limit before relying
     * on it.
     */
    FEASIBLE,

    /** No group can satisfy all rules and locks; {@link SelectionResult#violations()} says which fail. */
    INFEASIBLE,

    /** The time limit was reached before a group was found or infeasibility was proven. */
    UNKNOWN
}
