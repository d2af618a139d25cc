package fi.cocreate.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The one place that sets the browser's security headers on every response: a Content-Security-Policy, no MIME
 * sniffing, no referrer to other sites, no framing, HSTS when the request arrived over TLS (directly or through a
 * proxy saying so with {@code X-Forwarded-Proto: https}), and no header naming the server.
 *
 * <p>Faces pages get PrimeFaces' nonce policy ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml,
 * which is the same policy as {@link #POLICY} with a per-response nonce on {@code script-src}); PrimeFaces adds that
 * header while rendering, and the wrapper below makes it replace the default set here, so a browser never sees two
 * policies (it would enforce both, and the stricter one would block the nonce scripts).
 */
// Also on ERROR and FORWARD dispatches: an error page is rendered by Faces again, and PrimeFaces' policy for it must
// replace the default rather than arrive as a second header (a browser enforces both, blocking the nonce scripts).
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of every response that is not a rendered Faces page: only the app's own scripts run. */
    public static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    static final String CSP = "Content-Security-Policy";
    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (overTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS_VALUE);
        }
        // Grizzly adds "Server: Payara Micro …" only when the response has no Server header of its own; Payara adds
        // X-Powered-By unless the servlet already set it. An empty value hides both (web.xml turns X-Powered-By off).
        response.setHeader("Server", "");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Whether the browser reached us over TLS: the request itself, or a proxy in front saying so. */
    static boolean overTls(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Makes a later Content-Security-Policy (PrimeFaces' nonce policy) replace the default instead of adding one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name) || "X-Powered-By".equalsIgnoreCase(name)) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
                return;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("X-Powered-By".equalsIgnoreCase(name)) {
                return;
            }
            super.setHeader(name, value);
        }
    }
}
