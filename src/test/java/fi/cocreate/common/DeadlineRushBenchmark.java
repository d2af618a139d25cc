package fi.cocreate.common;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.PageClient.Page;
import fi.cocreate.testing.TestAccounts;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline rush as a benchmark, not a test of timing: run by {@code mvn -o verify -Pbench} (see
 * docs/benchmarks.md), never by the normal build (its name does not end in IT). It deploys the real WAR like the
 * integration tests, with the production PBKDF2 iterations, and drives the real pages over HTTP from inside the
 * container:
 * <ol>
 * <li>300 verified representatives, already logged in, arrive spread over the 60 s before a deadline; each opens the
 * response form, saves a draft and submits; 20 more open the form before the deadline and post 3 s after it;</li>
 * <li>a closed loop: 50 representatives open the form and submit back to back for 30 s, for the saturation rate;</li>
 * <li>raw JDBC single-row inserts (autocommit) on the same database, for the ratio;</li>
 * <li>a login burst (60 logins at once) while 20 logged-in people open their pages, to see whether PBKDF2 starves
 * other requests.</li>
 * </ol>
 * The report goes to stdout and {@code target/deadline-rush.md}. The only assertion is that the run completed.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineRushBenchmark {

    private static final String PASSWORD = ConsultationFixtures.PASSWORD;
    private static final int RUSH = Integer.getInteger("bench.rush", 300);
    private static final int LATE = Integer.getInteger("bench.late", 20);
    private static final int LOOP = Integer.getInteger("bench.loop", 50);
    private static final int LOOP_SECONDS = Integer.getInteger("bench.loopSeconds", 30);
    private static final int BURST = Integer.getInteger("bench.burst", 60);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    ServletContext servletContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash quickHash;

    @Resource(lookup = "java:app/jdbc/cocreate")
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();

    @Test
    void deadlineRush() throws Exception {
        String base = System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath();
        String hash = accounts.hashPassword(PASSWORD);
        // The rush is about people already logged in: their hashes record 1,024 iterations (a stored PBKDF2 hash
        // carries its own parameters), so that setting up 370 sessions does not take minutes. The login burst below
        // uses accounts hashed with the production iterations.
        quickHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations",
                "1024",
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "64"));
        String quick = quickHash.generate(PASSWORD.toCharArray());
        String staff = TestAccounts.uniqueEmail("bench-staff");
        accounts.createWithHash(staff, "Bench staff", hash, "en", List.of(Role.STAFF), true);
        line("## Deadline rush (" + Instant.now() + ")");
        line("");
        line("Logins use the production PBKDF2 (" + System.getenv("PASSWORD_HASH_ITERATIONS")
                + " iterations of HMAC-SHA512); the machine's CPUs: "
                + Runtime.getRuntime().availableProcessors()
                + "; load average at start: " + loadAverage() + ".");
        line("");

        // ---- set-up: representatives with verified organisations, logged in before the rush
        List<String> rushReps = representatives("rush", RUSH + LATE, quick, staff);
        List<String> loopReps = representatives("loop", LOOP, quick, staff);
        Map<String, PageClient> sessions = new ConcurrentHashMap<>();
        Stats logins = new Stats();
        ExecutorService loginPool = Executors.newFixedThreadPool(16);
        List<Callable<Void>> loginTasks = new ArrayList<>();
        for (String rep : concat(rushReps, loopReps)) {
            loginTasks.add(() -> {
                PageClient client = PageClient.english(base);
                for (int attempt = 0; attempt < 2 && !sessions.containsKey(rep); attempt++) {
                    if (logins.timed("login", () -> client.login(rep, PASSWORD), p -> true) != null) {
                        sessions.put(rep, client);
                    }
                }
                return null;
            });
        }
        long loginStart = System.nanoTime();
        for (Future<Void> f : loginPool.invokeAll(loginTasks)) {
            f.get();
        }
        loginPool.shutdown();
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;
        line("Set-up (sessions of people already logged in; their hashes have 1,024 iterations): "
                + sessions.size() + " of " + (RUSH + LATE + LOOP) + " representatives logged in (16 at a "
                + "time) in " + fmt(loginSeconds) + " s: " + fmt(sessions.size() / loginSeconds) + " logins/s; "
                + "failed attempts: " + logins.errors() + ".");
        line("");

        rush(base, rushReps, sessions);
        double saturation = closedLoop(loopReps, sessions);
        double inserts = rawInserts();
        line("");
        line("Raw JDBC single-row inserts (autocommit, one connection, same database): " + fmt(inserts) + "/s. "
                + "Saturation submissions/s ÷ raw inserts/s = " + fmt(100 * saturation / inserts) + " %.");
        line("");
        loginBurst(base, loopReps.subList(0, 20), sessions, hash);
        line("");
        line("Load average at the end: " + loadAverage() + ".");

        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "deadline-rush.md"), report.toString());
        assertTrue(report.length() > 0);
    }

    private void rush(String base, List<String> reps, Map<String, PageClient> sessions) throws Exception {
        Instant start = Instant.now().plusSeconds(5);
        Instant deadline = start.plusSeconds(60);
        Consultation consultation = fixtures.consultation("Rush", Instant.now(), deadline);
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        Stats stats = new Stats();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger lateAccepted = new AtomicInteger();
        AtomicInteger lateRefused = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(64);
        List<Future<?>> flows = new ArrayList<>();
        java.util.Random random = new java.util.Random(300);
        long startMillis = Duration.between(Instant.now(), start).toMillis();
        for (int i = 0; i < RUSH; i++) {
            PageClient session = sessions.get(reps.get(i));
            if (session == null) {
                stats.error("not logged in");
                continue;
            }
            long at = startMillis + (long) (random.nextDouble() * 58_000);
            flows.add(pool.schedule(
                    () -> {
                        long flowStart = System.nanoTime();
                        Page form =
                                stats.timed("open form", () -> session.get(path), p -> p.contains("Written response"));
                        Page saved = form == null
                                ? null
                                : stats.timed(
                                        "save draft",
                                        () -> form.form("answers")
                                                .set("fields:0:text", "Draft")
                                                .set("fields:1:single", "0")
                                                .press("save"),
                                        p -> p.contains("The draft is saved."));
                        Page submitted = saved == null
                                ? null
                                : stats.timed(
                                        "submit",
                                        () -> saved.form("answers")
                                                .set("fields:0:text", "Our statement")
                                                .set("fields:1:single", "1")
                                                .press("submit"),
                                        p -> p.contains("The response is submitted."));
                        if (submitted != null) {
                            acknowledged.incrementAndGet();
                            stats.add("whole flow", System.nanoTime() - flowStart, true);
                        }
                    },
                    at,
                    TimeUnit.MILLISECONDS));
        }
        for (int i = RUSH; i < RUSH + LATE; i++) {
            PageClient session = sessions.get(reps.get(i));
            if (session == null) {
                stats.error("not logged in");
                continue;
            }
            long open = startMillis + 50_000 + random.nextInt(8_000);
            flows.add(pool.schedule(
                    () -> {
                        Page form =
                                stats.timed("open form", () -> session.get(path), p -> p.contains("Written response"));
                        sleepUntil(deadline.plusSeconds(3));
                        if (form != null) {
                            Page late = stats.timed(
                                    "late submit",
                                    () -> form.form("answers")
                                            .set("fields:0:text", "Late")
                                            .set("fields:1:single", "1")
                                            .press("submit"),
                                    p -> p.status() == 200 && !p.isLoginPage());
                            if (late != null && late.contains("The response is submitted.")) {
                                lateAccepted.incrementAndGet();
                            } else if (late != null && late.contains("The deadline has passed")) {
                                lateRefused.incrementAndGet();
                            }
                        }
                        return null;
                    },
                    open,
                    TimeUnit.MILLISECONDS));
        }
        for (Future<?> flow : flows) {
            flow.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Number stored = (Number) em.createNativeQuery(
                        "select count(*) from response where consultation_id = ?1 " + "and state = 'SUBMITTED'")
                .setParameter(1, consultation.getId())
                .getSingleResult();
        Number versions = (Number) em.createNativeQuery("select count(*) from response_version v join response r "
                        + "on r.id = v.response_id where r.consultation_id = ?1 and v.submitted_at is not null")
                .setParameter(1, consultation.getId())
                .getSingleResult();
        line("### Rush: " + RUSH + " representatives within 60 s before the deadline, " + LATE
                + " posting 3 s after it");
        line("");
        stats.table(this, 60);
        line("");
        line("Acknowledged submissions: " + acknowledged + " of " + RUSH + "; stored as submitted: " + stored
                + " responses, " + versions + " submitted versions. Late posts accepted: " + lateAccepted
                + ", refused with the deadline message: " + lateRefused + " of " + LATE + ".");
        line("Errors by kind: " + stats.errors());
    }

    private double closedLoop(List<String> reps, Map<String, PageClient> sessions) throws Exception {
        Instant now = Instant.now();
        Consultation consultation = fixtures.consultation("Closed loop", now, now.plus(Duration.ofDays(1)));
        String path = "/consultation/org/respond.xhtml?consultation=" + consultation.getId();
        Stats stats = new Stats();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(reps.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> loops = new ArrayList<>();
        for (String rep : reps) {
            PageClient session = sessions.get(rep);
            if (session == null) {
                continue;
            }
            loops.add(pool.submit(() -> {
                go.await();
                int n = 0;
                while (running.get()) {
                    Page form = stats.timed("open form", () -> session.get(path), p -> p.contains("Written response"));
                    int round = n++;
                    Page submitted = form == null
                            ? null
                            : stats.timed(
                                    "submit",
                                    () -> form.form("answers")
                                            .set("fields:0:text", "Submission " + round)
                                            .set("fields:1:single", "0")
                                            .press("submit"),
                                    p -> p.contains("The response is submitted."));
                    if (submitted != null) {
                        acknowledged.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        Thread.sleep(LOOP_SECONDS * 1000L); // the measuring window of the closed loop, not a wait for an outcome
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Number versions = (Number) em.createNativeQuery("select count(*) from response_version v join response r "
                        + "on r.id = v.response_id where r.consultation_id = ?1 and v.submitted_at is not null")
                .setParameter(1, consultation.getId())
                .getSingleResult();
        double rate = acknowledged.get() / seconds;
        line("");
        line("### Closed loop: " + reps.size() + " representatives opening the form and submitting back to back, "
                + fmt(seconds) + " s");
        line("");
        stats.table(this, seconds);
        line("");
        line("Saturation: " + fmt(rate) + " acknowledged submissions/s (" + acknowledged + "); stored submitted "
                + "versions: " + versions + ". Errors by kind: " + stats.errors());
        return rate;
    }

    private double rawInserts() throws Exception {
        int n = 2000;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigint auto_increment primary key, "
                    + "note varchar(100) not null, at datetime(6) not null) engine=InnoDB");
            c.setAutoCommit(true);
            try (PreparedStatement insert = c.prepareStatement("insert into bench_insert (note, at) values (?, ?)")) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    insert.setString(1, "row " + i);
                    insert.setObject(2, java.time.LocalDateTime.now());
                    insert.executeUpdate();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                s.execute("drop table bench_insert");
                return n / seconds;
            }
        }
    }

    private void loginBurst(String base, List<String> working, Map<String, PageClient> sessions, String hash)
            throws Exception {
        List<String> newcomers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String email = TestAccounts.uniqueEmail("burst");
            accounts.createWithHash(email, "Burst " + i, hash, "en", List.of(Role.APPLICANT), true);
            newcomers.add(email);
        }
        Stats quiet = pages(working, sessions, 4, null);
        Stats burst = new Stats();
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        List<Future<?>> logins = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (String email : newcomers) {
            logins.add(pool.submit(() -> {
                go.await();
                PageClient client = PageClient.english(base);
                burst.timed("login", () -> client.login(email, PASSWORD), p -> true);
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        Stats during = pages(working, sessions, 4, logins);
        for (Future<?> login : logins) {
            login.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        line("### Login burst: " + BURST + " logins at once while " + working.size()
                + " logged-in people open their pages");
        line("");
        line("| | n | p50 ms | p95 ms | p99 ms | errors |");
        line("|---|---|---|---|---|---|");
        quiet.rows(this, "page GET, no logins");
        during.rows(this, "page GET, during the burst");
        burst.rows(this, "login during the burst");
        line("");
        line(BURST + " logins took " + fmt(seconds) + " s: " + fmt(BURST / seconds) + " logins/s.");
    }

    /** Each of the people opens their pages in a loop: {@code rounds} times, or while the logins run. */
    private static Stats pages(
            List<String> people, Map<String, PageClient> sessions, int rounds, List<Future<?>> whileRunning)
            throws Exception {
        Stats stats = new Stats();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<?>> all = new ArrayList<>();
        for (String person : people) {
            PageClient session = sessions.get(person);
            if (session == null) {
                continue;
            }
            all.add(pool.submit(() -> {
                int n = 0;
                while (whileRunning == null ? n < rounds : whileRunning.stream().anyMatch(f -> !f.isDone())) {
                    stats.timed("page", () -> session.get("/consultation/org/index.xhtml"), p -> p.contains(person));
                    n++;
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return stats;
    }

    private List<String> representatives(String prefix, int n, String hash, String staff) {
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = TestAccounts.uniqueEmail(prefix);
            accounts.createWithHash(email, "Rep " + prefix + i, hash, "en", List.of(Role.ORG_REP), true);
            int number = i;
            long id = acting(
                            email,
                            () -> organisations.register(
                                    "Bench " + prefix + " " + number + " ry",
                                    null,
                                    "B" + System.nanoTime() % 1_000_000_000L + "-" + number,
                                    OrganisationType.ASSOCIATION))
                    .getId();
            acting(staff, () -> organisations.verify(id));
            reps.add(email);
        }
        return reps;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis); // the late posters post at deadline + 3 s by design
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Adds a line to the report and prints it at once, so a run cut short still shows the phases it finished. */
    void line(String text) {
        report.append(text).append('\n');
        System.out.println("[deadline-rush] " + text);
    }

    /** Latencies per step, and errors by kind (status, login page, unexpected page, exception). */
    static final class Stats {

        private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

        void add(String step, long elapsed, boolean ok) {
            nanos.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>()))
                    .add(elapsed);
        }

        Page timed(String step, Callable<Page> request, java.util.function.Predicate<Page> expected) {
            long start = System.nanoTime();
            try {
                Page page = request.call();
                add(step, System.nanoTime() - start, true);
                if (expected.test(page)) {
                    return page;
                }
                String kind = page.status() != 200
                        ? String.valueOf(page.status())
                        : page.isLoginPage()
                                ? "login page"
                                : page.uri().getPath().contains("/error/")
                                        ? page.uri().getPath()
                                        : "unexpected page";
                error(step + ": " + kind);
                return null;
            } catch (Exception | AssertionError e) {
                add(step, System.nanoTime() - start, false);
                error(step + ": " + e.getClass().getSimpleName());
                return null;
            }
        }

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        String errors() {
            return errors.isEmpty() ? "none" : new TreeMap<>(errors).toString();
        }

        void table(DeadlineRushBenchmark out, double seconds) {
            out.line("| step | n | per s | p50 ms | p95 ms | p99 ms | max ms |");
            out.line("|---|---|---|---|---|---|---|");
            new TreeMap<>(nanos).forEach((step, values) -> {
                List<Long> sorted = sorted(values);
                out.line("| " + step + " | " + sorted.size() + " | " + fmt(sorted.size() / seconds) + " | "
                        + ms(sorted, 0.50) + " | " + ms(sorted, 0.95) + " | " + ms(sorted, 0.99) + " | "
                        + ms(sorted, 1.0) + " |");
            });
        }

        void rows(DeadlineRushBenchmark out, String label) {
            nanos.forEach((step, values) -> {
                List<Long> sorted = sorted(values);
                out.line("| " + label + " | " + sorted.size() + " | " + ms(sorted, 0.50) + " | " + ms(sorted, 0.95)
                        + " | " + ms(sorted, 0.99) + " | " + errors() + " |");
            });
        }

        private static List<Long> sorted(List<Long> values) {
            List<Long> copy;
            synchronized (values) {
                copy = new ArrayList<>(values);
            }
            Collections.sort(copy);
            return copy;
        }

        private static String ms(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return "-";
            }
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
            return fmt(sorted.get(Math.max(0, index)) / 1e6);
        }
    }
}
