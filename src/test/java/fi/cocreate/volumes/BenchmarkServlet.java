package fi.cocreate.volumes;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What {@link VolumeBenchmark}'s client-side runs need from the server, each a short request (Payara ends a request
 * after 900 s, so a long run is driven from the test JVM): deployed only with the benchmark, never in the WAR.
 * Answers plain text.
 *
 * <ul>
 *   <li>{@code POST /benchmark/consultation?responses=N}: a consultation of N submitted responses with a published
 *       summary ({@link VolumeFixtures#consultation}); answers its id.</li>
 *   <li>{@code GET /benchmark/heap}: the used heap in bytes after three full collections, then the committed and
 *       the maximum heap, separated by spaces.</li>
 * </ul>
 */
@WebServlet("/benchmark/*")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    transient EntityManager em;

    @Inject
    transient UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/consultation".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        int responses = Integer.parseInt(request.getParameter("responses"));
        long id;
        try {
            tx.begin();
            try {
                id = new VolumeFixtures(em)
                        .consultation(
                                "Benchmark heap " + responses,
                                responses,
                                Instant.now().truncatedTo(ChronoUnit.SECONDS));
                tx.commit();
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IOException("Could not build the consultation", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.valueOf(id));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/heap".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        MemoryUsage heap = memory.getHeapMemoryUsage();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(heap.getUsed() + " " + heap.getCommitted() + " " + heap.getMax());
    }
}
