package fi.cocreate.consultation.boundary;

import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The role check of the consultation boundaries' staff operations (moderation, summaries, timelines, exports). The
 * URL areas are already guarded in web.xml; this is the inner wall, so a boundary called from anywhere else still
 * refuses a caller who is not staff. The caller's account is read from the database on every call, so a role taken
 * away or an account disabled counts at once.
 */
@ApplicationScoped
public class StaffAccess {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    public boolean isStaff() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal != null && accounts.findByEmail(principal.getName()).filter(Account::isEnabled)
                .map(a -> a.has(Role.STAFF) || a.has(Role.ADMIN)).orElse(false);
    }

    /** The staff member's login name, for the record of who moderated what. */
    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** Refuses the call unless the caller is staff or an administrator. */
    public void require() {
        if (!isStaff()) {
            throw new EJBAccessException("Staff only");
        }
    }
}
