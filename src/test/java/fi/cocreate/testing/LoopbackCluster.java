package fi.cocreate.testing;

import fi.cocreate.common.SetupLock;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Two Payara Micro servers on loopback that form one Payara data grid (Hazelcast, TCP/IP members, no multicast),
 * share the test database, and sit behind HAProxy with round robin and no sticky sessions: the production topology of
 * docs/deploy.md in miniature. Each server runs the real WAR configured from the environment, as production is.
 * HAProxy adds {@code X-Cocreate-Instance} to each answer, so a test sees which server served it.
 *
 * <p>Both servers start on the fresh, empty test database with demo data on, at the same moment: the cluster holds
 * the start-up set-up lock ({@link SetupLock}) itself until both servers are waiting for it, then lets go, so their
 * migrations, demo data and first administrator meet head on rather than by the luck of boot times.
 */
public final class LoopbackCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(12);

    private final Path dir;
    private final int balancerPort;
    private final List<Process> servers = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private Process balancer;

    private LoopbackCluster(Path dir, int balancerPort) {
        this.dir = dir;
        this.balancerPort = balancerPort;
    }

    /** Starts both servers and the balancer on ports from {@code basePort}, and waits until both serve through it. */
    public static LoopbackCluster start(int basePort) throws IOException {
        TestServices.start();
        Path dir = Path.of(System.getProperty("cocreate.test.dataDir", "target/it-db"))
                .getParent()
                .resolve("cluster");
        Files.createDirectories(dir);
        LoopbackCluster cluster = new LoopbackCluster(dir, basePort + 30);
        int[] http = {basePort + 10, basePort + 11};
        int[] grid = {basePort + 20, basePort + 21};
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        // Payara keeps a session's backup copy on a member with another IP address by default ("host aware"); on one
        // machine every member has the same address, so that is switched off, or a killed server's sessions are lost.
        Path preboot = dir.resolve("preboot.asadmin");
        Files.writeString(preboot, "set hazelcast-runtime-configuration.host-aware-partitioning=false\n");
        try (Connection gate = database()) {
            cluster.startBalancer(http);
            holdSetupLock(gate);
            for (int i = 0; i < 2; i++) {
                cluster.startServer(i, http[i], grid[i], members, "cocreate-it-" + basePort, preboot);
            }
            awaitCondition("both servers wait for the start-up set-up lock", START_TIMEOUT, () -> {
                cluster.requireRunning();
                return waitingForSetupLock(gate) == 2;
            });
            releaseSetupLock(gate);
            cluster.awaitBoth();
            return cluster;
        } catch (SQLException e) {
            cluster.close();
            throw new IOException("the test database", e);
        } catch (IOException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startServer(int index, int httpPort, int gridPort, String members, String clusterName, Path preboot)
            throws IOException {
        Path log = dir.resolve("server" + (index + 1) + ".log");
        Path root = dir.resolve("server" + (index + 1));
        // A root directory left by an earlier run still lists its deployment in domain.xml: Payara would boot that old
        // WAR first and then redeploy, with requests arriving in between. Each run starts from an empty one.
        deleteRecursively(root);
        List<String> command = List.of(
                java(),
                "-Xmx640m",
                "-XX:+UseSerialGC",
                "-jar",
                System.getenv("MICRO_JAR"),
                "--name",
                "server" + (index + 1),
                "--port",
                String.valueOf(httpPort),
                "--contextroot",
                "/",
                "--clustermode",
                members,
                "--startport",
                String.valueOf(gridPort),
                "--interfaces",
                "127.0.0.1",
                "--clustername",
                clusterName,
                "--prebootcommandfile",
                preboot.toAbsolutePath().toString(),
                "--rootdir",
                root.toAbsolutePath().toString(),
                "--deploy",
                new File(System.getProperty("cocreate.war", "target/cocreate.war")).getAbsolutePath());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PUBLIC_BASE_URL", url(""));
        // Both with DEMO_DATA=true (the build's environment): the set-up lock makes one of them load it.
        servers.add(builder.start());
        logs.add(log);
    }

    /** A connection to the database both servers use (the build's {@code DB_URL}, as theirs). */
    public static Connection database() throws SQLException {
        return TestDatabase.connect();
    }

    private static void holdSetupLock(Connection gate) throws SQLException {
        try (PreparedStatement lock = gate.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, SetupLock.NAME);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next() || row.getInt(1) != 1) {
                    throw new AssertionError("the start-up lock is already held on a fresh database");
                }
            }
        }
    }

    private static void releaseSetupLock(Connection gate) throws SQLException {
        try (PreparedStatement release = gate.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, SetupLock.NAME);
            release.execute();
        }
    }

    /** Sessions (other than the gate's) that are inside a {@code GET_LOCK} of the set-up lock right now. */
    private static int waitingForSetupLock(Connection gate) {
        try (PreparedStatement waiting = gate.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE ID <> CONNECTION_ID() AND INFO LIKE CONCAT('%GET_LOCK(%', ?, '%')")) {
            waiting.setString(1, SetupLock.NAME);
            try (ResultSet row = waiting.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text each server has logged so far, server1's first. */
    public List<String> serverLogs() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path log : logs) {
            texts.add(Files.readString(log, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private void startBalancer(int[] http) throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig(balancerPort, http), StandardCharsets.UTF_8);
        String haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        balancer = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile())
                .start();
    }

    /** The balancer's configuration: the same as docs/deploy.md's, on loopback ports. */
    static String haproxyConfig(int port, int[] servers) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    retries 3
                    option redispatch 1
                frontend web
                    bind 127.0.0.1:%d
                    unique-id-format %%[uuid()]
                    unique-id-header X-Request-Id
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    default_backend app
                backend app
                    balance roundrobin
                    option httpchk GET /health/live
                    http-check expect status 200
                    http-response set-header X-Cocreate-Instance %%s
                """.formatted(port));
        for (int i = 0; i < servers.length; i++) {
            cfg.append("    server server")
                    .append(i + 1)
                    .append(" 127.0.0.1:")
                    .append(servers[i])
                    .append(" check inter 1s fall 2 rise 1\n");
        }
        return cfg.toString();
    }

    private void awaitBoth() {
        // HTTP/1.1 as a browser without TLS: an h2c upgrade would make the connection a tunnel to one server.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Set<String> seen = new HashSet<>();
        awaitCondition("both servers serve through the balancer and form one data grid", START_TIMEOUT, () -> {
            requireRunning();
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    answer.headers().firstValue("X-Cocreate-Instance").ifPresent(seen::add);
                }
            } catch (IOException | InterruptedException notYet) {
                // not serving yet
            }
            return seen.size() == 2 && logs.stream().allMatch(LoopbackCluster::seesTwoMembers);
        });
    }

    private static boolean seesTwoMembers(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.contains("DG Size: 2") || text.contains("Members {size:2");
        } catch (IOException e) {
            return false;
        }
    }

    private void requireRunning() {
        for (int i = 0; i < servers.size(); i++) {
            if (!servers.get(i).isAlive()) {
                throw new AssertionError("server" + (i + 1) + " exited; see " + logs.get(i));
            }
        }
        if (!balancer.isAlive()) {
            throw new AssertionError("HAProxy exited; see " + dir.resolve("haproxy.log"));
        }
    }

    /**
     * Kills a server at once (SIGKILL), as a crash would, and waits until the process is gone, not until the balancer
     * has noticed: the next request may still be sent to it and must be retried on the other server.
     */
    public void kill(String instance) {
        Process server = servers.get(Integer.parseInt(instance.replace("server", "")) - 1);
        server.destroyForcibly();
        try {
            server.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + balancerPort + path;
    }

    /** Polls {@code condition} until it holds or the time is up; bounded, no fixed sleep decides anything. */
    public static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.destroy();
        }
        servers.forEach(Process::destroy);
        for (Process server : servers) {
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String java() {
        return new File(System.getProperty("java.home"), "bin/java").getAbsolutePath();
    }
}
