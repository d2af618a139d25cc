package fi.cocreate.consultation.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The role check of the consultation boundaries' staff operations (moderation, summaries, timelines, exports). The
 * URL areas are already guarded in web.xml; this is the inner wall, so a boundary called from anywhere else still
 * refuses a caller who is not staff.
 */
@ApplicationScoped
public class StaffAccess {

    @Inject
    SecurityContext securityContext;

    public boolean isStaff() {
        return securityContext.isCallerInRole("STAFF") || securityContext.isCallerInRole("ADMIN");
    }

    /** The staff member's login name, for the record of who moderated what. */
    public String name() {
        return securityContext.getCallerPrincipal() == null ? null : securityContext.getCallerPrincipal().getName();
    }

    /** Refuses the call unless the caller is staff or an administrator. */
    public void require() {
        if (!isStaff()) {
            throw new EJBAccessException("Staff only");
        }
    }
}
