package fi.cocreate.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request an id that follows it through the logs: the balancer's {@code X-Request-Id} when it sent a
 * sane one, otherwise a new one. The id goes back in the {@code X-Request-Id} response header (a person reporting a
 * problem can quote it) and into the log context of the request. java.util.logging has no MDC, and Payara's JSON
 * and ODL log formats record the thread name with every record, so the id is carried as a {@code req=<id>} suffix of
 * the thread's name while the request runs (the original name is restored afterwards): every record written during
 * the request, by the app or by Payara, carries it. {@link #current()} gives it to code that logs it explicitly.
 * One structured line per request ({@code request id=… method=… path=… status=… ms=…}) is logged at FINE, and at
 * WARNING for a server error.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIds extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(RequestIds.class.getName());
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The id of the request this thread is serving, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        String outer = CURRENT.get();
        CURRENT.set(id);
        thread.setName(threadName + " req=" + id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = response.getStatus();
            Level level = status >= 500 ? Level.WARNING : Level.FINE;
            if (LOG.isLoggable(level)) {
                LOG.log(
                        level,
                        String.format(
                                "request id=%s method=%s path=%s status=%d ms=%d",
                                id, request.getMethod(), request.getRequestURI(), status, millis));
            }
            thread.setName(threadName);
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
