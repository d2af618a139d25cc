package fi.cocreate.consultation.boundary;

import fi.cocreate.identity.boundary.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The staff check of the consultation boundaries' staff operations (moderation, summaries, timelines, exports), as the
 * one {@link Caller} answers it: the URL areas are guarded in web.xml; this is the inner wall, so a boundary called from
 * anywhere else still refuses a caller who is not staff.
 */
@ApplicationScoped
public class StaffAccess {

    @Inject
    Caller caller;

    public boolean isStaff() {
        return caller.isStaff();
    }

    /** The staff member's login name, for the record of who moderated what. */
    public String name() {
        return caller.email().orElse(null);
    }

    /** Refuses the call unless the caller is staff or an administrator. */
    public void require() {
        caller.requireStaff();
    }
}
