package fi.cocreate.volumes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public pages are stateless: an anonymous visitor gets no HTTP session, the page says how long it may be cached, and
 * a published summary answers a conditional request with 304 while nothing public about it changed.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(VolumeFixtures.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ServletContext servletContext;

    private String base() {
        return System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
    }

    private long publishedConsultation() throws Exception {
        tx.begin();
        try {
            long id = new VolumeFixtures(em)
                    .consultation("Public pages", 3, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            tx.commit();
            return id;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private long publicResponse(long consultationId) {
        return em.createQuery(
                        "select m from ResponseModeration m where m.response.consultation.id = :c",
                        ResponseModeration.class)
                .setParameter("c", consultationId)
                .getResultStream()
                .filter(ResponseModeration::isPublic)
                .map(m -> m.getResponse().getId())
                .findFirst()
                .orElseThrow();
    }

    private static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), "no " + regex + " in\n" + body);
        return m.group(1);
    }

    @Test
    void anonymousVisitorsGetPublicPagesWithoutASessionAndWithCachingHeaders() throws Exception {
        long consultation = publishedConsultation();
        long response = publicResponse(consultation);
        PageClient visitor = PageClient.english(base());
        String list = visitor.get("/consultation/index.xhtml").assertOk().body();
        String forum = visitor.get("/forum/index.xhtml").assertOk().body();
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/index.xhtml",
                "/consultation/index.xhtml",
                "/consultation/view.xhtml?id=" + first(list, "view\\.xhtml\\?id=(\\d+)"),
                "/consultation/timeline.xhtml?id=" + first(list, "timeline\\.xhtml\\?id=(\\d+)"),
                "/consultation/summary.xhtml?id=" + consultation,
                "/consultation/response.xhtml?id=" + response,
                "/forum/index.xhtml",
                "/forum/call.xhtml?id=" + first(forum, "call\\.xhtml\\?id=(\\d+)")));
        for (String page : pages) {
            PageClient.Page got = PageClient.english(base()).get(page);
            assertEquals(200, got.status(), page);
            assertFalse(
                    got.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    page + " sets no session cookie: " + got.headers("Set-Cookie"));
            assertFalse(
                    got.body().contains("jakarta.faces.ViewState\" value=\"")
                            && !got.body().contains("value=\"stateless\""),
                    page + " keeps no view state on the server");
            if (!page.equals("/")) {
                assertEquals("public, max-age=60", got.header("Cache-Control").orElse(null), page);
            }
        }
    }

    @Test
    void aPublishedSummaryAnswersAConditionalRequestWithNotModified() throws Exception {
        long consultation = publishedConsultation();
        String page = "/consultation/summary.xhtml?id=" + consultation;
        PageClient.Page first = PageClient.english(base()).get(page);
        assertEquals(200, first.status());
        String etag = first.header("ETag").orElseThrow();
        String lastModified = first.header("Last-Modified").orElseThrow();

        PageClient.Page byTag =
                PageClient.english(base()).header("If-None-Match", etag).get(page);
        assertEquals(304, byTag.status());
        assertEquals("", byTag.body());
        PageClient.Page byDate = PageClient.english(base())
                .header("If-Modified-Since", lastModified)
                .get(page);
        assertEquals(304, byDate.status());

        PageClient.Page otherTag = PageClient.english(base())
                .header("If-None-Match", "\"something-else\"")
                .get(page);
        assertEquals(200, otherTag.status(), "a stale copy gets the page");
        String older = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().minus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
        assertEquals(
                200,
                PageClient.english(base())
                        .header("If-Modified-Since", older)
                        .get(page)
                        .status());
        PageClient.Page finnish =
                new PageClient(base(), "fi").header("If-None-Match", etag).get(page);
        assertEquals(200, finnish.status(), "each language has its own ETag");
    }

    private static String cache(PageClient.Page got) {
        return got.header("X-Page-Cache").orElse("none");
    }

    private static String nonce(PageClient.Page got) {
        return first(got.header("Content-Security-Policy").orElseThrow(), "'nonce-([^']+)'");
    }

    /** Two GETs in a row, until the second comes from the cache (a write in between, by anyone, spoils a pair). */
    private PageClient.Page[] aKeptPage(String page) {
        for (int attempt = 0; attempt < 5; attempt++) {
            PageClient.Page rendered = PageClient.english(base()).get(page);
            PageClient.Page kept = PageClient.english(base()).get(page);
            if ("HIT".equals(cache(kept))) {
                PageClient.Page[] pair = new PageClient.Page[] {rendered, kept};
                return pair;
            }
        }
        throw new AssertionError(page + " was never served from the cache");
    }

    @Test
    void anAnonymousPageIsServedFromMemoryWithAFreshNonceUntilSomethingPublicIsWritten() throws Exception {
        long consultation = publishedConsultation();
        String page = "/consultation/view.xhtml?id=" + consultation;
        PageClient.Page[] pair = aKeptPage(page);
        PageClient.Page rendered = pair[0];
        PageClient.Page kept = pair[1];
        assertEquals(200, kept.status());
        String renderedNonce = nonce(rendered);
        String keptNonce = nonce(kept);
        assertNotEquals(renderedNonce, keptNonce, "every answer has its own nonce");
        assertTrue(kept.body().contains("nonce=\"" + keptNonce + "\""), "the page's scripts carry the new nonce");
        assertFalse(kept.body().contains(renderedNonce), "and not the old one");
        assertEquals(rendered.body().replace(renderedNonce, "N"), kept.body().replace(keptNonce, "N"));
        assertEquals(rendered.header("Cache-Control"), kept.header("Cache-Control"));
        assertEquals("nosniff", kept.header("X-Content-Type-Options").orElse(null));
        assertTrue(kept.headers("Set-Cookie").isEmpty());
        assertNotEquals(rendered.header("X-Request-Id"), kept.header("X-Request-Id"));

        // Staff rename the consultation: the next visitor sees the new title at once.
        tx.begin();
        Consultation c = em.find(Consultation.class, consultation);
        c.describe(
                c.getProcess(),
                LocalizedText.of("Uusi nimi", "Nytt namn", "A renamed consultation"),
                c.getDescription());
        tx.commit();
        PageClient.Page after = PageClient.english(base()).get(page);
        assertEquals("MISS", cache(after));
        assertTrue(after.body().contains("A renamed consultation"), after.body());

        // Each language has its own copy.
        aKeptPage(page);
        PageClient.Page finnish = new PageClient(base(), "fi").get(page);
        assertEquals("MISS", cache(finnish));
        assertTrue(finnish.body().contains("Uusi nimi"));

        // Moving the app's clock (a deadline crossed) spoils every copy.
        aKeptPage(page);
        TestClockProducer.CLOCK.advance(Duration.ofMinutes(5));
        try {
            assertEquals("MISS", cache(PageClient.english(base()).get(page)));
        } finally {
            TestClockProducer.CLOCK.advance(Duration.ofMinutes(-5));
        }
    }

    @Test
    void visitorsWithASessionOrAConditionalRequestAreNeverServedACopy() {
        long consultation;
        try {
            consultation = publishedConsultation();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String page = "/consultation/view.xhtml?id=" + consultation;
        aKeptPage(page);
        assertEquals(
                "none",
                cache(PageClient.english(base())
                        .header("Cookie", "JSESSIONID=someone")
                        .get(page)));
        assertEquals(
                "none",
                cache(PageClient.english(base())
                        .header("Cache-Control", "no-cache")
                        .get(page)),
                "a hard reload asks for the page itself");
        assertEquals(
                "none",
                cache(PageClient.english(base())
                        .header("If-Modified-Since", "Wed, 02 Dec 2026 10:00:00 GMT")
                        .get(page)));
    }
}
