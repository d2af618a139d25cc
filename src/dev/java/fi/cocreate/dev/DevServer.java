package fi.cocreate.dev;

import fi.cocreate.identity.control.DemoLogins;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The one-command dev run ({@code mvn -Prun}): starts an embedded MariaDB whose data stays in {@code data/}, a mail
 * sink, and the built WAR on Payara Micro in a child process configured exactly like production (environment
 * variables read through MicroProfile Config), with demo data switched on. Ctrl-C stops everything.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        File war = new File(System.getProperty("cocreate.war", "target/cocreate.war"));
        File microJar = new File(System.getProperty("cocreate.microJar", "target/payara-micro.jar"));
        File dataDir = new File(System.getProperty("cocreate.dataDir", "data"));
        int httpPort = Integer.getInteger("cocreate.httpPort", 8080);
        int dbPort = Integer.getInteger("cocreate.dbPort", 3307);
        int smtpPort = Integer.getInteger("cocreate.smtpPort", 2525);
        int sinkPort = Integer.getInteger("cocreate.sinkPort", 2580);

        // A development database: a commit reaches the log file at once and the disk once a second, not at every commit
        // (innodb_flush_log_at_trx_commit=2), which makes the first start's migrations and demo data several times
        // faster on a slow disk. A crash of the machine may lose the last second of dev data; the app is not affected.
        EmbeddedDatabase db = EmbeddedDatabase.start(
                new File(dataDir, "mariadb"), dbPort, "cocreate", "--innodb-flush-log-at-trx-commit=2");
        // Payara Micro lists the deployments of its root directory in its domain.xml and boots them again before
        // --deploy deploys the new WAR: every run after the first deployed the app twice (once the old WAR, then the
        // new one). The root directory holds nothing else that is kept (the data is in the database), so each run
        // starts
        // with an empty one.
        File payaraRoot = new File(dataDir, "payara");
        deleteRecursively(payaraRoot.toPath());
        MailSink sink = MailSink.start(smtpPort, sinkPort, true);
        String baseUrl = "http://localhost:" + httpPort;

        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx1g",
                "-jar",
                microJar.getAbsolutePath(),
                // --nocluster, not --nohazelcast: web.xml is <distributable/>, so sessions are kept in Payara's data
                // grid
                // (a Hazelcast member of one here); without Hazelcast every session save fails and no login holds.
                "--nocluster",
                "--port",
                String.valueOf(httpPort),
                "--contextroot",
                "/",
                "--rootdir",
                payaraRoot.getAbsolutePath(),
                "--deploy",
                war.getAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", String.valueOf(sink.smtpPort()));
        env.put("MAIL_FROM", "Cocreate <no-reply@cocreate.localhost>");
        env.put("PUBLIC_BASE_URL", baseUrl);
        env.put("DEMO_DATA", "true");
        env.put("FEEDBACK_EMAIL", "feedback@demo.cocreate.fi");
        env.put("DEV_MAIL_SINK_URL", sink.apiUrl());
        Process payara = builder.start();

        ScheduledExecutorService mailLog = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger logged = new AtomicInteger();
        mailLog.scheduleWithFixedDelay(() -> logged.set(sink.logNewMails(logged.get())), 2, 2, TimeUnit.SECONDS);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            payara.destroyForcibly();
            mailLog.shutdownNow();
            sink.close();
            db.close();
        }));

        if (waitUntilServing(baseUrl + "/login.xhtml", payara)) {
            LOG.info(banner(baseUrl, dataDir, sink));
        } else {
            LOG.severe("Payara Micro did not start; see its log above.");
        }
        int exit = payara.waitFor();
        LOG.info("Payara Micro exited with " + exit);
        System.exit(exit);
    }

    private static void deleteRecursively(java.nio.file.Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            for (java.nio.file.Path p :
                    walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    private static String javaExecutable() {
        return new File(System.getProperty("java.home"), "bin/java").getAbsolutePath();
    }

    private static boolean waitUntilServing(String url, Process payara) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String banner(String baseUrl, File dataDir, MailSink sink) {
        StringBuilder text = new StringBuilder("\n\n========================================================\n");
        text.append(" Cocreate is running at ").append(baseUrl).append("/\n");
        text.append(" Database files: ")
                .append(new File(dataDir, "mariadb").getAbsolutePath())
                .append('\n');
        text.append(" Mail sink: SMTP localhost:")
                .append(sink.smtpPort())
                .append(", read mails at ")
                .append(baseUrl)
                .append("/dev/mail.xhtml (staff/admin)\n");
        text.append(" Demo logins (password for all: ")
                .append(DemoLogins.PASSWORD)
                .append("):\n");
        for (DemoLogins.Login login : DemoLogins.ALL) {
            text.append(String.format("   %-10s %s%n", login.role(), login.email()));
        }
        text.append(" Stop with Ctrl-C.\n========================================================\n");
        return text.toString();
    }
}
