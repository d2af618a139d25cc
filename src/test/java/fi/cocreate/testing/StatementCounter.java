package fi.cocreate.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database during one HTTP request, for tests that check a page's
 * statement count does not grow with the data. A request that carries the header {@value #HEADER} is counted on its
 * own thread (the boundaries it calls run on the same thread), and the statements are kept under the header's value
 * for the test to read with {@link #statements(String)}. Requests without the header are not counted.
 */
@WebFilter("/*")
public class StatementCounter extends HttpFilter {

    public static final String HEADER = "X-Count-Statements";

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Call> LAST = new ThreadLocal<>();
    private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();
    private static volatile boolean listening;

    @PersistenceUnit
    transient EntityManagerFactory emf;

    /**
     * The SQL of the counted request with this token, in order; null if no such request has finished. Of a post and
     * the redirect that follows it, this is the last one's; {@code token + " POST"} (or {@code " GET"}) names each.
     */
    public static List<String> statements(String token) {
        return COUNTED.get(token);
    }

    /**
     * The SQL of the counted request with this token, waiting up to ten seconds for it: a streamed download completes
     * its response when the file is closed, before this filter has stored the count. Null if it never finished.
     */
    public static List<String> awaitStatements(String token) {
        List<String> sql = statements(token);
        for (long until = System.nanoTime() + 10_000_000_000L; sql == null && System.nanoTime() < until; ) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            sql = statements(token);
        }
        return sql;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request.getHeader(HEADER);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        listen();
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            LAST.remove();
            COUNTED.put(token, List.copyOf(statements));
            // A post and the page its redirect leads to carry the same header: each is also kept by its method.
            COUNTED.put(token + " " + request.getMethod(), List.copyOf(statements));
        }
    }

    private synchronized void listen() {
        if (!listening) {
            emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    List<String> statements = CURRENT.get();
                    Call call = (Call) event.getCall();
                    // A unit of work and its parent session both announce the same call: count it once.
                    if (statements != null && LAST.get() != call) {
                        LAST.set(call);
                        statements.add(
                                call instanceof DatabaseCall d && d.getSQLString() != null
                                        ? d.getSQLString()
                                        : String.valueOf(call));
                    }
                }
            });
            listening = true;
        }
    }
}
