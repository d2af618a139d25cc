package fi.cocreate.volumes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
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
            long id = new VolumeFixtures(em).consultation("Public pages", 3, Instant.now()
                    .truncatedTo(ChronoUnit.SECONDS));
            tx.commit();
            return id;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private long publicResponse(long consultationId) {
        return em.createQuery("select m from ResponseModeration m where m.response.consultation.id = :c",
                ResponseModeration.class).setParameter("c", consultationId).getResultStream()
                .filter(ResponseModeration::isPublic).map(m -> m.getResponse().getId()).findFirst().orElseThrow();
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
        List<String> pages = new ArrayList<>(List.of("/", "/index.xhtml", "/consultation/index.xhtml",
                "/consultation/view.xhtml?id=" + first(list, "view\\.xhtml\\?id=(\\d+)"),
                "/consultation/timeline.xhtml?id=" + first(list, "timeline\\.xhtml\\?id=(\\d+)"),
                "/consultation/summary.xhtml?id=" + consultation, "/consultation/response.xhtml?id=" + response,
                "/forum/index.xhtml", "/forum/call.xhtml?id=" + first(forum, "call\\.xhtml\\?id=(\\d+)")));
        for (String page : pages) {
            PageClient.Page got = PageClient.english(base()).get(page);
            assertEquals(200, got.status(), page);
            assertFalse(got.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    page + " sets no session cookie: " + got.headers("Set-Cookie"));
            assertFalse(got.body().contains("jakarta.faces.ViewState\" value=\"") && !got.body()
                    .contains("value=\"stateless\""), page + " keeps no view state on the server");
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

        PageClient.Page byTag = PageClient.english(base()).header("If-None-Match", etag).get(page);
        assertEquals(304, byTag.status());
        assertEquals("", byTag.body());
        PageClient.Page byDate = PageClient.english(base()).header("If-Modified-Since", lastModified).get(page);
        assertEquals(304, byDate.status());

        PageClient.Page otherTag = PageClient.english(base()).header("If-None-Match", "\"something-else\"")
                .get(page);
        assertEquals(200, otherTag.status(), "a stale copy gets the page");
        String older = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minus(30, ChronoUnit.DAYS)
                .atOffset(ZoneOffset.UTC));
        assertEquals(200, PageClient.english(base()).header("If-Modified-Since", older).get(page).status());
        PageClient.Page finnish = new PageClient(base(), "fi").header("If-None-Match", etag).get(page);
        assertEquals(200, finnish.status(), "each language has its own ETag");
    }
}
