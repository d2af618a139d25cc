package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;

/** What the panel's pages share: a required id missing from the address is "not found" (the app's 404 page). */
final class PanelPages {

    private PanelPages() {}

    /** Refuses a missing numeric request parameter as "not found"; returns false when it is present. */
    static boolean missing(Long id) {
        Found.found(id, "panel.application.notFound");
        return false;
    }
}
