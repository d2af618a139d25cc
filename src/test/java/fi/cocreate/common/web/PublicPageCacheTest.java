package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page cache's single-flight render, driven by many threads at once with servlet fakes: one render per page while
 * it runs, every waiter answered from its copy with its own nonce, and no waiter given a copy that a failed render or
 * a write during the render left unusable.
 */
class PublicPageCacheTest {

    private static final int VISITORS = 20;

    private final PublicPageCache cache = new PublicPageCache();
    private final ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Set<Thread> rendering = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void setUp() {
        cache.seconds = 10;
        cache.clock = Clock.systemUTC();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void visitorsWhoMissTogetherWaitForOneRenderAndEachGetsItsOwnNonce() throws Exception {
        List<Answer> answers = visitAtOnce(page -> {});

        assertEquals(1, renders.get(), "one render for all visitors of the page");
        assertEquals(1, count(answers, "MISS"));
        assertEquals(VISITORS - 1, count(answers, "WAITED"));
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        for (Answer answer : answers) {
            String nonce = answer.nonce();
            assertTrue(answer.body().contains("nonce=\"" + nonce + "\""), "page and policy share the answer's nonce");
            nonces.add(nonce);
        }
        assertEquals(VISITORS, nonces.size(), "no two answers share a nonce");
        assertEquals("HIT", visit().status(), "the next visitor gets the kept copy");
    }

    @Test
    void aFailedRenderReleasesTheWaitersWhoRenderThePageThemselves() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        List<Answer> answers = visitAtOnce(page -> {
            if (failures.getAndIncrement() == 0) {
                throw new IllegalStateException("the first render fails");
            }
        });

        assertEquals(VISITORS - 1, answers.size(), "everyone but the failed render is answered");
        assertEquals(0, count(answers, "WAITED"), "no copy of a failed render");
        assertTrue(renders.get() > 1, "the waiters rendered the page themselves");
    }

    @Test
    void aWriteDuringTheRenderKeepsItsCopyFromTheWaiters() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Answer> answers = visitAtOnce(page -> {
            if (calls.getAndIncrement() == 0) {
                PublicPageCache.changed();
            }
        });

        assertEquals(VISITORS, answers.size());
        assertEquals(0, count(answers, "WAITED"), "a copy rendered across a write is not served");
        assertFalse(renders.get() < 2, "the waiters rendered the page again");
    }

    /**
     * A copy that has only grown old answers, at once and each with its own nonce, the visitors who come while one of
     * them renders its successor; the next visitor after that render gets the new copy.
     */
    @Test
    void visitorsWhoComeWhileAnOldCopyIsRenderedAgainGetTheOldCopyAtOnce() throws Exception {
        cache.seconds = 1;
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        cache.nanos = now::get;
        assertEquals("MISS", visitThrough(page(null)).status());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_100));
        CountDownLatch hold = new CountDownLatch(1);
        Future<Answer> successor = pool.submit(() -> visitThrough(page(hold)));
        awaitRenders(2);
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < VISITORS - 1; i++) {
            Answer answer = visitThrough(page(null));
            assertEquals("STALE", answer.status(), "answered from the old copy, not held up by the render");
            assertTrue(answer.body().contains("nonce=\"" + answer.nonce() + "\""));
            nonces.add(answer.nonce());
        }
        assertEquals(VISITORS - 1, nonces.size(), "no two answers share a nonce");
        assertEquals(2, renders.get(), "only the one render of the successor");
        hold.countDown();
        assertEquals("MISS", successor.get(10, TimeUnit.SECONDS).status());
        assertEquals("HIT", visitThrough(page(null)).status());
    }

    /** A copy that a write ended is never served, also not while its successor is rendered: the visitor waits. */
    @Test
    void aCopyEndedByAWriteIsNotServedWhileItsSuccessorIsRendered() throws Exception {
        cache.seconds = 1;
        assertEquals("MISS", visitThrough(page(null)).status());
        PublicPageCache.changed();
        CountDownLatch hold = new CountDownLatch(1);
        Future<Answer> successor = pool.submit(() -> visitThrough(page(hold)));
        awaitRenders(2);
        Future<Answer> waiting = pool.submit(() -> visitThrough(page(null)));
        awaitWaiting(1);
        hold.countDown();
        assertEquals("MISS", successor.get(10, TimeUnit.SECONDS).status());
        assertEquals("WAITED", waiting.get(10, TimeUnit.SECONDS).status());
    }

    private Answer visitThrough(FilterChain chain) throws Exception {
        FakeResponse response = new FakeResponse();
        cache.doFilter(request(), response.proxy(), chain);
        return response.answer();
    }

    /** The page as {@link #chain} renders it, held until {@code hold} opens (none: at once). */
    private FilterChain page(CountDownLatch hold) {
        return (request, response) -> {
            renders.incrementAndGet();
            if (hold != null) {
                rendering.add(Thread.currentThread());
                try {
                    hold.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            write((HttpServletResponse) response);
        };
    }

    private void awaitRenders(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (renders.get() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(count, renders.get(), "the successor's render started");
    }

    /**
     * Starts {@link #VISITORS} visitors of one page with no copy: the first render is held until all others are
     * waiting, then runs {@code during} and finishes. Returns the answers of the visitors whose request ended.
     */
    private List<Answer> visitAtOnce(Step during) throws Exception {
        List<Future<Answer>> visits = new ArrayList<>();
        for (int i = 0; i < VISITORS; i++) {
            visits.add(pool.submit(() -> visit(during)));
            if (i == 0) {
                awaitFirstRender();
            }
        }
        awaitWaiting(VISITORS - 1);
        release.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> visit : visits) {
            try {
                answers.add(visit.get(30, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException failed) {
                assertTrue(failed.getCause() instanceof IllegalStateException, failed.toString());
            }
        }
        return answers;
    }

    private void awaitFirstRender() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rendering.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertFalse(rendering.isEmpty(), "the first visitor started rendering");
    }

    /** Until that many pool threads are parked waiting (for the render under way). */
    private void awaitWaiting(int waiting) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("pool-") && !rendering.contains(t))
                    .filter(t -> t.getState() == Thread.State.TIMED_WAITING)
                    .filter(t -> waitsForRender(t))
                    .count();
            if (parked >= waiting) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the other visitors did not wait for the render under way");
    }

    private static boolean waitsForRender(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals(PublicPageCache.class.getName())
                    && frame.getMethodName().equals("awaitRender")) {
                return true;
            }
        }
        return false;
    }

    private Answer visit() throws Exception {
        return visit(page -> {});
    }

    private Answer visit(Step during) throws Exception {
        FakeResponse response = new FakeResponse();
        cache.doFilter(request(), response.proxy(), chain(during));
        return response.answer();
    }

    /** The page: a policy with a fresh nonce and a body that names it, as PrimeFaces' CSP mode renders them. */
    private FilterChain chain(Step during) {
        return (request, response) -> {
            renders.incrementAndGet();
            boolean first = rendering.isEmpty() && rendering.add(Thread.currentThread());
            if (first) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            during.run(response);
            write((HttpServletResponse) response);
        };
    }

    private static void write(HttpServletResponse http) throws java.io.IOException {
        String nonce = PublicPageCache.newNonce();
        http.setStatus(200);
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader(SecurityHeaders.CSP, "script-src 'nonce-" + nonce + "'");
        PrintWriter writer = http.getWriter();
        writer.write("<html><script nonce=\"" + nonce + "\"></script>summary</html>");
        writer.flush();
    }

    private static long count(List<Answer> answers, String status) {
        return answers.stream().filter(a -> status.equals(a.status())).count();
    }

    @FunctionalInterface
    private interface Step {
        void run(jakarta.servlet.ServletResponse response);
    }

    private record Answer(String status, String policy, String body) {
        String nonce() {
            int at = policy.indexOf("'nonce-") + 7;
            return policy.substring(at, policy.indexOf('\'', at));
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicPageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> "/consultation/summary.xhtml";
                    case "getQueryString" -> "id=1";
                    case "getLocales" -> Collections.enumeration(List.of(Locale.ENGLISH));
                    case "getLocale" -> Locale.ENGLISH;
                    case "isAsyncSupported", "isAsyncStarted" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A response that keeps its status, headers and bytes, like the container's before it is sent. */
    private static final class FakeResponse {
        private final Map<String, List<String>> headers = Collections.synchronizedMap(new LinkedHashMap<>());
        private final StringWriter text = new StringWriter();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = 200;
        private String contentType;

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    PublicPageCacheTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setHeader" -> {
                            headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                            yield null;
                        }
                        case "addHeader" -> {
                            headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                    .add((String) args[1]);
                            yield null;
                        }
                        case "containsHeader" -> headers.containsKey(args[0]);
                        case "getHeader" -> {
                            List<String> values = headers.get(args[0]);
                            yield values == null ? null : values.get(0);
                        }
                        case "getHeaders" -> List.copyOf(headers.getOrDefault(args[0], List.of()));
                        case "getHeaderNames" -> List.copyOf(headers.keySet());
                        case "getWriter" -> new PrintWriter(text);
                        case "getOutputStream" ->
                            new ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    bytes.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener listener) {}
                            };
                        case "isCommitted" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }

        Answer answer() {
            List<String> statuses = headers.getOrDefault(PublicPageCache.STATUS_HEADER, List.of("none"));
            List<String> policy = headers.getOrDefault(SecurityHeaders.CSP, List.of(""));
            String body = text.toString() + bytes.toString(StandardCharsets.UTF_8);
            return new Answer(statuses.get(0), policy.get(0), body);
        }
    }
}
