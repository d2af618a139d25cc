package fi.cocreate.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves an anonymous visitor's public page from memory when the same page in the same language was rendered a
 * moment ago and nothing has been written to the database since (the "microcache" of a reverse proxy, inside the
 * app). The public pages are stateless views that show the same bytes to every anonymous visitor, so rendering them
 * again for each of a hundred readers of a published summary only spends the cores the people working need.
 *
 * <ul>
 * <li>Only GETs of the public pages by visitors with no session, no login and no cookie but the language choice;
 * conditional requests go to the page itself (the summary answers them with 304), and so does a request that asks
 * for a fresh copy ({@code Cache-Control: no-cache}, as a browser's hard reload sends).</li>
 * <li>A copy is kept only for a 200 text/html answer that set no cookie and created no session, rendered while
 * nothing was written ({@link #changed()}, called by {@link fi.cocreate.common.PublicPageInvalidation} whenever a
 * transaction writes). It is served for {@code PUBLIC_PAGE_CACHE_SECONDS} (default 10; 0 turns the cache off) and
 * never after the app's clock has been moved (tests move it to cross deadlines).</li>
 * <li>Each answer gets a fresh CSP nonce: the copy is kept split at its nonce, in the policy header and in the page,
 * and joined again around a new one, so no two answers share a nonce.</li>
 * <li>One render per page at a time: when a copy has run out (or a write ended it), the first visitor to miss
 * renders the page and the others asking for the same page meanwhile wait for that render, at most
 * {@link #WAIT_SECONDS}, and are answered from its copy (header {@code WAITED}) if it could be kept and is still
 * fresh; otherwise (the render failed, threw, was interrupted, set a cookie, saw a write, or took too long) each
 * renders the page itself, as without the cache. While that render runs, a copy that has only grown old (no write
 * since it was rendered, the clock not moved) still answers the others for one more lifetime at most (header
 * {@code STALE}), so a page that expires under load does not hold a hundred readers up for one render; a copy that
 * a write ended is never served, they wait as above.</li>
 * <li>In a cluster each server has its own copies; a write on another server reaches this one's copies within the
 * lifetime above at the latest (docs/deploy.md).</li>
 * </ul>
 */
@WebFilter(
        urlPatterns = {
            "/index.xhtml",
            "/consultation/index.xhtml",
            "/consultation/view.xhtml",
            "/consultation/summary.xhtml",
            "/consultation/response.xhtml",
            "/consultation/timeline.xhtml",
            "/forum/index.xhtml",
            "/forum/call.xhtml"
        },
        asyncSupported = true)
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The header that tells whether an answer came from the cache (HIT), was rendered (MISS), waited for another
     * visitor's render of the same page and came from its copy (WAITED), or came from the copy that had just run out
     * while another visitor renders its successor (STALE).
     */
    public static final String STATUS_HEADER = "X-Page-Cache";

    static final int MAX_ENTRIES = 512;
    static final int MAX_CHARS = 4 * 1024 * 1024;
    /** All copies together: a visitor asking for many addresses (other query strings) cannot fill the heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** How long a visitor waits for another's render of the same page before rendering it too. */
    static final long WAIT_SECONDS = 5;

    private static final int MAX_QUERY = 256;
    private static final long CLOCK_TOLERANCE_MILLIS = 1_000;

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Something was written: no copy rendered before this moment is served again. */
    public static void changed() {
        GENERATION.incrementAndGet();
    }

    @Inject
    @ConfigProperty(name = "PUBLIC_PAGE_CACHE_SECONDS", defaultValue = "10")
    int seconds;

    @Inject
    Clock clock;

    /** The monotonic time a copy's age is measured in (tests age copies without waiting). */
    transient java.util.function.LongSupplier nanos = System::nanoTime;

    private final transient ConcurrentHashMap<String, CachedPage> pages = new ConcurrentHashMap<>();
    /** The renders under way, per key: each ends with the copy it kept, or null when it kept none. */
    private final transient ConcurrentHashMap<String, CompletableFuture<CachedPage>> renders =
            new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (seconds <= 0 || !cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long generation = GENERATION.get();
        long now = nanos.getAsLong();
        long clockOffset = clockOffset();
        CachedPage cached = pages.get(key);
        if (cached != null && cached.servable(generation, now, seconds * 1_000_000_000L, clockOffset)) {
            cached.writeTo(response, newNonce(), "HIT");
            return;
        }
        long lifetime = seconds * 1_000_000_000L;
        // A copy that has only grown old (nothing written, the clock not moved) may answer, for one more lifetime at
        // most, the visitors who come while another renders its successor: they need not wait for that render.
        boolean onlyOld = cached != null && cached.servable(generation, now, 2 * lifetime, clockOffset);
        if (cached != null && !onlyOld) {
            pages.remove(key, cached);
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> leader = renders.putIfAbsent(key, mine);
        if (leader != null && onlyOld) {
            cached.writeTo(response, newNonce(), "STALE");
            return;
        }
        if (leader == null) {
            CachedPage kept = null;
            try {
                kept = render(request, response, chain, key, generation, now, clockOffset);
            } finally {
                renders.remove(key, mine);
                mine.complete(kept);
            }
            return;
        }
        CachedPage rendered = awaitRender(leader);
        if (rendered != null && rendered.servable(GENERATION.get(), nanos.getAsLong(), lifetime, clockOffset())) {
            rendered.writeTo(response, newNonce(), "WAITED");
            return;
        }
        render(request, response, chain, key, generation, now, clockOffset);
    }

    /** Renders the page for this request and keeps a copy when it may; returns the copy, or null. */
    private CachedPage render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String key,
            long generation,
            long now,
            long clockOffset)
            throws IOException, ServletException {
        CapturingResponse capture = new CapturingResponse(response, MAX_CHARS);
        response.setHeader(STATUS_HEADER, "MISS");
        chain.doFilter(request, capture);
        if (GENERATION.get() != generation || !storable(request, response, capture)) {
            return null;
        }
        CachedPage page = CachedPage.of(response, capture.captured(), charset(response), generation, now, clockOffset);
        if (pages.size() >= MAX_ENTRIES
                || pages.values().stream().mapToLong(CachedPage::size).sum() + page.size() > MAX_BYTES) {
            pages.clear();
        }
        pages.put(key, page);
        return page;
    }

    /** The copy another request's render kept, or null when it kept none, failed, or took too long. */
    private static CachedPage awaitRender(CompletableFuture<CachedPage> render) {
        try {
            return render.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException notKept) {
            return null;
        }
    }

    /** Whether this request may be answered from, or fill, the cache. */
    static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() != null
                || request.getSession(false) != null
                || request.getHeader("Authorization") != null
                || request.getHeader("If-None-Match") != null
                || request.getHeader("If-Modified-Since") != null) {
            return false;
        }
        String asked = request.getHeader("Cache-Control");
        if ((asked != null && asked.contains("no-cache")) || request.getHeader("Pragma") != null) {
            return false;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LocaleSelection.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return LocaleSelection.resolve(request) + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean storable(
            HttpServletRequest request, HttpServletResponse response, CapturingResponse capture) {
        String type = response.getContentType();
        return capture.complete()
                && response.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null
                && response.getHeaders("Set-Cookie").isEmpty()
                && type != null
                && type.startsWith("text/html");
    }

    private static Charset charset(HttpServletResponse response) {
        try {
            return Charset.forName(response.getCharacterEncoding());
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** How far the app's clock is from the system's: it changes only when a test moves the clock. */
    private long clockOffset() {
        return clock.millis() - System.currentTimeMillis();
    }

    static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether a copy kept at these moments may still be served. */
    static boolean fresh(
            long keptGeneration,
            long keptAt,
            long keptClockOffset,
            long generation,
            long now,
            long lifetimeNanos,
            long clockOffset) {
        return keptGeneration == generation
                && now - keptAt < lifetimeNanos
                && Math.abs(clockOffset - keptClockOffset) < CLOCK_TOLERANCE_MILLIS;
    }
}
