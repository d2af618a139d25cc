package fi.cocreate.volumes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.StatementCounter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The number of SQL statements a page sends does not grow with the data: each page is requested for a small and a
 * ten times larger consultation (or call), and the statements of the request are counted by
 * {@link StatementCounter}. A page that loads something per response (N+1) sends more statements for the larger one.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(VolumeFixtures.class, ScoredCalls.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ServletContext servletContext;

    @Inject
    ScoredCalls calls;

    private <T> T inTx(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private String base() {
        return System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
    }

    /** The SQL statements of one GET (or of the last request of a form post) as the given client. */
    private static List<String> statements(PageClient client, Function<PageClient, PageClient.Page> request) {
        String token = UUID.randomUUID().toString();
        // A counted request wants the page rendered, not a copy of it from PublicPageCache.
        client.header(StatementCounter.HEADER, token).header("Cache-Control", "no-cache");
        try {
            PageClient.Page response = request.apply(client);
            assertEquals(200, response.status(), response.uri() + "\n" + response.body());
        } finally {
            client.header(StatementCounter.HEADER, null).header("Cache-Control", null);
        }
        List<String> sql = StatementCounter.awaitStatements(token);
        assertNotNull(sql, "the request was counted");
        return sql;
    }

    private static void assertSameCount(String page, List<String> small, List<String> large) {
        assertEquals(
                small.size(),
                large.size(),
                page + ": statements at the small and the large size; the large one's" + " most repeated:\n"
                        + mostRepeated(large));
    }

    static String mostRepeated(List<String> sql) {
        Map<String, Long> counts =
                sql.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(e -> e.getValue() + " x " + e.getKey())
                .collect(Collectors.joining("\n"));
    }

    /**
     * At 40 responses and more the data have every shape the pages read (the summary editor lists the first uncited
     * passages only if there are some: at 20 the one candidate's response is hidden), so only the volume differs.
     */
    @Test
    void consultationPagesSendAsManyStatementsForFourHundredResponsesAsForForty() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long small = inTx(() -> new VolumeFixtures(em).consultation("Volume small", 40, now));
        long large = inTx(() -> new VolumeFixtures(em).consultation("Volume large", 400, now));

        PageClient staff = PageClient.english(base());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient visitor = PageClient.english(base());
        Map<String, Function<Long, String>> staffPages = new LinkedHashMap<>();
        staffPages.put("moderation list", id -> "/consultation/staff/moderation.xhtml?id=" + id);
        // Coding: one response's page, where staff tag it with themes (suggestions from the consultation's codes).
        staffPages.put(
                "coding page (one response)",
                id -> "/consultation/staff/moderate-response.xhtml?id=" + firstResponse(id));
        staffPages.put("summary editor (citations)", id -> "/consultation/staff/summary-edit.xhtml?id=" + id);
        staffPages.put("XLSX export", id -> "/consultation/staff/export?format=xlsx&consultation=" + id);
        staffPages.put("CSV export", id -> "/consultation/staff/export?format=csv&consultation=" + id);
        Map<String, Function<Long, String>> publicPages = Map.of(
                "public summary", id -> "/consultation/summary.xhtml?id=" + id,
                "consultation page", id -> "/consultation/view.xhtml?id=" + id,
                "API summary", id -> "/api/summaries/" + id,
                // The first page at the default size: all 34 public responses at 40, a full page of 100 of the 343
                // at 400, so a statement per response would count 34 against 100.
                "API responses", id -> "/api/consultations/" + id + "/responses");
        Map<String, List<List<String>>> counted = new LinkedHashMap<>();
        staffPages.forEach((page, path) -> counted.put(
                page,
                List.of(
                        statements(staff, c -> c.get(path.apply(small))),
                        statements(staff, c -> c.get(path.apply(large))))));
        publicPages.forEach((page, path) -> counted.put(
                page,
                List.of(
                        statements(visitor, c -> c.get(path.apply(small))),
                        statements(visitor, c -> c.get(path.apply(large))))));
        System.out.println("Statement counts 40 -> 400 responses: "
                + counted.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().get(0).size() + " -> "
                                + e.getValue().get(1).size())
                        .collect(Collectors.joining(", ")));
        counted.forEach((page, pair) -> System.out.println(
                "Statements of the " + page + " at 400 responses:\n" + String.join("\n", pair.get(1))));
        counted.forEach((page, pair) -> assertSameCount(page, pair.get(0), pair.get(1)));
    }

    /**
     * The API's public responses come a page at a time: following the Link headers from the first page gives every
     * public response exactly once, in the order of the whole list (by organisation name, then id), with the total in
     * X-Total-Count; page and size out of range or not numbers answer 400 with problem details, never 500.
     */
    @Test
    void theApisPublicResponsesComeAPageAtATimeEachPublicOneExactlyOnce() throws Exception {
        long consultation = inTx(() -> new VolumeFixtures(em)
                .consultation("Volume paging", 250, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        // The public ones as the entities say (PublicVisibility), in the order of the list before it was paged.
        List<Long> expected = inTx(() -> em
                .createQuery(
                        "select m from ResponseModeration m where m.response.consultation.id = :c",
                        fi.cocreate.consultation.entity.ResponseModeration.class)
                .setParameter("c", consultation)
                .getResultList()
                .stream()
                .filter(fi.cocreate.consultation.entity.ResponseModeration::isPublic)
                .sorted(java.util.Comparator.comparing((fi.cocreate.consultation.entity.ResponseModeration m) ->
                                m.getResponse().getOrganisation().getName())
                        .thenComparing(m -> m.getResponse().getId()))
                .map(m -> m.getResponse().getId())
                .toList());
        assertTrue(expected.size() > 200 && expected.size() < 250, "hidden ones are left out: " + expected.size());

        PageClient visitor = PageClient.english(base());
        java.util.regex.Pattern ids = java.util.regex.Pattern.compile("\"id\":(\\d+)");
        java.util.regex.Pattern next = java.util.regex.Pattern.compile("^<([^>]+)>; rel=\"next\"$");
        List<Long> seen = new java.util.ArrayList<>();
        List<Integer> sizes = new java.util.ArrayList<>();
        PageClient.Page page = visitor.get("/api/consultations/" + consultation + "/responses?size=100&lang=en");
        for (int pages = 0; ; pages++) {
            assertTrue(pages < 10, "the pages end");
            assertEquals(200, page.status(), page.body());
            assertEquals(
                    String.valueOf(expected.size()),
                    page.header("X-Total-Count").orElse(null));
            java.util.regex.Matcher m = ids.matcher(page.body());
            int before = seen.size();
            while (m.find()) {
                seen.add(Long.parseLong(m.group(1)));
            }
            sizes.add(seen.size() - before);
            java.util.Optional<String> link = page.header("Link");
            if (link.isEmpty()) {
                break;
            }
            java.util.regex.Matcher ref = next.matcher(link.get());
            assertTrue(ref.matches(), link.get());
            assertTrue(ref.group(1).contains("lang=en"), "the next page keeps the other parameters: " + ref.group(1));
            page = visitor.get(page.uri().resolve(ref.group(1)).toString());
        }
        assertEquals(List.of(100, 100, expected.size() - 200), sizes, "full pages, then the rest");
        assertEquals(expected, seen, "every public response exactly once, in the list's order");
        PageClient.Page past = visitor.get("/api/consultations/" + consultation + "/responses?page=3&size=100");
        assertEquals(200, past.status());
        assertEquals("[]", past.body());
        assertEquals(
                String.valueOf(expected.size()), past.header("X-Total-Count").orElse(null));
        assertTrue(past.header("Link").isEmpty());
        PageClient.Page first = visitor.get("/api/consultations/" + consultation + "/responses");
        assertEquals(100, ids.matcher(first.body()).results().count(), "100 a page unless asked otherwise");
        assertTrue(
                first.header("Link")
                        .orElse("")
                        .matches("^<[^>]*\\?(?=[^>]*\\bpage=1\\b)(?=[^>]*\\bsize=100\\b)[^>]*>; rel=\"next\"$"),
                first.header("Link").orElse(""));
        PageClient.Page whole = visitor.get("/api/consultations/" + consultation + "/responses?size=500");
        assertEquals(200, whole.status());
        assertTrue(whole.header("Link").isEmpty(), "one page holds them all");

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("size=0", "api.sizeInvalid");
        refused.put("size=501", "api.sizeInvalid");
        refused.put("size=100000", "api.sizeInvalid");
        refused.put("size=abc", "api.sizeInvalid");
        refused.put("page=-1", "api.pageInvalid");
        refused.put("page=abc", "api.pageInvalid");
        refused.put("page=99999999999", "api.pageInvalid");
        refused.forEach((query, code) -> {
            PageClient.Page bad = visitor.get("/api/consultations/" + consultation + "/responses?" + query);
            assertEquals(400, bad.status(), query + ": " + bad.body());
            assertTrue(bad.header("Content-Type").orElse("").startsWith("application/problem+json"), query);
            assertTrue(bad.body().contains("\"code\":\"" + code + "\""), query + ": " + bad.body());
            assertTrue(bad.body().contains("\"detail\":\"Parameter "), query + ": " + bad.body());
        });
    }

    private long firstResponse(long consultationId) {
        try {
            return inTx(
                    () -> em.createQuery("select min(r.id) from Response r where r.consultation.id = :c", Long.class)
                            .setParameter("c", consultationId)
                            .getSingleResult());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A response's organisation, event and consultation are lazy: EclipseLink reads them when they are first used
     * (with {@code @BatchFetch}, for every response read together), which needs the entities woven. Payara weaves
     * them when it deploys the application (dynamic weaving; the build does no static weaving). Without weaving a
     * lazy to-one is read at once, as an eager one, and this test fails.
     */
    @Test
    void aResponsesOrganisationEventAndConsultationAreReadOnlyWhenUsed() throws Exception {
        long consultation = inTx(() -> new VolumeFixtures(em)
                .consultation("Volume lazy", 3, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        long first = firstResponse(consultation);
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        inTx(() -> {
            List<Response> read = em.createQuery(
                            "select r from Response r where r.consultation.id = :c order by r.id", Response.class)
                    .setParameter("c", consultation)
                    .getResultList();
            Response response = read.get(0);
            assertEquals(first, response.getId());
            assertFalse(util.isLoaded(response, "organisation"), "organisation read with the response");
            assertFalse(util.isLoaded(response, "event"), "event read with the response");
            assertFalse(util.isLoaded(response, "consultation"), "consultation read with the response");
            assertEquals("Volume lazy org 0", response.getOrganisation().getName());
            assertTrue(util.isLoaded(response, "organisation"));
            assertEquals(consultation, response.getConsultation().getId());
            return null;
        });
        inTx(() -> {
            Citation citation = em.createQuery(
                            "select c from Citation c where c.response.consultation.id = :c order by c.id",
                            Citation.class)
                    .setParameter("c", consultation)
                    .getResultList()
                    .get(0);
            assertFalse(util.isLoaded(citation, "response"), "response read with the citation");
            assertFalse(util.isLoaded(citation, "passage"), "passage read with the citation");
            assertEquals(first, citation.getResponse().getId());
            return null;
        });
    }

    @Test
    void panelPagesSendAsManyStatementsForSixtyApplicationsAsForTwelve() throws Exception {
        long small = calls.create("Volume panel small", 12);
        long large = calls.create("Volume panel large", 60);

        PageClient staff = PageClient.english(base());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        Function<Long, String> results = id -> "/forum/staff/panel/results.xhtml?call=" + id;
        Function<Long, String> selection = id -> "/forum/staff/panel/selection.xhtml?call=" + id;
        List<String> resultsSmall = statements(staff, c -> c.get(results.apply(small)));
        List<String> resultsLarge = statements(staff, c -> c.get(results.apply(large)));
        List<String> runSmall =
                statements(staff, c -> c.get(selection.apply(small)).form("run").press("run"));
        List<String> runLarge =
                statements(staff, c -> c.get(selection.apply(large)).form("run").press("run"));
        System.out.println("Statement counts 12 -> 60 applications: scores overview " + resultsSmall.size() + " -> "
                + resultsLarge.size() + ", selection run " + runSmall.size() + " -> " + runLarge.size());
        assertSameCount("panel scores overview", resultsSmall, resultsLarge);
        assertSameCount("selection run", runSmall, runLarge);
    }

    @Test
    void homeConsultationListAndApiSendAsManyStatementsWithTenMoreConsultations() throws Exception {
        PageClient visitor = PageClient.english(base());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/index.xhtml");
        pages.put("consultation list", "/consultation/index.xhtml");
        pages.put("API consultations", "/api/consultations");
        pages.put("API events", "/api/events");
        Map<String, List<String>> before = new LinkedHashMap<>();
        pages.forEach((page, path) -> before.put(page, statements(visitor, c -> c.get(path))));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        inTx(() -> {
            VolumeFixtures fixtures = new VolumeFixtures(em);
            for (int i = 0; i < 10; i++) {
                fixtures.openConsultation("Volume open " + i, now);
                fixtures.consultation("Volume summarised " + i, 1, now);
            }
            return null;
        });
        pages.forEach((page, path) -> assertSameCount(page, before.get(page), statements(visitor, c -> c.get(path))));
    }
}
