package fi.cocreate.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.ForumBrowserFixtures;
import fi.cocreate.testing.browser.Browser;
import fi.cocreate.testing.browser.ServerSide;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Faces page of the webapp, opened in a real browser as the person it is for would open it, in Finnish, Swedish
 * and English: the page answers (200, or its own status for an error page or a mail link with an invalid token) at its
 * own address, {@code <html lang>} is the interface language, the title is not empty, no text is an untranslated
 * bundle key ({@code ???key???}), the console stays clean, and at 320 px nothing scrolls sideways (WCAG 1.4.10). Each
 * page passes axe-core once at 1280 px and once at 320 px, in two different languages that rotate from page to page,
 * so every language gets its scans. The list of pages is read from {@code src/main/webapp}: a new page without a row
 * in {@link #pages} fails the test. All defects are collected and reported in one assertion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageIT {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final int NARROW = 320;
    private static final String INVALID_TOKEN = "not-a-valid-token";

    /** Who opens a page: the interface it belongs to decides the account. */
    enum Who {
        ANONYMOUS,
        ORG_REP,
        APPLICANT,
        PANELIST,
        STAFF,
        ADMIN
    }

    /** How a page may answer: its own content, or (error pages, mail links with a bad token) its own status. */
    enum Answer {
        OK,
        OWN_STATUS
    }

    /** One page of the webapp, who opens it and the query it needs. */
    private record Visit(String page, Who who, String query, Answer answer) {
        String url() {
            return page + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageIsTranslatedTitledReflowsAndPassesAxeInEveryLanguage() throws IOException {
        ServerSide server = new ServerSide(base);
        String suffix = "P" + System.nanoTime();
        String[] consultation = server.pagesConsultation(suffix);
        String[] panel = server.forumPanel(suffix);
        long openCall = server.forumCall("Pages call " + suffix, 10);
        long event = server.event(20);
        Map<Who, String[]> logins = new EnumMap<>(Who.class);
        logins.put(Who.ORG_REP, new String[] {consultation[1], ConsultationFixtures.PASSWORD});
        logins.put(Who.APPLICANT, new String[] {
            (String) ServerSide.value("SELECT email FROM forum_application WHERE id = ?", Long.parseLong(panel[3])),
            ForumBrowserFixtures.PASSWORD
        });
        logins.put(Who.PANELIST, new String[] {panel[1], ForumBrowserFixtures.PASSWORD});
        logins.put(Who.STAFF, new String[] {DemoLogins.STAFF.email(), DemoLogins.PASSWORD});
        logins.put(Who.ADMIN, new String[] {DemoLogins.ADMIN.email(), DemoLogins.PASSWORD});

        List<Visit> visits = pages(Map.of(
                "c", consultation[0],
                "response", consultation[2],
                "process", consultation[3],
                "summary", consultation[4],
                "call", panel[0],
                "app", panel[3],
                "openCall", "" + openCall,
                "event", "" + event));
        Set<String> mapped = new TreeSet<>();
        visits.forEach(v -> mapped.add(v.page()));
        assertEquals(webappPages(), mapped, "every page of the webapp has its visit here (a new page needs a check)");

        List<String> defects = new ArrayList<>();
        long started = System.nanoTime();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            String language = LANGUAGES.get(l);
            try (Browser browser = Browser.open(base, language)) {
                Who current = Who.ANONYMOUS;
                for (int i = 0; i < visits.size(); i++) {
                    Visit visit = visits.get(i);
                    if (visit.who() != current) {
                        logIn(browser, language, logins.get(visit.who()));
                        current = visit.who();
                    }
                    String wide = LANGUAGES.get(i % LANGUAGES.size());
                    String narrow = LANGUAGES.get((i + 1) % LANGUAGES.size());
                    check(browser, visit, language, language.equals(wide), language.equals(narrow), defects);
                }
            } catch (AssertionError e) {
                defects.add(language + " (closing the browser): " + e.getMessage());
            }
        }
        System.out.printf(
                "EveryPageIT: %d pages in %d languages in %d s%n",
                visits.size(), LANGUAGES.size(), (System.nanoTime() - started) / 1_000_000_000L);
        assertTrue(defects.isEmpty(), defects.size() + " defects on the pages:\n\n" + String.join("\n\n", defects));
    }

    /** Opens one page at 320 px and runs every check on it, adding each failure to {@code defects}. */
    private void check(
            Browser browser, Visit visit, String language, boolean axeWide, boolean axeNarrow, List<String> defects) {
        String where = language + " " + visit.who() + " " + visit.url() + ": ";
        try {
            browser.width(NARROW).go(visit.url());
        } catch (RuntimeException e) {
            defects.add(where + "could not open: " + e.getMessage());
            return;
        }
        List<Runnable> checks = List.of(
                () -> {
                    String path = java.net.URI.create(browser.url()).getPath();
                    if (!path.endsWith(visit.page())) {
                        throw new AssertionError("landed on " + browser.url());
                    }
                },
                () -> {
                    // The document's own HTTP status, as Chromium reports it (Navigation Timing's responseStatus).
                    long code = ((Number) browser.js("const n = performance.getEntriesByType('navigation')[0];"
                                    + " return n && n.responseStatus ? n.responseStatus : 0;"))
                            .longValue();
                    boolean fine = visit.answer() == Answer.OK
                            ? code == 200
                            : code > 0 && (code < 500 || visit.page().startsWith("/error/"));
                    if (!fine) {
                        throw new AssertionError("answered " + (code == 0 ? "with an unknown status" : code));
                    }
                },
                () -> assertEquals(language, browser.js("return document.documentElement.lang"), "<html lang>"),
                () -> assertTrue(!browser.title().isBlank(), "the title is empty"),
                () -> {
                    String text = browser.pageText();
                    if (text.contains("???")) {
                        int at = text.indexOf("???");
                        throw new AssertionError("untranslated text: "
                                + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60)));
                    }
                    browser.assertNoRawKeys();
                },
                browser::assertReflows,
                browser::assertCleanConsole,
                () -> {
                    if (axeNarrow) {
                        browser.assertAccessible();
                    }
                },
                () -> {
                    if (axeWide) {
                        browser.width(Browser.DESKTOP).assertAccessible();
                    }
                });
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (AssertionError | RuntimeException e) {
                defects.add(where + e.getMessage());
            }
        }
    }

    /** A fresh session logged in as this account, through the login page in the browser's language. */
    private static void logIn(Browser browser, String language, String[] login) {
        browser.driver().manage().deleteAllCookies();
        if (login == null) {
            return;
        }
        boolean fi = language.equals("fi");
        boolean sv = language.equals("sv");
        browser.width(Browser.DESKTOP)
                .go("/login.xhtml")
                .type(fi ? "S\u00e4hk\u00f6postiosoite" : sv ? "E-postadress" : "Email address", login[0])
                .type(fi ? "Salasana" : sv ? "L\u00f6senord" : "Password", login[1])
                .press(fi ? "Kirjaudu" : sv ? "Logga in" : "Log in");
        browser.waitForText(login[0]);
    }

    /**
     * Every page with who opens it and its query, grouped by who (so each language logs in once per role). The ids
     * are the test's own records: {@code c} an open consultation with an accepted response, {@code summary} one with a
     * published summary, {@code call} a closed forum call with a panel, {@code openCall} an open one.
     */
    private static List<Visit> pages(Map<String, String> id) {
        Map<String, Visit> all = new LinkedHashMap<>();
        // Anyone
        for (String page : List.of(
                "/index.xhtml",
                "/accessibility.xhtml",
                "/privacy.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/consultation/index.xhtml",
                "/consultation/receipt.xhtml",
                "/forum/index.xhtml",
                "/subscribe/index.xhtml")) {
            add(all, page, Who.ANONYMOUS, "");
        }
        add(all, "/consultation/view.xhtml", Who.ANONYMOUS, "id=" + id.get("c"));
        add(all, "/consultation/response.xhtml", Who.ANONYMOUS, "id=" + id.get("response"));
        add(all, "/consultation/summary.xhtml", Who.ANONYMOUS, "id=" + id.get("summary"));
        add(all, "/consultation/timeline.xhtml", Who.ANONYMOUS, "id=" + id.get("process"));
        add(all, "/consultation/events/view.xhtml", Who.ANONYMOUS, "id=" + id.get("event"));
        add(all, "/forum/call.xhtml", Who.ANONYMOUS, "id=" + id.get("openCall"));
        // Links from mails, opened with a token that is not valid: the page says so
        for (String page : List.of(
                "/verify.xhtml",
                "/reset-password.xhtml",
                "/subscribe/confirm.xhtml",
                "/subscribe/manage.xhtml",
                "/subscribe/unsubscribe.xhtml")) {
            all.put(page, new Visit(page, Who.ANONYMOUS, "token=" + INVALID_TOKEN, Answer.OWN_STATUS));
        }
        for (String page : List.of(
                "/error/403.xhtml",
                "/error/404.xhtml",
                "/error/500.xhtml",
                "/error/expired.xhtml",
                "/error/unavailable.xhtml")) {
            all.put(page, new Visit(page, Who.ANONYMOUS, "", Answer.OWN_STATUS));
        }
        // A representative of an organisation
        add(all, "/account/index.xhtml", Who.ORG_REP, "");
        add(all, "/consultation/org/index.xhtml", Who.ORG_REP, "");
        add(all, "/consultation/org/invite.xhtml", Who.ORG_REP, "");
        all.put(
                "/consultation/org/join.xhtml",
                new Visit("/consultation/org/join.xhtml", Who.ORG_REP, "token=" + INVALID_TOKEN, Answer.OWN_STATUS));
        add(all, "/consultation/org/respond.xhtml", Who.ORG_REP, "consultation=" + id.get("c"));
        add(all, "/consultation/org/response.xhtml", Who.ORG_REP, "id=" + id.get("response"));
        // An applicant and a panellist of the forum
        add(all, "/forum/apply/index.xhtml", Who.APPLICANT, "");
        add(all, "/forum/apply/application.xhtml", Who.APPLICANT, "id=" + id.get("app"));
        add(all, "/forum/panel/index.xhtml", Who.PANELIST, "");
        add(all, "/forum/panel/review.xhtml", Who.PANELIST, "application=" + id.get("app"));
        // Staff
        for (String page : List.of(
                "/staff/index.xhtml",
                "/staff/outbox.xhtml",
                "/consultation/staff/consultations.xhtml",
                "/consultation/staff/events/index.xhtml",
                "/consultation/staff/organisations.xhtml",
                "/consultation/staff/processes.xhtml",
                "/consultation/staff/summaries.xhtml",
                "/forum/staff/calls.xhtml",
                "/forum/staff/panel/index.xhtml")) {
            add(all, page, Who.STAFF, "");
        }
        for (String page : List.of(
                "/consultation/staff/edit.xhtml",
                "/consultation/staff/moderation.xhtml",
                "/consultation/staff/campaigns.xhtml",
                "/consultation/staff/extensions.xhtml",
                "/consultation/staff/enter-response.xhtml",
                "/consultation/staff/enter-event-output.xhtml",
                "/consultation/staff/themes.xhtml")) {
            add(all, page, Who.STAFF, "id=" + id.get("c"));
        }
        add(all, "/consultation/staff/summary-edit.xhtml", Who.STAFF, "id=" + id.get("summary"));
        add(all, "/consultation/staff/moderate-response.xhtml", Who.STAFF, "id=" + id.get("response"));
        add(all, "/consultation/staff/timeline-edit.xhtml", Who.STAFF, "id=" + id.get("process"));
        add(all, "/consultation/staff/events/edit.xhtml", Who.STAFF, "id=" + id.get("event"));
        add(all, "/forum/staff/call-edit.xhtml", Who.STAFF, "id=" + id.get("openCall"));
        add(all, "/forum/staff/applications.xhtml", Who.STAFF, "call=" + id.get("call"));
        add(all, "/forum/staff/application.xhtml", Who.STAFF, "id=" + id.get("app"));
        for (String page : List.of(
                "/forum/staff/panel/call.xhtml",
                "/forum/staff/panel/assignments.xhtml",
                "/forum/staff/panel/rubric.xhtml",
                "/forum/staff/panel/progress.xhtml",
                "/forum/staff/panel/calibration.xhtml",
                "/forum/staff/panel/regions.xhtml",
                "/forum/staff/panel/results.xhtml",
                "/forum/staff/panel/selection.xhtml")) {
            add(all, page, Who.STAFF, "call=" + id.get("call"));
        }
        add(all, "/forum/staff/panel/discussion.xhtml", Who.STAFF, "application=" + id.get("app"));
        // An administrator
        add(all, "/admin/users.xhtml", Who.ADMIN, "");
        add(all, "/admin/audit.xhtml", Who.ADMIN, "");
        add(all, "/dev/mail.xhtml", Who.ADMIN, "");
        return List.copyOf(all.values());
    }

    private static void add(Map<String, Visit> all, String page, Who who, String query) {
        all.put(page, new Visit(page, who, query, Answer.OK));
    }

    /** Every Faces page of the webapp: each .xhtml outside WEB-INF, META-INF and resources. */
    private static Set<String> webappPages() throws IOException {
        Path webapp = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p ->
                            !p.startsWith("/WEB-INF/") && !p.startsWith("/META-INF/") && !p.startsWith("/resources/"))
                    .forEach(found::add);
        }
        return found;
    }
}
