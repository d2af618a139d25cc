package fi.cocreate.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the servers under test use, as the test JVM reaches it: the build's {@code DB_URL}, {@code DB_USER}
 * and {@code DB_PASSWORD} (pom.xml gives Payara and the test JVM the same), so a test that reads or dumps the
 * database reads the one the servers write, the embedded MariaDB by default or the external MySQL 8 of
 * {@code -Pexternal-mysql}, with the connection options production uses ({@code db.options}).
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static String url() {
        String url = System.getenv("DB_URL");
        return url != null
                ? url
                : "jdbc:mysql://127.0.0.1:" + Integer.getInteger("it.db.port", 33406)
                        + "/cocreate?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    public static String user() {
        return System.getenv().getOrDefault("DB_USER", "cocreate");
    }

    public static String password() {
        return System.getenv().getOrDefault("DB_PASSWORD", "cocreate-dev");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** The same server and options, another database on it (for a restore check). */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    /** {@link #url()} with another database name. */
    public static String url(String database) {
        return url().replaceFirst("^(jdbc:mysql://[^/]+/)[^?]*", "$1" + database);
    }

    public static String host() {
        return parsed().getHost();
    }

    public static int port() {
        int port = parsed().getPort();
        return port < 0 ? 3306 : port;
    }

    public static String name() {
        return parsed().getPath().replaceFirst("^/", "");
    }

    /** Whether this is the embedded MariaDB the test run started (whose client tools are in its base directory). */
    public static boolean isEmbedded() {
        return port() == Integer.getInteger("it.db.port", 33406)
                && ("127.0.0.1".equals(host()) || "localhost".equals(host()));
    }

    private static URI parsed() {
        return URI.create(url().substring("jdbc:".length()));
    }
}
