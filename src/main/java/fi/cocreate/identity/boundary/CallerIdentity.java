package fi.cocreate.identity.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling a boundary, for its role and ownership checks: the logged-in user's email (the login name) from
 * Jakarta Security, and their roles as the account has them now. Roles are read from the account rather than asked
 * with {@code isCallerInRole}: inside an EJB that answers only for roles the bean declares, and declaring them on
 * beans made Payara intermittently refuse logged-in users their own pages with 403. Reading the account also means a
 * role taken away by an administrator takes effect at once. Tests replace this with an alternative that can act as a
 * given user.
 */
@Dependent
public class CallerIdentity {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    /** The logged-in user's email, or empty for an anonymous caller. */
    public Optional<String> email() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())
                ? Optional.empty() : Optional.of(principal.getName());
    }

    public boolean has(Role role) {
        return email().flatMap(accounts::findByEmail)
                .map(account -> account.canLogIn() && account.getRoles().contains(role))
                .orElse(false);
    }

    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }

    /** The logged-in user's email; refuses an anonymous caller. */
    public String requireEmail() {
        return email().orElseThrow(() -> new BusinessException("access.loginRequired"));
    }

    /** Refuses anyone but staff and administrators. */
    public void requireStaff() {
        if (!isStaff()) {
            throw new BusinessException("access.staffOnly");
        }
    }
}
