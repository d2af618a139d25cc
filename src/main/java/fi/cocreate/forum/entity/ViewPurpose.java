package fi.cocreate.forum.entity;

/** Why staff or a panel member saw an application: in a list of a call's applications, or opened on its own. */
public enum ViewPurpose {
    LIST,
    DETAIL,
    CV
}
