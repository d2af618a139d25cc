package fi.cocreate.testing;

import fi.cocreate.dev.EmbeddedDatabase;
import fi.cocreate.dev.MailSink;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real MySQL-protocol server (embedded MariaDB) and SMTP server (GreenMail) shared by the whole integration-test
 * run: started once, on first use, in the Failsafe JVM, and stopped when that JVM exits. The ports are fixed by the
 * build (see pom.xml: it.db.port, it.smtp.port, it.sink.port) because Payara reads them from its environment.
 */
public final class TestServices {

    private static EmbeddedDatabase database;
    private static MailSink mailSink;

    private TestServices() {}

    public static synchronized void start() {
        if (database != null) {
            return;
        }
        File dataDir = new File(System.getProperty("cocreate.test.dataDir", "target/it-db"));
        deleteRecursively(dataDir.toPath());
        database = EmbeddedDatabase.start(dataDir, Integer.getInteger("it.db.port", 33406), "cocreate");
        mailSink = MailSink.start(
                Integer.getInteger("it.smtp.port", 33425), Integer.getInteger("it.sink.port", 33480), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mailSink.close();
            database.close();
        }));
    }

    /**
     * Stops the shared database, keeping its data, for a fault test that runs in this JVM (a {@code @RunAsClient}
     * test). Call {@link #startDatabase} in a {@code finally}: every later test class needs it.
     */
    public static synchronized void stopDatabase() {
        if (database == null) {
            throw new IllegalStateException("The test database was never started");
        }
        database.stop();
    }

    /** Starts the shared database again after {@link #stopDatabase}, on the same port with the same data. */
    public static synchronized void startDatabase() {
        database.startAgain();
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Could not clean " + path, e);
        }
    }
}
