package fi.cocreate.identity.web;

import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is looking at the page: for the navigation by role and the logout action. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getEmail() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean has(String role) {
        return securityContext.isCallerInRole(Role.valueOf(role).name());
    }

    public boolean isStaff() {
        return has("STAFF") || has("ADMIN");
    }

    public String logout() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return "/index.xhtml?faces-redirect=true";
    }
}
