package fi.cocreate.identity.web;

import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking at the page, for the navigation by role and the logout action. Asks {@link Caller}, so the
 * navigation shows the roles the account has now, not those it had at login.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return caller.isLoggedIn();
    }

    public String getEmail() {
        return caller.email().orElse(null);
    }

    public String getDisplayName() {
        return caller.account().map(Account::getDisplayName).orElse(null);
    }

    public boolean has(String role) {
        return caller.has(Role.valueOf(role));
    }

    public boolean isStaff() {
        return caller.isStaff();
    }

    public String logout() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        caller.refresh();
        return "/index.xhtml?faces-redirect=true";
    }
}
