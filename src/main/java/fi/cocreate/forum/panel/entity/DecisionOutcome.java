package fi.cocreate.forum.panel.entity;

/** What the confirmed selection says about one application. */
public enum DecisionOutcome {
    SELECTED,
    WAITING_LIST,
    NOT_SELECTED
}
