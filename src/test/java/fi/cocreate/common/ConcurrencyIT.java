package fi.cocreate.common;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ConsultationFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.PageClient.Page;
import fi.cocreate.testing.TestAccounts;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people at once, as in the last hour before a deadline: representatives of several organisations, staff, an
 * administrator, an applicant and a panelist, each logged in in their own session and each firing overlapping
 * requests (their own pages, draft saves and submits through the real forms with the view state of the page they
 * opened). Every answer must be the page that person expects: no 403, no 500, no login page, no expired view; and
 * the database holds every acknowledged submission exactly once. Driven over HTTP from inside the container, so the
 * data is set up through the boundaries and checked in the database.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final Pattern REFERENCE = Pattern.compile("Reference number: (CC-\\d+-\\d+)");
    private static final Pattern REMINDED = Pattern.compile("Reminders sent: (\\d+)\\.");
    private static final int CONSULTATIONS = 4;
    private static final int REPRESENTATIVES = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    ServletContext servletContext;

    @PersistenceContext
    EntityManager em;

    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private String base() {
        return System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
    }

    private String account(String prefix, Role role) {
        String email = TestAccounts.uniqueEmail(prefix);
        accounts.create(email, "Concurrent " + prefix, PASSWORD, "en", List.of(role), true);
        return email;
    }

    @Test
    void manyPeopleAtOnceAreNeverRefusedNorShownAnErrorAndEverySubmissionIsStoredOnce() throws Exception {
        Instant now = Instant.now();
        List<Consultation> consultations = new ArrayList<>();
        for (int c = 0; c < CONSULTATIONS; c++) {
            consultations.add(fixtures.consultation("Rush " + c, now, now.plus(Duration.ofDays(3))));
        }
        List<String> representatives = new ArrayList<>();
        for (int r = 0; r < REPRESENTATIVES; r++) {
            representatives.add(fixtures.organisationWithRepresentative("Rush " + r + " ry", "en"));
        }
        Map<String, List<String>> others = new TreeMap<>();
        others.put(
                account("staff", Role.STAFF),
                List.of(
                        "/staff/index.xhtml",
                        "/consultation/staff/consultations.xhtml",
                        "/consultation/staff/organisations.xhtml"));
        others.put(
                account("admin", Role.ADMIN),
                List.of("/admin/users.xhtml", "/staff/index.xhtml", "/consultation/staff/consultations.xhtml"));
        others.put(account("applicant", Role.APPLICANT), List.of("/forum/apply/index.xhtml", "/forum/index.xhtml"));
        others.put(account("panelist", Role.PANELIST), List.of("/forum/panel/index.xhtml", "/forum/index.xhtml"));

        // Log everyone in at once, too: a login burst while others work is part of a deadline hour.
        Map<String, PageClient> sessions = new ConcurrentHashMap<>();
        List<String> everyone = new ArrayList<>(representatives);
        everyone.addAll(others.keySet());
        String base = base(); // the worker threads have no request context to ask the servlet context in
        ExecutorService pool = Executors.newFixedThreadPool(48);
        try {
            List<Callable<Void>> logins = new ArrayList<>();
            for (String email : everyone) {
                logins.add(() -> {
                    PageClient client = PageClient.english(base);
                    client.login(email, PASSWORD);
                    sessions.put(email, client);
                    return null;
                });
            }
            for (Future<Void> login : pool.invokeAll(logins)) {
                login.get();
            }

            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // "rep|consultation" -> reference
            List<Callable<Void>> work = new ArrayList<>();
            for (String rep : representatives) {
                PageClient session = sessions.get(rep);
                for (Consultation consultation : consultations) {
                    work.add(() -> respond(session, rep, consultation, acknowledged));
                }
                for (int i = 0; i < 6; i++) {
                    work.add(() -> page(session, rep, "/consultation/org/index.xhtml"));
                }
            }
            others.forEach((email, pages) -> {
                for (int i = 0; i < 22; i++) {
                    String path = pages.get(i % pages.size());
                    work.add(() -> page(sessions.get(email), email, path));
                }
            });
            Collections.shuffle(work, new java.util.Random(10));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : work) {
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (IllegalStateException e) {
                        outcomes.computeIfAbsent("connection", k -> new AtomicInteger())
                                .incrementAndGet();
                        failures.add("connection: " + e.getMessage());
                        return null;
                    }
                }));
            }
            start.countDown();
            for (Future<Void> task : running) {
                task.get(5, TimeUnit.MINUTES);
            }

            System.out.println("ConcurrencyIT outcomes: " + new TreeMap<>(outcomes));
            assertTrue(
                    failures.isEmpty(),
                    failures.size() + " unexpected answers " + new TreeMap<>(outcomes) + ":\n"
                            + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
            assertEquals(REPRESENTATIVES * CONSULTATIONS, acknowledged.size(), "every flow was acknowledged");
            for (String rep : representatives) {
                long organisation = fixtures.organisationOf(rep);
                for (Consultation consultation : consultations) {
                    String reference = acknowledged.get(rep + "|" + consultation.getId());
                    assertStoredOnce(consultation.getId(), organisation, reference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSubmitsOfTheSameResponseAtOnceStoreOneAndTellTheOtherItWasAlreadySubmitted() throws Exception {
        Instant now = Instant.now();
        Consultation consultation = fixtures.consultation("Double submit", now, now.plus(Duration.ofDays(3)));
        String rep = fixtures.organisationWithRepresentative("Double ry", "en");
        String base = base();
        PageClient session = PageClient.english(base);
        session.login(rep, PASSWORD);
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        // Two tabs of one person, and the same tab posted twice (a double click): four submits at once.
        Page tabA = session.get(path).assertOk();
        Page tabB = session.get(path).assertOk();
        List<Callable<Page>> submits = new ArrayList<>();
        for (Page tab : List.of(tabA, tabB, tabA, tabB)) {
            PageClient.Form form =
                    tab.form("answers").set("fields:0:text", "Submitted twice").set("fields:1:single", "0");
            submits.add(() -> form.press("submit"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(submits.size());
        List<Page> answers = new ArrayList<>();
        try {
            for (Future<Page> answer : pool.invokeAll(submits)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long accepted = answers.stream()
                .filter(p -> p.contains("The response is submitted."))
                .count();
        long told = answers.stream()
                .filter(p -> p.contains("The response was already saved or submitted by Rep rep at"))
                .count();
        String all = answers.stream().map(Page::describe).reduce("", (a, b) -> a + "\n" + b);
        assertEquals(1, accepted, all);
        assertEquals(answers.size() - 1, told, all);
        answers.forEach(p -> assertEquals(200, p.status(), p.describe()));
        answers.stream()
                .filter(p -> !p.contains("The response is submitted."))
                .forEach(p -> assertTrue(
                        p.body().contains("Submitted twice"),
                        "the refused page keeps the typed text: " + p.describe()));
        long organisation = fixtures.organisationOf(rep);
        Page shown = answers.stream()
                .filter(p -> p.contains("The response is submitted."))
                .findFirst()
                .orElseThrow();
        Matcher reference = REFERENCE.matcher(shown.text());
        assertTrue(reference.find(), shown.text());
        assertStoredOnce(consultation.getId(), organisation, reference.group(1));
    }

    /**
     * The cause of the rush's {@code ArrayIndexOutOfBoundsException} in {@code UIComponentBase.restoreState}: a post
     * that the container answered with an error page (the 403s of the authentication defect) was dispatched to that
     * page with the post's parameters, and Faces restored the posted form's view state into the error page's tree.
     * The same happens to any form posted to a URL that renders another page. Each answer here is the page meant for
     * it (403, 404, or the expired page with the typed text), never the 500 page, and nothing is stored.
     */
    @Test
    void aFormPostedToAnotherPagesUrlGetsThatPagesAnswerAndNeverTheErrorPage() throws Exception {
        Instant now = Instant.now();
        Consultation consultation = fixtures.consultation("Misdirected", now, now.plus(Duration.ofDays(3)));
        String rep = fixtures.organisationWithRepresentative("Misdirected ry", "en");
        PageClient session = PageClient.english(base());
        session.login(rep, PASSWORD);
        String respond = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        Map<String, Integer> expectedStatus = new LinkedHashMap<>();
        // A URL constraint refuses it (the path of the authentication defect's 403s), a page that does not exist, and
        // pages that exist but were not the form's: their own, a public one, one with a bad id.
        expectedStatus.put("/consultation/staff/moderation.xhtml?id=" + consultation.getId(), 403);
        expectedStatus.put("/admin/users.xhtml", 403);
        expectedStatus.put("/no-such-page.xhtml", 404);
        expectedStatus.put("/consultation/view.xhtml?id=" + consultation.getId(), 400);
        expectedStatus.put("/consultation/view.xhtml?id=abc", 400);
        expectedStatus.put("/account/index.xhtml", 400);
        expectedStatus.put("/consultation/org/index.xhtml", 400);
        // What the old form mechanism did with a post when it found no caller: forwarded it, parameters and all, to
        // the login page (Soteria's LoginToContinue forwards by default).
        expectedStatus.put("/login.xhtml", 400);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> target : expectedStatus.entrySet()) {
            for (String button : List.of("save", "submit")) {
                Page answer = session.get(respond)
                        .assertOk()
                        .form("answers")
                        .set("fields:0:text", "Typed before a misdirected post")
                        .set("fields:1:single", "0")
                        .postTo(target.getKey())
                        .press(button);
                boolean right = answer.status() == target.getValue()
                        && !answer.contains("Something went wrong")
                        && (target.getValue() != 400
                                || answer.contains("The page has expired")
                                        && answer.body().contains("Typed before a misdirected post"));
                if (!right) {
                    wrong.add(button + " to " + target.getKey() + ": " + answer.describe());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(
                0L,
                ((Number) em.createNativeQuery("select count(*) from response where consultation_id = ?")
                                .setParameter(1, consultation.getId())
                                .getSingleResult())
                        .longValue(),
                "nothing was saved by the misdirected posts");
        // And the form's own page still works for the same person.
        assertTrue(session.get(respond)
                .form("answers")
                .set("fields:0:text", "Saved after all")
                .set("fields:1:single", "0")
                .press("save")
                .contains("The draft is saved."));
    }

    /**
     * Two staff members press "Remind those behind" on the same call at the same moment, each twice (two tabs): every
     * late panellist gets exactly one reminder (the outbox table is the judge), the panellist who is done none, and
     * each press answers the progress page with what it did: reminders sent, or none because they were reminded
     * recently. Three calls, so that the presses meet in different orders.
     */
    @Test
    void twoStaffRemindingAtOnceMailEachLatePanellistOnceAndNeitherSeesAnError() throws Exception {
        String base = base();
        List<String> staff = List.of(account("remind-staff-a", Role.STAFF), account("remind-staff-b", Role.STAFF));
        List<PageClient> sessions = new ArrayList<>();
        for (String email : staff) {
            PageClient session = PageClient.english(base);
            session.login(email, PASSWORD);
            sessions.add(session);
        }
        for (int round = 0; round < 3; round++) {
            // The browser fixture's call: Paula behind on three applications, Pekka done; two more panellists behind.
            String[] panel = post(base + "/test-fixtures/forum/panel?suffix=R" + round + "x" + System.nanoTime())
                    .split(" ");
            long call = Long.parseLong(panel[0]);
            List<String> late = new ArrayList<>(List.of(panel[1]));
            for (String name : List.of("Riku", "Rita")) {
                String email = account("remind-" + name.toLowerCase(java.util.Locale.ROOT), Role.PANELIST);
                long member = acting(ActingCaller.DEMO_STAFF, () -> panels.appoint(call, email))
                        .getId();
                acting(ActingCaller.DEMO_STAFF, () -> assignments.add(Long.parseLong(panel[3]), member));
                late.add(email);
            }
            String path = "/forum/staff/panel/progress.xhtml?call=" + call;
            List<Callable<Page>> presses = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(4);
            for (PageClient session : sessions) {
                for (int tab = 0; tab < 2; tab++) {
                    PageClient.Form form = session.get(path).assertOk().form("remind");
                    presses.add(() -> {
                        ready.countDown();
                        ready.await();
                        return form.press("remindBehind");
                    });
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(presses.size());
            List<Page> answers = new ArrayList<>();
            try {
                for (Future<Page> answer : pool.invokeAll(presses)) {
                    answers.add(answer.get(2, TimeUnit.MINUTES));
                }
            } finally {
                pool.shutdownNow();
            }
            String all = answers.stream().map(Page::describe).reduce("", (a, b) -> a + "\n" + b);
            int sent = 0;
            for (Page answer : answers) {
                assertEquals(200, answer.status(), all);
                assertTrue(answer.uri().getPath().endsWith("/forum/staff/panel/progress.xhtml"), all);
                Matcher reminded = REMINDED.matcher(answer.text());
                if (reminded.find()) {
                    sent += Integer.parseInt(reminded.group(1));
                } else {
                    assertTrue(
                            answer.contains("No reminder was sent: everyone behind was reminded recently (3)."),
                            "a press that sent nothing says why: " + all);
                }
            }
            assertEquals(late.size(), sent, "the presses together sent one reminder per late panellist: " + all);
            for (String panellist : late) {
                assertEquals(
                        1L,
                        ((Number) em.createNativeQuery("select count(*) from outbox_mail where recipient = ?1 "
                                                + "and kind = 'PANEL_REMINDER'")
                                        .setParameter(1, panellist)
                                        .getSingleResult())
                                .longValue(),
                        "one reminder for " + panellist + " in round " + round);
            }
            assertEquals(
                    0L,
                    ((Number) em.createNativeQuery("select count(*) from outbox_mail where recipient = ?1")
                                    .setParameter(1, panel[2])
                                    .getSingleResult())
                            .longValue(),
                    "the panellist who is done");
        }
    }

    private static String post(String url) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Opens the response form, saves a draft, opens it again and submits: each step through the page's own form. */
    private Void respond(PageClient session, String rep, Consultation consultation, Map<String, String> acknowledged) {
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        Page form = expect(session.get(path), rep, "open form", "Written response");
        if (form == null) {
            return null;
        }
        Page saved = expect(
                form.form("answers")
                        .set("fields:0:text", "Draft of " + rep)
                        .set("fields:1:single", "0")
                        .press("save"),
                rep,
                "save draft",
                "The draft is saved.");
        if (saved == null) {
            return null;
        }
        Page submitted = expect(
                saved.form("answers")
                        .set("fields:0:text", "Final of " + rep)
                        .set("fields:1:single", "1")
                        .press("submit"),
                rep,
                "submit",
                "The response is submitted.");
        if (submitted != null) {
            Matcher reference = REFERENCE.matcher(submitted.text());
            assertTrue(reference.find(), submitted.text());
            acknowledged.put(rep + "|" + consultation.getId(), reference.group(1));
        }
        return null;
    }

    private Void page(PageClient session, String email, String path) {
        expect(session.get(path), email, "GET " + path, email);
        return null;
    }

    /** Counts the answer by kind; returns the page when it is the one expected, otherwise records why not. */
    private Page expect(Page page, String who, String step, String expectedText) {
        String kind;
        if (page.status() == 403) {
            kind = "403";
        } else if (page.status() >= 500 || page.uri().getPath().contains("/error/500")) {
            kind = "500";
        } else if (page.isLoginPage()) {
            kind = "login page";
        } else if (page.uri().getPath().contains("/error/expired")) {
            kind = "expired";
        } else if (page.status() != 200 || !page.contains(expectedText) || !page.contains(who)) {
            kind = "other";
        } else {
            outcomes.computeIfAbsent("ok", k -> new AtomicInteger()).incrementAndGet();
            return page;
        }
        outcomes.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        failures.add(kind + " at " + step + " for " + who + ": " + page.describe());
        return null;
    }

    private void assertStoredOnce(long consultationId, long organisationId, String reference) {
        Object[] row = (Object[]) em.createNativeQuery("select r.state, r.reference_number, "
                        + "(select count(*) from response_version v where v.response_id = r.id and v.submitted_at is not null), "
                        + "(select count(*) from response x where x.consultation_id = r.consultation_id "
                        + "and x.organisation_id = r.organisation_id) "
                        + "from response r where r.consultation_id = ?1 and r.organisation_id = ?2")
                .setParameter(1, consultationId)
                .setParameter(2, organisationId)
                .getSingleResult();
        assertEquals("SUBMITTED", row[0], "state of " + reference);
        assertEquals(reference, row[1]);
        assertEquals(1L, ((Number) row[2]).longValue(), "one submitted version of " + reference);
        assertEquals(1L, ((Number) row[3]).longValue(), "one response of the organisation");
    }
}
