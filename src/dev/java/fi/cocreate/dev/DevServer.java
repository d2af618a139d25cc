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

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        File war = new File(System.getProperty("cocreate.war", "target/cocreate.war"));
        File microJar = new File(System.getProperty("cocreate.microJar", "target/payara-micro.jar"));
        File dataDir = new File(System.getProperty("cocreate.dataDir", "data"));
        int httpPort = Integer.getInteger("cocreate.httpPort", 8080);
        int dbPort = Integer.getInteger("cocreate.dbPort", 3307);
        int smtpPort = Integer.getInteger("cocreate.smtpPort", 2525);
        int sinkPort = Integer.getInteger("cocreate.sinkPort", 2580);

        EmbeddedDatabase db = EmbeddedDatabase.start(new File(dataDir, "mariadb"), dbPort, "cocreate");
        MailSink sink = MailSink.start(smtpPort, sinkPort, true);
        String baseUrl = "http://localhost:" + httpPort;

        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xmx1g", "-jar", microJar.getAbsolutePath(),
                "--nocluster", "--port", String.valueOf(httpPort), "--contextroot", "/",
                "--rootdir", new File(dataDir, "payara").getAbsolutePath(),
                "--deploy", war.getAbsolutePath()));
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

    private static String javaExecutable() {
        return new File(System.getProperty("java.home"), "bin/java").getAbsolutePath();
    }

    private static boolean waitUntilServing(String url, Process payara) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
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
        text.append(" Database files: ").append(new File(dataDir, "mariadb").getAbsolutePath()).append('\n');
        text.append(" Mail sink: SMTP localhost:").append(sink.smtpPort())
                .append(", read mails at ").append(baseUrl).append("/dev/mail.xhtml (staff/admin)\n");
        text.append(" Demo logins (password for all: ").append(DemoLogins.PASSWORD).append("):\n");
        for (DemoLogins.Login login : DemoLogins.ALL) {
            text.append(String.format("   %-10s %s%n", login.role(), login.email()));
        }
        text.append(" Stop with Ctrl-C.\n========================================================\n");
        return text.toString();
    }
}
