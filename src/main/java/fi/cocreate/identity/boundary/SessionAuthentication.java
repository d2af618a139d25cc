package fi.cocreate.identity.boundary;

import fi.cocreate.common.DatabaseOutage;
import fi.cocreate.common.TypedText;
import fi.cocreate.common.web.FreshRequest;
import fi.cocreate.identity.control.LoginDestination;
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
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    /** The page telling a person whose login ended while a form was open what happened, in their language. */
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    /** The page asking to try again in a moment while the database cannot be reached. */
    static final String UNAVAILABLE_PAGE = "/error/unavailable.xhtml";

    /** The request attribute (and, after an AJAX post, the parameter) naming the page to log in again to. */
    public static final String LOGIN_ENDED = "loginEnded";

    private static final Logger LOG = Logger.getLogger(SessionAuthentication.class.getName());

    /** What a login session keeps: which account, and the credential version it was opened with. */
    public record SignedIn(long accountId, int credentialVersion) implements Serializable {}

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential) {
            return logIn(request, context, credential);
        }
        Optional<Account> account;
        try {
            account = signedIn(request);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "The database could not be reached to read the caller's login", e);
            return unavailable(request, response);
        }
        if (account.isPresent()) {
            request.setAttribute(REQUEST_ACCOUNT, account.get());
            return context.notifyContainerAboutLogin(account.get().getEmail(), groups(account.get()));
        }
        if (context.isProtected()) {
            if ("POST".equals(request.getMethod())) {
                return loginEnded(request, response);
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * A form posted to a logged-in page after the login ended (the session timed out, the server restarted, the cookie
     * was lost): no bare redirect to the login page that drops what was typed, but the expired page saying so in the
     * person's language, with the typed text shown back and a link to log in again and return to the form's page.
     * An AJAX post (a PrimeFaces upload or button) gets a partial response that sends the browser to that page.
     */
    private AuthenticationStatus loginEnded(HttpServletRequest request, HttpServletResponse response) {
        String back = formPage(request);
        try {
            if (isFacesAjax(request)) {
                String target = request.getContextPath() + EXPIRED_PAGE + "?" + LOGIN_ENDED + "="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8);
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter()
                        .write("<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                                + target.replace("&", "&amp;")
                                        .replace("\"", "&quot;")
                                        .replace("<", "&lt;")
                                + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            request.setAttribute(TypedText.ATTRIBUTE, TypedText.from(request.getParameterMap()));
            request.setAttribute(LOGIN_ENDED, back);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new FreshRequest(request), response);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not show the expired page after a post", e);
            try {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            } catch (IOException redirectFailed) {
                LOG.log(Level.FINE, "Could not send to the login page", redirectFailed);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    /**
     * The database is away while a logged-in person opens a page or posts a form: not the error page, but the page
     * asking them to try again in a moment (503, {@code Retry-After}), in their language, with what they typed shown
     * back. The login stays: once the database is back, the same form posts again.
     */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", "30");
            if (isFacesAjax(request)) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter()
                        .write("<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                                + (request.getContextPath() + UNAVAILABLE_PAGE)
                                        .replace("&", "&amp;")
                                        .replace("\"", "&quot;")
                                + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            if ("POST".equals(request.getMethod())) {
                request.setAttribute(TypedText.ATTRIBUTE, TypedText.from(request.getParameterMap()));
            }
            request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(new FreshRequest(request), response);
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not show the unavailable page", e);
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException | IllegalStateException failed) {
                LOG.log(Level.FINE, "Could not answer 503", failed);
            }
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    /**
     * The page the form was on, to log in again to: the browser's Referer when it is a page of this app (it keeps the
     * query, e.g. which consultation), else the address posted to.
     */
    static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        if (referer != null) {
            String withoutPort = request.getScheme() + "://" + request.getServerName() + request.getContextPath() + "/";
            for (String prefix : List.of(own, withoutPort)) {
                if (referer.startsWith(prefix)) {
                    String path = referer.substring(prefix.length() - 1);
                    if (LoginDestination.isSafeLocalPath(path)) {
                        return path;
                    }
                }
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        Account account = result.getStatus() != CredentialValidationResult.Status.VALID
                ? null
                : accounts.findByEmail(result.getCallerPrincipal().getName()).orElse(null);
        if (account == null) {
            // No 401 page: the login page says why, in the person's language.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login, so a session id planted before the login is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(SESSION_KEY, new SignedIn(account.getId(), account.getCredentialVersion()));
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
