package fi.cocreate.identity.boundary;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, the one place every boundary and page asks: the logged-in account as the database has it in this
 * request (read once per request, usually already by {@link SessionAuthentication}), so a role taken away or an account
 * disabled counts at once. Role checks are {@link #require(Role...)}; ownership rules stay in their domain, which asks
 * this class only for the account.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    @Inject
    protected Accounts accounts;

    @Inject
    Instance<HttpServletRequest> request;

    private Optional<Account> account;

    /** The caller's account, if logged in with an account that may log in; empty for an anonymous visitor. */
    public Optional<Account> account() {
        if (account == null) {
            account = load();
        }
        return account;
    }

    /** The caller's account if it has one of the roles (any role when none is named); otherwise refused. */
    public Account require(Role... anyOf) {
        Account found = account().orElseThrow(() -> new AccessDenied("access.loginRequired"));
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(found::has)) {
            throw new AccessDenied();
        }
        return found;
    }

    /** Staff or administrator, or refused. */
    public Account requireStaff() {
        return require(Role.STAFF, Role.ADMIN);
    }

    public boolean has(Role role) {
        return account().map(a -> a.has(role)).orElse(false);
    }

    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    /** The logged-in caller's email (the login name), if any. */
    public Optional<String> email() {
        return account().map(Account::getEmail);
    }

    /**
     * Work that runs without a login (the demo data at startup) acts as this account for the rest of the request, so
     * it goes through the same boundaries and checks as a person would. Only {@code fi.cocreate.demo} may call it (an
     * architecture rule checks).
     */
    public void assume(Account acting) {
        account = Optional.of(Objects.requireNonNull(acting, "The acting account is required."));
    }

    /** Forget what was read, for the rest of this request (after a login, logout or role change in it). */
    public void refresh() {
        account = null;
        currentRequest().ifPresent(r -> r.removeAttribute(SessionAuthentication.REQUEST_ACCOUNT));
    }

    protected Optional<Account> load() {
        Optional<Account> known = currentRequest()
                .map(r -> r.getAttribute(SessionAuthentication.REQUEST_ACCOUNT))
                .filter(Account.class::isInstance)
                .map(Account.class::cast);
        if (known.isPresent()) {
            return known;
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())) {
            return Optional.empty();
        }
        return accounts.findByEmail(principal.getName()).filter(Account::canLogIn);
    }

    private Optional<HttpServletRequest> currentRequest() {
        try {
            return request.isResolvable()
                    ? Optional.of(request.get()).filter(r -> r.getRequestURI() != null)
                    : Optional.empty();
        } catch (RuntimeException outsideARequest) {
            // A timer or a test thread without an HTTP request: fall back to the security context.
            return Optional.empty();
        }
    }
}
