package fi.cocreate.volumes;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.StatementCounter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The volume benchmark of docs/benchmarks.md (not part of {@code mvn verify}: the name does not end in IT). Builds
 * consultations of 50, 500 and 5,000 responses and calls of 64 and 2,000 applications, times each page (median of
 * several requests after warm-up) and counts its SQL statements, and runs {@code wrk} with 100 connections against
 * public pages and against the same bytes as a static file of the same server ({@link #volumes}, in the container;
 * report in {@code bench-report.md} of the server's directory). {@link #heapUnderLoad} follows the heap during a long
 * load of anonymous readers, driven from the test JVM.
 *
 * <pre>
 * mvn -o verify -Dit.test=VolumeBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfailsafe.failIfNoSpecifiedTests=false [-Dit.http.port=...] (and BENCH_LOAD_SECONDS=600 for the heap run;
 *     -Dit.test=VolumeBenchmark#heapUnderLoad for that alone)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class VolumeBenchmark {

    private static final int RUNS = 7;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(VolumeFixtures.class, ScoredCalls.class, BenchmarkServlet.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ServletContext servletContext;

    @Inject
    ScoredCalls calls;

    @Inject
    Selections selections;

    /** The application's address, for the client-side run. */
    @ArquillianResource
    URL url;

    private final StringBuilder report = new StringBuilder();

    private String base() {
        return System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
    }

    private long consultation(int responses) throws Exception {
        tx.begin();
        try {
            long id = new VolumeFixtures(em)
                    .consultation(
                            "Benchmark " + responses, responses, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            tx.commit();
            return id;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    /** Median milliseconds and statement count of a request, after two warm-up requests. */
    private static long[] measure(PageClient client, Function<PageClient, PageClient.Page> request) {
        request.apply(client);
        request.apply(client);
        // The table is what rendering a page costs: no copy from PublicPageCache (wrk below measures those).
        client.header("Cache-Control", "no-cache");
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            PageClient.Page response = request.apply(client);
            times[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, response.status(), response.uri().toString());
        }
        String token = UUID.randomUUID().toString();
        client.header(StatementCounter.HEADER, token);
        request.apply(client);
        client.header(StatementCounter.HEADER, null).header("Cache-Control", null);
        Arrays.sort(times);
        List<String> sql = StatementCounter.awaitStatements(token);
        return new long[] {times[RUNS / 2], sql == null ? -1 : sql.size()};
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println("BENCH " + text);
    }

    @Test
    void volumes() throws Exception {
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, heap max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; load before: " + shell("uptime"));
        PageClient staff = PageClient.english(base());
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient visitor = PageClient.english(base());
        Map<String, Function<Long, String>> pages = new LinkedHashMap<>();
        pages.put("staff moderation list", id -> "/consultation/staff/moderation.xhtml?id=" + id);
        pages.put("XLSX export", id -> "/consultation/staff/export?format=xlsx&consultation=" + id);
        pages.put("CSV export", id -> "/consultation/staff/export?format=csv&consultation=" + id);
        pages.put("public summary", id -> "/consultation/summary.xhtml?id=" + id);
        pages.put("API public responses (first page of 100)", id -> "/api/consultations/" + id + "/responses");
        int[] sizes = {50, 500, 5000};
        Map<String, List<String>> cells = new LinkedHashMap<>();
        long largest = 0;
        for (int size : sizes) {
            long id = consultation(size);
            largest = id;
            for (var page : pages.entrySet()) {
                PageClient client =
                        page.getKey().startsWith("public") || page.getKey().startsWith("API") ? visitor : staff;
                long[] m = measure(client, c -> c.get(page.getValue().apply(id)));
                cells.computeIfAbsent(page.getKey(), k -> new ArrayList<>()).add(m[0] + " ms / " + m[1] + " SQL");
            }
        }
        line("");
        line("| page | 50 responses | 500 responses | 5,000 responses |");
        line("|---|---|---|---|");
        cells.forEach((page, values) -> line("| " + page + " | " + String.join(" | ", values) + " |"));

        line("");
        line("wrk, 2 threads, 100 connections, 15 s each, anonymous; static = the same bytes as a file of the server:");
        line("");
        line("| page | page req/s | page p99 | static req/s | static p99 | ratio |");
        line("|---|---|---|---|---|---|");
        Map<String, String> publicPages = new LinkedHashMap<>();
        publicPages.put("published summary (5,000 responses)", "/consultation/summary.xhtml?id=" + largest);
        publicPages.put("home", "/index.xhtml");
        publicPages.put("consultation list", "/consultation/index.xhtml");
        Path root = Path.of(servletContext.getRealPath("/"));
        int n = 0;
        for (var page : publicPages.entrySet()) {
            String body = visitor.get(page.getValue()).body();
            String file = "bench-static-" + n++ + ".html";
            Files.writeString(root.resolve(file), body, StandardCharsets.UTF_8);
            double[] dynamic = wrk(base() + page.getValue(), 15);
            double[] fixed = wrk(base() + "/" + file, 15);
            line(String.format(
                    "| %s | %.0f | %.0f ms | %.0f | %.0f ms | %.1f %% |",
                    page.getKey(), dynamic[0], dynamic[1], fixed[0], fixed[1], 100 * dynamic[0] / fixed[0]));
        }

        long small = calls.create("Benchmark call 64", 64);
        long large = calls.create("Benchmark call 2000", 2000);
        line("");
        line("| page | 64 applications | 2,000 applications |");
        line("|---|---|---|");
        List<String> overview = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (long call : new long[] {small, large}) {
            long[] o = measure(staff, c -> c.get("/forum/staff/panel/results.xhtml?call=" + call));
            overview.add(o[0] + " ms / " + o[1] + " SQL");
            long[] r = measure(
                    staff,
                    c -> c.get("/forum/staff/panel/selection.xhtml?call=" + call)
                            .form("run")
                            .press("run"));
            long get = measure(staff, c -> c.get("/forum/staff/panel/selection.xhtml?call=" + call))[0];
            run.add(r[0] + " ms (GET + POST; GET alone " + get + " ms) / " + r[1] + " SQL");
        }
        line("| panel scores overview | " + String.join(" | ", overview) + " |");
        line("| selection run through the page | " + String.join(" | ", run) + " |");
        long[] solver = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            acting(DemoLogins.STAFF.email(), () -> selections.run(large));
            solver[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(solver);
        line("| selection boundary alone (loads + solver, no page), 2,000 | | " + solver[RUNS / 2] + " ms |");

        line("Load after: " + shell("uptime"));
        Files.writeString(Path.of(System.getProperty("user.dir"), "bench-report.md"), report.toString());
    }

    /**
     * The heap of the server under a long load of anonymous readers of the published 5,000-response summary, driven
     * from the test JVM so that no request runs longer than the readers' own (an in-container test is one request,
     * which Payara ends after 900 s): the data are built by one request to {@link BenchmarkServlet}, {@code wrk}
     * (100 connections, {@code BENCH_LOAD_SECONDS}, default 120) runs here, and every 30 s the used heap after full
     * collections is read from the server by another short request. Prints the samples and writes them to
     * {@code target/bench-heap.md}.
     */
    @Test
    @RunAsClient
    void heapUnderLoad() throws Exception {
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_LOAD_SECONDS", "120"));
        String root = url.toString().replaceAll("/$", "");
        PageClient client = PageClient.english(root);
        line("Heap run: " + Runtime.getRuntime().availableProcessors() + " cores; load before: " + shell("uptime"));
        long start = System.nanoTime();
        // One longer request of its own (PageClient waits 120 s at most): building 5,000 responses takes minutes.
        java.net.http.HttpResponse<String> built = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(root + "/benchmark/consultation?responses=5000"))
                                .timeout(java.time.Duration.ofMinutes(14))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, built.statusCode(), built.body());
        long id = Long.parseLong(built.body().strip());
        line("5,000-response consultation built in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        String summary = root + "/consultation/summary.xhtml?id=" + id;
        client.get(summary).assertOk();
        line("");
        line("| time under load | used heap after GC | committed | load average |");
        line("|---|---|---|---|");
        heapSample(client, 0);
        Process wrk = new ProcessBuilder(
                        "/usr/bin/wrk", "-t2", "-c100", "-d" + seconds + "s", "--timeout", "10s", "--latency", summary)
                .redirectErrorStream(true)
                .start();
        long loadStart = System.nanoTime();
        while (!wrk.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            heapSample(client, (System.nanoTime() - loadStart) / 1_000_000_000);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        heapSample(client, (System.nanoTime() - loadStart) / 1_000_000_000);
        double[] load = wrkResult(summary, out);
        line("");
        line(String.format(
                "%d s of 100 anonymous readers of the 5,000-response summary: %.0f req/s, p99 %.0f ms; load after: %s",
                seconds, load[0], load[1], shell("uptime")));
        Path file = Path.of(System.getProperty("user.dir"), "target", "bench-heap.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
    }

    private void heapSample(PageClient client, long second) throws IOException, InterruptedException {
        PageClient.Page page = client.get("/benchmark/heap");
        assertEquals(200, page.status(), page.body());
        String[] heap = page.body().strip().split(" ");
        String loadAverage = shell("cat /proc/loadavg").replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        line("| " + second + " s | " + Long.parseLong(heap[0]) / (1024 * 1024) + " MB | "
                + Long.parseLong(heap[1]) / (1024 * 1024) + " MB (max " + Long.parseLong(heap[2]) / (1024 * 1024)
                + " MB) | " + loadAverage + " |");
    }

    /** Requests per second and p99 latency in ms of a wrk run. */
    private static double[] wrk(String url, int seconds) throws IOException, InterruptedException {
        // wrk's default timeout (2 s) drops slow answers from the rate and the percentiles without saying so: with
        // 10 s they count, and the timeouts wrk still reports are printed beside the result.
        String out = shell("/usr/bin/wrk -t2 -c100 -d" + seconds + "s --timeout 10s --latency '" + url + "'");
        return wrkResult(url, out);
    }

    /** Requests per second and p99 latency in ms of wrk's output; its errors and timeouts printed. */
    private static double[] wrkResult(String url, String out) {
        Matcher errors =
                Pattern.compile("Socket errors:.*|Non-2xx or 3xx responses:.*").matcher(out);
        while (errors.find()) {
            System.out.println("BENCH wrk " + url + ": " + errors.group());
        }
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        Matcher p99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException(out);
        }
        double latency = Double.parseDouble(p99.group(1));
        latency = switch (p99.group(2)) {
            case "us" -> latency / 1000;
            case "s" -> latency * 1000;
            default -> latency;
        };
        return new double[] {Double.parseDouble(rate.group(1)), latency};
    }

    private static String shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.strip();
    }
}
