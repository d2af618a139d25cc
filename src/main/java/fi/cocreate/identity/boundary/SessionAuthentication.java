package fi.cocreate.identity.boundary;

import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app's one authentication mechanism. A login ({@code SecurityContext.authenticate} from the login page) checks the
 * password through the identity store and keeps only {@link SignedIn} (account id and credential version) in the HTTP
 * session. Every later request reads the account again and tells the container the caller and its groups explicitly.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession} hands the container
 * the principal cached in the session and relies on Payara to find the caller's groups again. Under concurrent
 * requests of several sessions Payara sometimes does not (payara/Payara#6145: the thread's "additional principal" is
 * missing, so the principal gets only the realm's groups, which are none), and logged-in users got 403 on their own
 * pages at random. Passing the groups on every request makes the app independent of that, makes a role taken away or an
 * account disabled count at the next request, lets a password reset end every session of the account (its credential
 * version no longer matches), and keeps the login in a small serializable session attribute that a data grid can
 * replicate to another server.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "STAFF", "ORG_REP", "APPLICANT", "PANELIST"})
public class SessionAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding {@link SignedIn}. */
    static final String SESSION_KEY = "cocreate.signedIn";

    /** The request attribute where the account read for this request is kept, so {@link Caller} reads it once. */
    static final String REQUEST_ACCOUNT = "cocreate.callerAccount";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** What a login session keeps: which account, and the credential version it was opened with. */
    public record SignedIn(long accountId, int credentialVersion) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential) {
            return logIn(request, context, credential);
        }
        Optional<Account> account = signedIn(request);
        if (account.isPresent()) {
            request.setAttribute(REQUEST_ACCOUNT, account.get());
            return context.notifyContainerAboutLogin(account.get().getEmail(), groups(account.get()));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        Account account = result.getStatus() != CredentialValidationResult.Status.VALID ? null
                : accounts.findByEmail(result.getCallerPrincipal().getName()).orElse(null);
        if (account == null) {
            // No 401 page: the login page says why, in the person's language.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login, so a session id planted before the login is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_KEY,
                new SignedIn(account.getId(), account.getCredentialVersion()));
        request.setAttribute(REQUEST_ACCOUNT, account);
        return context.notifyContainerAboutLogin(account.getEmail(), groups(account));
    }

    /** The account of this request's login session, if it still may log in with the credentials it was opened with. */
    private Optional<Account> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof SignedIn login)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findById(login.accountId())
                .filter(a -> a.canLogIn() && a.getCredentialVersion() == login.credentialVersion());
        if (account.isEmpty()) {
            session.removeAttribute(SESSION_KEY);
        }
        return account;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> groups(Account account) {
        return account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    }

    /** Where a visitor sent to the login page returns afterwards: the page asked for (GET), else the home page. */
    private static String originalTarget(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
